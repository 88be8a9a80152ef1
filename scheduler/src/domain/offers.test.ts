import { test } from 'node:test';
import assert from 'node:assert/strict';
import { evaluateOffer, type NodeDemand, type OfferContext, type OfferView } from './offers.js';
import { decideOffers, summarizeMisses } from './offer-matching.js';
import { offer, reservedFor, spec } from '../testing/builders.js';
import { recordedOfferView } from '../testing/fixtures.js';
import type { Placement } from './node.js';

const s = spec();
const demand = (overrides: Partial<NodeDemand> = {}): NodeDemand => ({
  nodeId: 'node-0',
  node: s.node,
  executor: s.executor,
  ports: s.ports,
  placement: null,
  ...overrides,
});
const ctx = (overrides: Partial<OfferContext> = {}): OfferContext => ({
  role: 'cassandra',
  ringName: 'ring1',
  defaultRack: 'rack0',
  agentsInUse: new Map(),
  rackUse: new Map(),
  ...overrides,
});
const placement: Placement = {
  agentId: 'agent-1',
  hostname: 'host-agent-1',
  address: '10.0.0.1',
  rack: 'r1',
  persistenceId: 'ring1.node-0.volume.l1',
  volumePath: 'data',
  reservedResources: [],
};

interface Case {
  name: string;
  demand: NodeDemand;
  offer: OfferView;
  ctx?: Partial<OfferContext>;
  want: 'fresh' | 'inPlace' | string[];
}

const cases: Case[] = [
  { name: 'takes a roomy offer on a new agent', demand: demand(), offer: offer(), want: 'fresh' },
  {
    name: "takes the real master's first offer",
    demand: demand(),
    offer: recordedOfferView('event-03-offers-unreserved'),
    want: 'fresh',
  },
  {
    name: 'refuses an offer whose ports miss 9042 and 8778',
    demand: demand(),
    offer: offer({
      ports: [
        [7000, 7199],
        [31000, 32000],
      ],
    }),
    want: ['ports: ports 9042,8778 not offered (offered: 7000-7199,31000-32000)'],
  },
  {
    name: 'refuses an offer with no ports at all',
    demand: demand(),
    offer: offer({ ports: [] }),
    want: ['ports: ports 7000,9042,7199,8778 not offered (offered: none)'],
  },
  {
    name: 'counts the executor: 1 cpu for the node + 0.1 for the executor does not fit 1 cpu',
    demand: demand(),
    offer: offer({ cpus: 1 }),
    want: ['cpus: cpus 1 < 1.1 needed'],
  },
  {
    name: 'reports every missing resource, not only the first',
    demand: demand(),
    offer: offer({ memMb: 1000, diskMb: 10 }),
    want: ['mem: mem 1000 < 2176 needed', 'disk: disk 10 < 4096 needed'],
  },
  {
    name: 'one node per agent: refuses an agent that already runs another node',
    demand: demand(),
    offer: offer(),
    ctx: { agentsInUse: new Map([['agent-1', 'node-1']]) },
    want: ['agent: agent agent-1 already runs node-1'],
  },
  {
    name: 'refuses resources allocated to another role',
    demand: demand(),
    offer: offer({ role: 'spark' }),
    want: ['role: allocated to role spark, not cassandra'],
  },
  {
    name: "a placed node takes its own agent's offer with its reservation and volume: in place",
    demand: demand({ placement }),
    offer: offer({
      cpus: 0,
      memMb: 0,
      ports: [],
      extra: reservedFor('node-0', placement.persistenceId),
    }),
    ctx: { agentsInUse: new Map([['agent-1', 'node-0']]) },
    want: 'inPlace',
  },
  {
    name: 'the legacy reservation format works the same',
    demand: demand({ placement }),
    offer: offer({ extra: reservedFor('node-0', placement.persistenceId, 'legacy') }),
    want: 'inPlace',
  },
  {
    name: 'a placed node refuses any other agent',
    demand: demand({ placement }),
    offer: offer({ agentId: 'agent-2' }),
    want: [
      "agent: node-0's data is on agent agent-1",
      'volume: volume ring1.node-0.volume.l1 not in this offer',
      'cpus: cpus 0 < 1.1 needed',
      'mem: mem 0 < 2176 needed',
      'ports: ports 7000,9042,7199,8778 not offered (offered: none)',
    ],
  },
  {
    name: 'a placed node does not relaunch on unreserved resources when its volume is missing',
    demand: demand({ placement }),
    offer: offer(),
    want: [
      'volume: volume ring1.node-0.volume.l1 not in this offer',
      'cpus: cpus 0 < 1.1 needed',
      'mem: mem 0 < 2176 needed',
      'ports: ports 7000,9042,7199,8778 not offered (offered: none)',
    ],
  },
  {
    name: "another node's reservation on the same agent is not this node's",
    demand: demand({ placement }),
    offer: offer({
      cpus: 0,
      memMb: 0,
      ports: [],
      extra: reservedFor('node-1', placement.persistenceId),
    }),
    want: [
      'cpus: cpus 0 < 1.1 needed',
      'mem: mem 0 < 2176 needed',
      'ports: ports 7000,9042,7199,8778 not offered (offered: none)',
    ],
  },
];

