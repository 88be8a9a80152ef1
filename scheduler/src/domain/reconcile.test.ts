import { test } from 'node:test';
import assert from 'node:assert/strict';
import { reconcile, type ObservedCluster } from './reconcile.js';
import type { Action } from './actions.js';
import type { NodeRecord, Placement } from './node.js';
import { epochMs } from './time.js';
import { health, node, spec, T0 } from '../testing/builders.js';

const observed = (
  nodes: NodeRecord[],
  overrides: Partial<ObservedCluster> = {},
): ObservedCluster => ({
  nodes,
  reconciliation: 'settled',
  offersSuppressed: false,
  strayTasks: [],
  misses: new Map(),
  ...overrides,
});
const at = (index: number): Placement => ({
  agentId: `a${index}`,
  hostname: `h${index}`,
  address: `10.0.0.${index}`,
  rack: 'r1',
  persistenceId: `ring1.node-${index}.volume.l`,
  volumePath: 'data',
  reservedResources: [],
});
/** An Up node that sees the given nodes' addresses live. */
const up = (index: number, sees: number[] = []): NodeRecord =>
  node(index, {
    phase: 'Up',
    placement: at(index),
    taskId: `node-${index}.task.l`,
    health: health({ liveNodes: [index, ...sees].map((i) => `/10.0.0.${i}:7000`) }),
  });
const kinds = (actions: readonly Action[]): string[] =>
  actions.map((a) =>
    a.type === 'wantOffer'
      ? `wantOffer ${a.demand.nodeId}`
      : a.type === 'retryNode'
        ? `retryNode ${a.nodeId}`
        : a.type,
  );

interface Case {
  name: string;
  spec?: Parameters<typeof spec>[0];
  observed: ObservedCluster;
  now?: number;
  actions: string[];
  steps?: [string, string, RegExp][];
}

const cases: Case[] = [
  {
    name: 'a brand-new ring gets its records first, seeds being the lowest indexes, and launches nothing yet',
    observed: observed([]),
    actions: ['createNodes', 'suppress'],
    steps: [
      ['node-0', 'waiting', /record is being written/],
      ['node-1', 'waiting', /record is being written/],
    ],
  },
  {
    name: 'the first seed is the only node that wants an offer; offers are revived for it',
    observed: observed([node(0), node(1), node(2)], { offersSuppressed: true }),
    actions: ['wantOffer node-0', 'revive'],
    steps: [
      ['node-0', 'inProgress', /^needs an offer on a new agent: none seen yet$/],
      ['node-1', 'waiting', /^waits for node-0 to be NORMAL and seen UP/],
      ['node-2', 'waiting', /^waits for node-0/],
    ],
  },
  {
    name: 'while node-1 is launching nobody else starts, and offers are suppressed',
    observed: observed([up(0, [1]), node(1, { phase: 'Launching', taskId: 't1' }), node(2)]),
    actions: ['suppress'],
    steps: [
      ['node-0', 'done', /NORMAL and seen UP/],
      ['node-1', 'inProgress', /launched t1/],
      ['node-2', 'waiting', /waits for node-1/],
    ],
  },
  {
    name: 'a NORMAL node not yet seen UP by the others still holds the next one back',
    observed: observed([up(0), up(1, [0]), node(2)]),
    actions: ['suppress'],
    steps: [
      ['node-0', 'done', /./],
      ['node-1', 'inProgress', /^NORMAL; waiting until node-0 see it UP$/],
      ['node-2', 'waiting', /waits for node-1/],
    ],
  },
  {
    name: 'once every node sees node-1 UP, node-2 is next',
    observed: observed([up(0, [1]), up(1, [0]), node(2)]),
    actions: ['wantOffer node-2'],
  },
  {
    name: 'seeds go first even when a non-seed has a lower index left pending',
    spec: { nodeCount: 4, seedCount: 2 },
    observed: observed([
      up(0, [1]),
      node(1, { seed: false }),
      node(2, { seed: true }),
      node(3, { seed: false }),
    ]),
    actions: ['wantOffer node-2'],
  },
  {
    name: 'no launch before task reconciliation has settled',
    observed: observed([node(0), node(1), node(2)], { reconciliation: 'pending' }),
    actions: ['suppress'],
    steps: [['node-0', 'waiting', /reconciliation/]],
  },
  {
    name: 'a failed node waits for its retry delay',
    observed: observed([
      node(0, {
        phase: 'Failed',
        failureCount: 2,
        lastFailureAtMs: T0,
        lastFailureReason: 'TASK_FAILED',
      }),
    ]),
    spec: { nodeCount: 1 },
    now: T0 + 19_000,
    actions: ['suppress'],
    steps: [['node-0', 'failed', /^failed 2x \(TASK_FAILED\); retry at 2023-11-14T22:13:40.000Z$/]],
  },
  {
    name: 'a failed node retries once its delay (10 s doubling) is over',
    observed: observed([node(0, { phase: 'Failed', failureCount: 2, lastFailureAtMs: T0 })]),
    spec: { nodeCount: 1 },
    now: T0 + 20_000,
    actions: ['retryNode node-0', 'suppress'],
  },
  {
    name: 'a launch with no status after a minute is asked about (the ACCEPT may be lost)',
    observed: observed([
      node(0, { phase: 'Launching', taskId: 'node-0.task.l', placement: at(0), phaseSinceMs: T0 }),
    ]),
    spec: { nodeCount: 1 },
    now: T0 + 61_000,
    actions: ['reconcileTask', 'suppress'],
    steps: [['node-0', 'inProgress', /no status 61 s after the launch; asking the master/]],
  },
  {
    name: 'a task no record owns is killed',
    observed: observed([up(0, [1]), up(1, [0])], { strayTasks: [{ taskId: 'x', agentId: 'a9' }] }),
    spec: { nodeCount: 2 },
    actions: ['killTask', 'suppress'],
  },
  {
    name: 'the waiting node shows why recent offers did not fit',
    observed: observed([node(0)], {
      misses: new Map([['node-0', '2 offers in the last 60 s, none fit: ...']]),
    }),
    spec: { nodeCount: 1 },
    actions: ['wantOffer node-0'],
    steps: [['node-0', 'inProgress', /^needs an offer on a new agent: 2 offers in the last 60 s/]],
  },
];

