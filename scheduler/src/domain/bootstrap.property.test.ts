// Drives the whole pure core through random histories (offers from random agents, tasks that
// start, fail or report health, time passing) and checks the safety rules after every step.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { buildLaunch } from './accept.js';
import { applyEvent } from './node-events.js';
import { isJoining, type NodeRecord } from './node.js';
import { decideOffers } from './offer-matching.js';
import type { NodeDemand, OfferContext } from './offers.js';
import { applyOperations } from './pool.js';
import { isSettled, reconcile } from './reconcile.js';
import { epochMs, type EpochMs } from './time.js';
import { EXECUTOR, FRAMEWORK, health, offer, reservedFor, spec, T0 } from '../testing/builders.js';

type Step =
  | { kind: 'offer'; agent: number; portsFree: boolean }
  | { kind: 'progress'; node: number }
  | { kind: 'fail'; node: number }
  | { kind: 'wait' };

const steps: fc.Arbitrary<Step> = fc.oneof(
  fc.record({
    kind: fc.constant('offer' as const),
    agent: fc.integer({ min: 0, max: 5 }),
    portsFree: fc.boolean(),
  }),
  fc.record({ kind: fc.constant('progress' as const), node: fc.integer({ min: 0, max: 4 }) }),
  fc.record({ kind: fc.constant('fail' as const), node: fc.integer({ min: 0, max: 4 }) }),
  fc.constant({ kind: 'wait' as const }),
);

interface World {
  nodes: NodeRecord[];
  now: EpochMs;
  wanted: NodeDemand[];
  launches: number;
}

function rackOfAgent(agent: number): string {
  return `r${agent % 3}`;
}

function plan(world: World, s: ReturnType<typeof spec>): void {
  const persisted = new Set(world.nodes.map((n) => n.nodeId));
  const p = reconcile(
    s,
    {
      nodes: world.nodes,
      reconciliation: 'settled',
      offersSuppressed: false,
      strayTasks: [],
      misses: new Map(),
    },
    world.now,
  );
  world.wanted = [];
  for (const action of p.actions) {
    if (action.type === 'createNodes') world.nodes = [...world.nodes, ...action.nodes];
    if (action.type === 'retryNode') {
      world.nodes = world.nodes.map((n) =>
        n.nodeId === action.nodeId ? applyEvent(n, { type: 'deadlinePassed' }, world.now).node : n,
      );
    }
    if (action.type === 'wantOffer') {
      assert.ok(persisted.has(action.demand.nodeId), 'no launch without a persisted record');
      world.wanted.push(action.demand);
    }
  }
  assert.ok(world.wanted.length <= 1, 'at most one node joins at a time');
  if (world.wanted.length > 0)
    assert.ok(!world.nodes.some(isJoining), 'never while another is joining');
}

function offerFrom(
  world: World,
  s: ReturnType<typeof spec>,
  agent: number,
  portsFree: boolean,
): void {
  const agentId = `agent-${agent}`;
  const placed = world.nodes.find((n) => n.placement?.agentId === agentId);
  // Like a real agent: a placed node's reservation is offered only while its task is not running,
  // and the static ports it reserved are never offered unreserved again.
  const active = placed !== undefined && ['Launching', 'Starting', 'Up'].includes(placed.phase);
  const extra =
    placed?.placement && !active ? reservedFor(placed.nodeId, placed.placement.persistenceId) : [];
  const ports: [number, number][] | undefined =
    placed || !portsFree
      ? [
          [7001, 7001],
          [31000, 32000],
        ]
      : undefined;
  const o = offer({ agentId, rack: rackOfAgent(agent), ports, extra });
  const ctx: OfferContext = {
    role: 'cassandra',
    ringName: 'ring1',
    defaultRack: 'r0',
    agentsInUse: new Map(
      world.nodes.flatMap((n) => (n.placement ? [[n.placement.agentId, n.nodeId] as const] : [])),
    ),
    rackUse: world.nodes.reduce((use, n) => {
      const rack = n.placement?.rack;
      return rack === undefined ? use : use.set(rack, (use.get(rack) ?? 0) + 1);
    }, new Map<string, number>()),
  };
  for (const match of decideOffers(world.wanted, [o], ctx).matches) {
    const record = world.nodes.find((n) => n.nodeId === match.demand.nodeId);
    assert.ok(record, 'a match names a recorded node');
    if (!record.seed) {
      for (const seed of world.nodes.filter((n) => n.seed)) {
        assert.ok(
          isSettled(seed, world.nodes),
          `non-seed ${record.nodeId} launched before seed ${seed.nodeId} was up`,
        );
      }
    }
    const seedAddresses = world.nodes.flatMap((n) =>
      n.seed && n.placement ? [n.placement.address] : [],
    );
    const launchId = `l${++world.launches}`;
    const built = buildLaunch({
      spec: s,
      framework: FRAMEWORK,
      executor: EXECUTOR,
      node: record,
      offer: o,
      mode: match.outcome.mode,
      rack: match.outcome.rack,
      launchId,
      seedAddresses,
      encodeNodeConfig: () => new Uint8Array(),
    });
    const fit = applyOperations(o.resources, built.operations, o.allocationRole);
    assert.ok(fit.ok, fit.ok ? '' : `the ACCEPT must lie inside the offer: ${fit.reason}`);
    world.nodes = world.nodes.map((n) =>
      n === record
        ? applyEvent(n, { type: 'launchRecorded', launch: built.launch }, world.now).node
        : n,
    );
  }
}