for (const c of cases) {
  void test(`evaluateOffer ${c.name}`, () => {
    const outcome = evaluateOffer(c.demand, c.offer, ctx(c.ctx));
    if (typeof c.want === 'string') {
      assert.ok(outcome.ok, outcome.ok ? '' : JSON.stringify(outcome.failures));
      assert.equal(outcome.mode, c.want);
    } else {
      assert.ok(!outcome.ok, 'expected the offer to be refused');
      assert.deepEqual(
        outcome.failures.map((f) => `${f.stage}: ${f.reason}`),
        c.want,
      );
    }
  });
}

void test('decideOffers prefers a rack that holds no node yet', () => {
  const offers = [
    offer({ agentId: 'agent-1', rack: 'r1' }),
    offer({ agentId: 'agent-2', rack: 'r2' }),
  ];
  const decision = decideOffers([demand()], offers, ctx({ rackUse: new Map([['r1', 1]]) }));
  assert.deepEqual(
    decision.matches.map((m) => m.offer.agentId),
    ['agent-2'],
  );
  assert.deepEqual(
    decision.unused.map((u) => u.offer.agentId),
    ['agent-1'],
  );
});

void test('decideOffers never puts two nodes on one agent, even from two offers of that agent', () => {
  const offers = [offer({ offerId: 'o1' }), offer({ offerId: 'o2' })];
  const decision = decideOffers([demand(), demand({ nodeId: 'node-1' })], offers, ctx());
  assert.deepEqual(
    decision.matches.map((m) => [m.demand.nodeId, m.offer.offerId]),
    [['node-0', 'o1']],
  );
  assert.equal(decision.unused.length, 1);
});

void test('agents without a rack attribute count as the default rack', () => {
  const decision = decideOffers([demand()], [offer({ rack: null })], ctx());
  assert.equal(decision.matches[0]?.outcome.rack, 'rack0');
});

void test('summarizeMisses says what was wrong with recent offers, most common first', () => {
  const outcomes = [
    evaluateOffer(demand(), offer({ ports: [[31000, 32000]] }), ctx()),
    evaluateOffer(demand(), offer({ agentId: 'agent-2', ports: [[31000, 32000]] }), ctx()),
    evaluateOffer(demand(), offer({ agentId: 'agent-3', memMb: 10 }), ctx()),
  ];
  assert.equal(
    summarizeMisses('node-0', outcomes, 60),
    '3 offers in the last 60 s, none fit: 2 without the static ports free ' +
      '(ports 7000,9042,7199,8778 not offered (offered: 31000-32000)); 1 short of mem (mem 10 < 2176 needed)',
  );
  assert.equal(summarizeMisses('node-1', outcomes, 60), 'no offer seen in the last 60 s');
});