for (const c of cases) {
  void test(`reconcile: ${c.name}`, () => {
    const plan = reconcile(spec(c.spec), c.observed, epochMs(c.now ?? T0));
    assert.deepEqual(kinds(plan.actions), c.actions);
    for (const [id, status, reason] of c.steps ?? []) {
      const step = plan.steps.find((s) => s.nodeId === id);
      assert.equal(step?.status, status, id);
      assert.match(step.reason, reason, id);
    }
  });
}

void test('seed count defaults to the spec, never more than the node count', () => {
  const plan = reconcile(spec({ nodeCount: 2, seedCount: 3 }), observed([]), T0);
  const created = plan.actions[0]?.type === 'createNodes' ? plan.actions[0].nodes : [];
  assert.deepEqual(
    created.map((n) => [n.nodeId, n.seed]),
    [
      ['node-0', true],
      ['node-1', true],
    ],
  );
});

void test('nodes added to a running ring are never seeds (seeds do not bootstrap)', () => {
  const plan = reconcile(
    spec({ nodeCount: 4 }),
    observed([up(0, [1, 2]), up(1, [0, 2]), up(2, [0, 1])]),
    T0,
  );
  const created = plan.actions[0]?.type === 'createNodes' ? plan.actions[0].nodes : [];
  assert.deepEqual(
    created.map((n) => [n.nodeId, n.seed]),
    [['node-3', false]],
  );
});

void test('every node that is not done says why it waits', () => {
  const plan = reconcile(
    spec({ nodeCount: 5 }),
    observed([node(0), node(1), node(2), node(3), node(4)]),
    T0,
  );
  for (const s of plan.steps) assert.ok(s.reason.length > 10, `${s.nodeId}: "${s.reason}"`);
});

void test('a node the ops queue holds is neither retried nor offered for, and blocks no one', () => {
  const failed = node(0, {
    phase: 'Failed',
    placement: at(0),
    failureCount: 1,
    lastFailureAtMs: epochMs(T0 - 3_600_000),
    lastFailureReason: 'TASK_FAILED',
  });
  const holds = new Map([['node-0', 'held by the ops queue: op-3 restart node-0: queued']]);
  const plan = reconcile(
    spec({ nodeCount: 3 }),
    observed([failed, up(1, [2]), node(2, { phase: 'Pending', placement: at(2) })]),
    T0,
    undefined,
    holds,
  );
  assert.deepEqual(kinds(plan.actions), ['wantOffer node-2']);
  const step = plan.steps.find((s) => s.nodeId === 'node-0');
  assert.equal(step?.status, 'waiting');
  assert.match(step.reason, /op-3 restart node-0/);
  // Without the hold, the same snapshot retries node-0 first and node-2 waits behind it.
  const free = reconcile(
    spec({ nodeCount: 3 }),
    observed([failed, up(1, [2]), node(2, { phase: 'Pending', placement: at(2) })]),
    T0,
  );
  assert.deepEqual(kinds(free.actions), ['retryNode node-0', 'suppress']);
});
