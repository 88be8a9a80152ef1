import assert from 'node:assert/strict';
import { test } from 'node:test';
import { health } from '../../testing/builders.js';
import { newNodeRecord, type NodeRecord } from '../node.js';
import type { EpochMs } from '../time.js';
import { planOps, type OpsInput, type OpsPlan } from './plan.js';
import { EMPTY_OPS_STATE } from './state.js';
import {
  failed,
  input,
  item,
  later,
  MINUTE,
  probedAt,
  ring,
  SECOND,
  spec,
  stateWith,
  T0,
  TEST_POLICY,
  unreachable,
} from './testing/builders.js';

function pass(overrides: Partial<OpsInput>, now: EpochMs = later(SECOND)): OpsPlan {
  const base = input(overrides);
  return planOps({ ...base, nodes: probedAt(base.nodes, now) }, now);
}
const actions = (plan: OpsPlan): string[] =>
  plan.actions.map((a) => `${a.type} ${'nodeId' in a ? a.nodeId : a.nodeIds.join(',')}`);
const open = (plan: OpsPlan): string[] =>
  plan.state.items
    .filter((i) => i.state === 'queued' || i.state === 'running')
    .map((i) => `${i.id} ${i.kind} ${i.nodeId} ${i.state}/${i.step}`);
const waiting = (plan: OpsPlan, id: string): string =>
  plan.lines.find((l) => l.id === id)?.waiting ?? '';

void test('a healthy ring at its size has nothing to do and holds nothing', () => {
  const plan = pass({});
  assert.deepEqual(
    [plan.actions, open(plan), [...plan.holds], plan.nodeCount, plan.notes],
    [[], [], [], 3, []],
  );
});

void test('a brand-new ring: all records at once (seeds are assigned then), one node launching at a time', () => {
  const first = pass({ nodes: [] });
  assert.equal(first.nodeCount, 3);
  assert.deepEqual(open(first), [
    'op-1 bootstrap node-0 running/launch',
    'op-2 bootstrap node-1 queued/launch',
    'op-3 bootstrap node-2 queued/launch',
  ]);
  const records = [0, 1, 2].map((i) => newNodeRecord(`node-${i}`, i, true, T0));
  const second = pass({ nodes: records, state: first.state });
  assert.deepEqual(
    [...second.holds.keys()],
    ['node-1', 'node-2'],
    'reconcile may only launch node-0',
  );
  assert.match(
    second.holds.get('node-1') ?? '',
    /^waits for node-0: bootstrap of node-0 \(op-1\) runs first \[ops queue: bootstrap of node-1 \(op-2\)\]$/,
  );
});

void test('kill -9 of Cassandra: the node is relaunched in place in the same pass, and reconcile may offer for it', () => {
  const plan = pass({ nodes: ring(3, { 1: failed() }) });
  assert.deepEqual(actions(plan), ['relaunchNode node-1']);
  assert.deepEqual(open(plan), ['op-1 restart node-1 running/relaunch']);
  assert.equal(plan.holds.has('node-1'), false);
  assert.deepEqual(
    plan.transitions.map((t) => `${t.itemId} ${t.from} -> ${t.to}`),
    ['op-1 new -> running/relaunch'],
  );
});

void test('a crash-looping node is backed off and reported, and reconcile is kept from it meanwhile', () => {
  const now = later(2 * MINUTE);
  const watches = { 'node-1': { downSinceMs: T0, failuresMs: [T0, later(MINUTE)] } };
  const state = stateWith(
    [
      item({ kind: 'restart', nodeId: 'node-1', origin: 'heal' }, 1, {
        state: 'running',
        step: 'await-up',
      }),
    ],
    { watches },
  );
  const plan = pass({ nodes: ring(3, { 1: failed(now) }), state }, now);
  assert.deepEqual(plan.actions, []);
  assert.match(
    plan.holds.get('node-1') ?? '',
    /crash-looping: 3 failures within 10 min; next relaunch at/,
  );
  assert.match(plan.notes.join('\n'), /node-1 crash-looping: 3 failures/);
  const later30 = pass(
    { nodes: ring(3, { 1: failed(now) }), state: plan.state },
    later(2 * MINUTE + 30 * SECOND),
  );
  assert.deepEqual(
    actions(later30),
    ['relaunchNode node-1'],
    'tried again once the backoff is over',
  );
});

void test('an unreachable agent: nothing is restarted; after replaceAfterMs the node is replaced on another agent', () => {
  const nodes = ring(3, { 1: unreachable });
  const early = pass({ nodes });
  assert.deepEqual([early.actions, open(early)], [[], []]);
  const late = pass({ nodes, state: early.state }, later(31 * SECOND));
  assert.deepEqual(actions(late), ['retireNode node-1']);
  assert.deepEqual(
    late.state.stale.map((s) => s.agentId),
    ['agent-1'],
  );
  assert.match(
    late.state.items[0]?.reason ?? '',
    /^replace node-1: agent agent-1 unreachable since/,
  );
});