function liveAddresses(world: World): string[] {
  return world.nodes.flatMap((n) =>
    (n.phase === 'Up' || n.phase === 'Starting') && n.placement ? [n.placement.address] : [],
  );
}

function progress(world: World, index: number): void {
  world.nodes = world.nodes.map((n) => {
    if (n.index !== index || !n.taskId || !['Launching', 'Starting', 'Up'].includes(n.phase))
      return n;
    const ready = n.phase !== 'Launching';
    const report = ready
      ? health({
          liveNodes: [...liveAddresses(world), n.placement?.address ?? ''],
          probedAtMs: world.now,
        })
      : null;
    return applyEvent(
      n,
      { type: 'taskStatus', taskId: n.taskId, state: 'TASK_RUNNING', message: '', health: report },
      world.now,
    ).node;
  });
}

function fail(world: World, index: number): void {
  world.nodes = world.nodes.map((n) =>
    n.index === index && n.taskId
      ? applyEvent(
          n,
          {
            type: 'taskStatus',
            taskId: n.taskId,
            state: 'TASK_FAILED',
            message: 'boom',
            health: null,
          },
          world.now,
        ).node
      : n,
  );
}

function checkInvariants(world: World): void {
  const agents = world.nodes.flatMap((n) => (n.placement ? [n.placement.agentId] : []));
  assert.equal(new Set(agents).size, agents.length, `two nodes on one agent: ${agents.join(',')}`);
  assert.ok(world.nodes.filter(isJoining).length <= 1, 'two nodes joining at once');
}

void test('property: never two nodes on one agent, never two joining, seeds first, ACCEPTs inside offers', () => {
  fc.assert(
    fc.property(
      fc.integer({ min: 1, max: 5 }),
      fc.integer({ min: 1, max: 4 }),
      fc.array(steps, { maxLength: 80 }),
      (nodeCount, seedCount, history) => {
        const s = spec({ nodeCount, seedCount });
        const world: World = { nodes: [], now: T0, wanted: [], launches: 0 };
        for (const step of history) {
          world.now = epochMs(world.now + 1000);
          plan(world, s);
          if (step.kind === 'offer') offerFrom(world, s, step.agent, step.portsFree);
          if (step.kind === 'progress') progress(world, step.node);
          if (step.kind === 'fail') fail(world, step.node);
          if (step.kind === 'wait') world.now = epochMs(world.now + 600_000);
          checkInvariants(world);
        }
      },
    ),
    { numRuns: 400 },
  );
});

void test('a ring comes up in full when offers fit and nodes report NORMAL', () => {
  const s = spec({ nodeCount: 4, seedCount: 3 });
  const world: World = { nodes: [], now: T0, wanted: [], launches: 0 };
  for (let round = 0; round < 40; round++) {
    world.now = epochMs(world.now + 1000);
    plan(world, s);
    offerFrom(world, s, round % 4, true);
    for (let i = 0; i < 4; i++) progress(world, i);
    checkInvariants(world);
  }
  assert.deepEqual(
    world.nodes.map((n) => n.phase),
    ['Up', 'Up', 'Up', 'Up'],
  );
  assert.ok(world.nodes.every((n) => isSettled(n, world.nodes)));
  assert.deepEqual(
    world.nodes.map((n) => n.seed),
    [true, true, true, false],
  );
  const racks = new Set(world.nodes.map((n) => n.placement?.rack));
  assert.equal(racks.size, 3, 'nodes spread over the three racks');
});