void test('no replacement while another node is down: the replace waits and says why', () => {
  const nodes = ring(4, { 1: unreachable, 2: unreachable });
  const watches = {
    'node-1': { downSinceMs: T0, failuresMs: [] },
    'node-2': { downSinceMs: later(20 * SECOND), failuresMs: [] },
  };
  const plan = pass(
    { nodes, spec: spec({ nodeCount: 4 }), state: { ...EMPTY_OPS_STATE, watches } },
    later(31 * SECOND),
  );
  assert.deepEqual(plan.actions, []);
  assert.deepEqual(open(plan), ['op-1 replace node-1 queued/retire']);
  assert.match(
    waiting(plan, 'op-1'),
    /^node-2 is DN \(agent unreachable\); replace of node-1 waits until every other node is UN/,
  );
});

void test('scale up: one new node at a time, the next only once the previous is NORMAL and seen UP', () => {
  const grow = spec({ nodeCount: 5 });
  const first = pass({ spec: grow });
  assert.deepEqual(open(first), [
    'op-1 scale-up node-3 running/launch',
    'op-2 scale-up node-4 queued/launch',
  ]);
  assert.equal(first.nodeCount, 4, 'reconcile creates node-3 only');
  const joining = ring(4, {
    3: { phase: 'Starting', launchMode: 'fresh', health: health({ operationMode: 'JOINING' }) },
  });
  const second = pass({ spec: grow, nodes: joining, state: first.state });
  assert.equal(second.nodeCount, 4);
  assert.match(waiting(second, 'op-2'), /waits for node-3: scale-up of node-3/);
  const third = pass({ spec: grow, nodes: ring(4), state: second.state });
  assert.deepEqual(open(third), ['op-2 scale-up node-4 running/launch']);
  assert.equal(third.nodeCount, 5);
  assert.match(third.notes.join('\n'), /^$/, 'no cleanup offered before the last node joined');
  const done = pass({ spec: grow, nodes: ring(5), state: third.state });
  assert.match(
    done.notes.join('\n'),
    /cleanup recommended on node-0, node-1, node-2 after the scale-up \(opt-in/,
  );
});

void test('with cleanup opted in, the old nodes are cleaned one at a time after the scale-up', () => {
  const state = stateWith([
    item({ kind: 'scale-up', nodeId: 'node-3' }, 1, { state: 'succeeded' }),
  ]);
  const plan = pass({
    spec: spec({ nodeCount: 4 }),
    nodes: ring(4),
    state,
    policy: { ...TEST_POLICY, cleanupAfterScaleUp: true },
  });
  assert.deepEqual(actions(plan), ['cleanupNode node-0']);
  assert.deepEqual(open(plan).length, 3);
});

void test('scale down: the highest index is decommissioned first, after its checks pass', () => {
  const plan = pass({ spec: spec({ nodeCount: 3 }), nodes: ring(5) });
  assert.deepEqual(actions(plan), ['decommissionNode node-4']);
  assert.deepEqual(open(plan), [
    'op-1 decommission node-4 running/decommission',
    'op-2 decommission node-3 queued/decommission',
  ]);
});

void test('a rolling change restarts one node at a time and moves to the next in the pass the previous settles', () => {
  const items = ['node-1', 'node-0'].map((id, i) =>
    item(
      {
        kind: 'rolling-restart',
        nodeId: id,
        origin: 'config',
        group: 'config@1',
        configVersion: 'v2',
      },
      i + 1,
    ),
  );
  const first = pass({ state: stateWith(items) });
  assert.deepEqual(actions(first), ['drainNode node-1']);
  const settled = ring(3, { 1: { configVersion: 'v2', phaseSinceMs: later(2 * SECOND) } });
  const awaitUp = {
    ...first.state,
    items: first.state.items.map((i) =>
      i.id === 'op-1' ? { ...i, step: 'await-up' as const, stepStatus: 'pending' as const } : i,
    ),
  };
  const next = pass({ nodes: settled, state: awaitUp });
  assert.deepEqual(actions(next), ['drainNode node-0']);
});

void test('a rolling restart waits for a node that is down, which is healed first', () => {
  const rolling = item(
    { kind: 'rolling-restart', nodeId: 'node-0', origin: 'config', configVersion: 'v2' },
    1,
  );
  const plan = pass({ nodes: ring(3, { 2: failed() }), state: stateWith([rolling]) });
  assert.deepEqual(actions(plan), ['relaunchNode node-2']);
  assert.match(waiting(plan, 'op-1'), /waits for node-2: restart of node-2/);
});

void test('nothing moves until task reconciliation with the master has settled', () => {
  const plan = pass({ nodes: ring(3, { 1: failed() }), reconciliation: 'pending' });
  assert.deepEqual([plan.actions, open(plan)], [[], []]);
  assert.ok(plan.holds.has('node-1'));
});

void test('every decision is a plain value: the plan survives a JSON round trip', () => {
  const plan = pass({ nodes: ring(4, { 1: failed() }), spec: spec({ nodeCount: 3 }) });
  const { holds, ...rest } = plan;
  assert.deepEqual(JSON.parse(JSON.stringify(rest)), rest);
  assert.ok(holds instanceof Map);
});

void test("a removed record that reconcile still has is never recreated behind the queue's back", () => {
  const nodes: NodeRecord[] = ring(2);
  assert.equal(
    pass({
      nodes,
      spec: spec({ nodeCount: 3 }),
      state: stateWith([
        item({ kind: 'decommission', nodeId: 'node-2' }, 1, { state: 'succeeded' }),
      ]),
    }).nodeCount,
    3,
  );
  assert.equal(pass({ nodes, spec: spec({ nodeCount: 2 }) }).nodeCount, 2);
});
