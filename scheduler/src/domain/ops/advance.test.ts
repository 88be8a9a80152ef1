import assert from 'node:assert/strict';
import { test } from 'node:test';
import { health } from '../../testing/builders.js';
import type { NodeRecord } from '../node.js';
import type { EpochMs } from '../time.js';
import { advanceItem, type Advanced } from './advance.js';
import type { OpItem } from './queue.js';
import { observeRing } from './ring.js';
import type { NodeWatch } from './state.js';
import { gateFor, type GateContext } from './gates.js';
import {
  addressOf,
  failed,
  item,
  KEYSPACES,
  later,
  MINUTE,
  placement,
  ring,
  SECOND,
  spec,
  T0,
  TERM,
  TEST_POLICY,
} from './testing/builders.js';

function advance(
  target: OpItem,
  nodes: readonly NodeRecord[],
  extra: { now?: EpochMs; watch?: NodeWatch; term?: string } = {},
): Advanced {
  const now = extra.now ?? later(SECOND);
  const fresh = nodes.map((n) =>
    n.health ? { ...n, health: { ...n.health, probedAtMs: now } } : n,
  );
  const c: GateContext = {
    ringName: 'ring1',
    item: target,
    node: fresh.find((n) => n.nodeId === target.nodeId),
    nodes: fresh,
    members: observeRing(fresh),
    watch: extra.watch,
    policy: TEST_POLICY,
    term: extra.term ?? TERM,
    now,
    keyspaces: KEYSPACES,
    loadsMb: new Map(fresh.map((n) => [n.nodeId, 10])),
    spec: spec(),
    gate: (gated) => gateFor({ ...c, item: gated }),
  };
  return advanceItem(c);
}

const runningItem = (
  kind: OpItem['kind'],
  nodeId: string,
  overrides: Partial<OpItem> = {},
): OpItem => item({ kind, nodeId }, 1, { state: 'running', ...overrides });
const actionTypes = (a: Advanced): string[] => a.actions.map((x) => x.type);
const where = (a: Advanced): string => `${a.item.state}/${a.item.step}/${a.item.stepStatus}`;

void test('a restart of a running node drains it first, recording the step as sent in this term', () => {
  const moved = advance(runningItem('restart', 'node-1'), ring(3));
  assert.deepEqual(actionTypes(moved), ['drainNode']);
  assert.equal(where(moved), 'running/drain/sent');
  assert.deepEqual([moved.item.attempts, moved.item.confirmedTerm], [1, TERM]);
});

void test('a node that is already down skips the drain and is relaunched at once', () => {
  const moved = advance(
    runningItem('restart', 'node-1', { origin: 'heal' }),
    ring(3, { 1: failed() }),
  );
  assert.deepEqual(actionTypes(moved), ['relaunchNode']);
  assert.equal(where(moved), 'running/relaunch/sent');
});

void test('a drained node is relaunched in the same pass', () => {
  const drained = runningItem('rolling-restart', 'node-1', {
    stepStatus: 'sent',
    confirmedTerm: TERM,
    attempts: 1,
  });
  const moved = advance(
    drained,
    ring(3, { 1: { phase: 'Stopped', goal: 'Stopped', lastTaskState: 'TASK_KILLED' } }),
  );
  assert.deepEqual(actionTypes(moved), ['relaunchNode']);
});

void test('once relaunched, the item waits until the node is NORMAL and seen UP', () => {
  const relaunched = runningItem('restart', 'node-1', {
    step: 'relaunch',
    stepStatus: 'sent',
    confirmedTerm: TERM,
  });
  const starting = advance(
    relaunched,
    ring(3, { 1: { phase: 'Starting', health: health({ operationMode: 'STARTING' }) } }),
  );
  assert.equal(where(starting), 'running/await-up/pending');
  assert.match(
    starting.waiting ?? '',
    /waiting until node-1 is NORMAL and seen UP \(Starting, STARTING\)/,
  );
  const up = advance(starting.item, ring(3));
  assert.equal(up.item.state, 'succeeded');
  assert.equal(up.waiting, null);
});

void test('a node that fails on its way up goes back to relaunch', () => {
  const waiting = runningItem('restart', 'node-1', { step: 'await-up' });
  const moved = advance(waiting, ring(3, { 1: failed(later(SECOND)) }));
  assert.deepEqual(actionTypes(moved), ['relaunchNode']);
});

void test('a crash-looping node is not hammered: the item gives the queue up until its backoff ends', () => {
  const waiting = runningItem('restart', 'node-1', { step: 'await-up' });
  const now = later(2 * MINUTE);
  const watch: NodeWatch = { downSinceMs: T0, failuresMs: [T0, later(MINUTE), now] };
  const moved = advance(waiting, ring(3, { 1: failed(now) }), { now, watch });
  assert.deepEqual(actionTypes(moved), []);
  assert.equal(where(moved), 'queued/relaunch/pending');
  assert.equal(moved.item.notBeforeMs, later(2 * MINUTE + 30 * SECOND));
  assert.match(moved.waiting ?? '', /node-1 crash-looping: 3 failures within 10 min/);
});

void test('after a failover a sent decommission is asked about before anything else happens', () => {
  const sent = runningItem('decommission', 'node-3', {
    stepStatus: 'sent',
    confirmedTerm: 'term-0',
    attempts: 1,
  });
  const moved = advance(
    sent,
    ring(4, {
      3: {
        phase: 'Decommissioning',
        goal: 'Decommissioned',
        health: health({ operationMode: 'LEAVING' }),
      },
    }),
  );
  assert.equal(where(moved), 'running/decommission/query');
  assert.deepEqual(moved.actions, [
    {
      type: 'queryAdmin',
      nodeIds: ['node-3'],
      requestId: 'op-1.decommission.1',
      reason: 'op-1: decommission was sent before a failover; asking where it stands',
    },
  ]);
});

void test('after a failover an idempotent step is simply sent again, as the same attempt', () => {
  const sent = runningItem('decommission', 'node-3', {
    step: 'kill',
    stepStatus: 'sent',
    confirmedTerm: 'term-0',
    attempts: 1,
  });
  const left = ring(4, {
    3: {
      phase: 'Decommissioning',
      goal: 'Decommissioned',
      health: health({ operationMode: 'DECOMMISSIONED' }),
    },
  });
  const moved = advance(sent, left);
  assert.deepEqual(actionTypes(moved), ['killTask']);
  assert.deepEqual([moved.item.attempts, moved.item.confirmedTerm], [1, TERM]);
});

void test('after a failover a drain that did not take effect while the ring is healthy is sent again', () => {
  const sent = runningItem('restart', 'node-1', {
    stepStatus: 'sent',
    confirmedTerm: 'term-0',
    attempts: 1,
  });
  const moved = advance(sent, ring(3));
  assert.deepEqual(actionTypes(moved), ['drainNode']);
  assert.deepEqual([moved.item.stepStatus, moved.item.confirmedTerm], ['sent', TERM]);
});

void test('after a failover a step whose outcome the snapshot shows is not asked about', () => {
  const sent = runningItem('decommission', 'node-3', {
    stepStatus: 'sent',
    confirmedTerm: 'term-0',
    attempts: 1,
  });
  const left = ring(4, {
    3: {
      phase: 'Decommissioning',
      goal: 'Decommissioned',
      health: health({ operationMode: 'DECOMMISSIONED' }),
    },
  });
  const moved = advance(sent, left);
  assert.equal(where(moved), 'running/kill/sent');
  assert.deepEqual(actionTypes(moved), ['killTask']);
});

void test('a node that does not come back within the step timeout fails the item', () => {
  const waiting = runningItem('restart', 'node-1', { step: 'await-up', stepSinceMs: T0 });
  const moved = advance(waiting, ring(3, { 1: { phase: 'Starting' } }), {
    now: later(21 * MINUTE),
  });
  assert.equal(moved.item.state, 'failed');
  assert.equal(moved.item.result, 'await-up of node-1 did not finish within 20 min');
  assert.deepEqual(
    actionTypes(moved),
    ['relaunchNode'],
    'the node is handed back to healing, not left stopped',
  );
});

void test('a restart that never took its node down gives up without touching it', () => {
  const waiting = runningItem('rolling-restart', 'node-1', {
    stepSinceMs: T0,
    stepStatus: 'pending',
  });
  const moved = advance(waiting, ring(3, { 2: { phase: 'Starting' } }), {
    now: later(11 * MINUTE),
  });
  assert.deepEqual([moved.item.state, actionTypes(moved)], ['failed', []]);
});

void test('a rolling restart of a node already running the new config finishes without touching it', () => {
  const rolling = runningItem('rolling-restart', 'node-1', { configVersion: 'v2' });
  const moved = advance(rolling, ring(3, { 1: { configVersion: 'v2' } }));
  assert.deepEqual(
    [moved.item.state, moved.item.result, moved.actions.length],
    ['succeeded', 'node-1 already runs config v2', 0],
  );
});

void test('an item whose node no longer exists is cancelled', () => {
  const moved = advance(runningItem('cleanup', 'node-7'), ring(3));
  assert.deepEqual([moved.item.state, moved.item.result], ['cancelled', 'node-7 no longer exists']);
});

void test('a replace retires the old placement, launches elsewhere, then gives every node the new seed list', () => {
  const replace = runningItem('replace', 'node-1', {
    seed: true,
    replaced: { address: addressOf(1), agentId: 'agent-1' },
  });
  const retire = advance(replace, ring(3, { 1: failed() }));
  assert.deepEqual(retire.actions, [
    { type: 'retireNode', nodeId: 'node-1', replaceAddress: '10.0.0.2', reason: 'op-1: test' },
  ]);
  assert.deepEqual(
    retire.stale.map((s) => s.agentId),
    ['agent-1'],
    'the old reservation is released when agent-1 returns',
  );
  const retired: Partial<NodeRecord> = {
    phase: 'Pending',
    placement: null,
    replaceAddress: addressOf(1),
    launchMode: 'replace',
    health: null,
  };
  const launching = advance(retire.item, ring(3, { 1: retired }));
  assert.equal(where(launching), 'running/launch/pending');
  assert.deepEqual(launching.actions, [], 'reconcile launches it; the queue only waits');
  const newPlace = { ...placement(1, 'agent-9'), address: '10.0.0.9' };
  const live = ['10.0.0.1', '10.0.0.9', '10.0.0.3'].map((a) => `/${a}:7000`);
  const replaced = ring(3).map((n) => ({
    ...n,
    health: health({ liveNodes: live }),
    ...(n.index === 1
      ? { placement: newPlace, replaceAddress: addressOf(1), launchMode: 'replace' as const }
      : {}),
  }));
  const seeds = advance({ ...launching.item, step: 'await-up' }, replaced);
  assert.equal(where(seeds), 'running/update-seeds/sent');
  assert.deepEqual(seeds.actions, [
    {
      type: 'updateSeeds',
      nodeIds: ['node-0', 'node-1', 'node-2'],
      seeds: ['10.0.0.1', '10.0.0.9', '10.0.0.3'],
      requestId: 'op-1.update-seeds.1',
      reason: 'op-1: test',
    },
  ]);
  const acked = advance({ ...seeds.item, acked: ['node-0', 'node-1', 'node-2'] }, replaced);
  assert.equal(acked.item.state, 'succeeded');
});

void test('a decommission confirms LEFT before killing, then forgets the node and leaves its reservation for release', () => {
  const decommission = runningItem('decommission', 'node-3');
  const start = advance(decommission, ring(4));
  assert.deepEqual(
    start.actions.map((a) => a.type === 'decommissionNode' && a.requestId),
    ['op-1.decommission.1'],
  );
  const leaving = advance(
    start.item,
    ring(4, {
      3: {
        phase: 'Decommissioning',
        goal: 'Decommissioned',
        health: health({ operationMode: 'LEAVING' }),
      },
    }),
  );
  assert.deepEqual(actionTypes(leaving), [], 'no kill while it is still leaving');
  const left = ring(4, {
    3: {
      phase: 'Decommissioning',
      goal: 'Decommissioned',
      health: health({ operationMode: 'DECOMMISSIONED' }),
    },
  });
  const kill = advance(leaving.item, left);
  assert.deepEqual(actionTypes(kill), ['killTask']);
  const ended = ring(4, { 3: { phase: 'Decommissioned', goal: 'Decommissioned' } });
  const forget = advance(kill.item, ended);
  assert.deepEqual(actionTypes(forget), ['forgetNode']);
  assert.deepEqual(
    forget.stale.map((s) => [s.nodeId, s.agentId, s.persistenceId]),
    [['node-3', 'agent-3', 'ring1.node-3.volume.l3']],
  );
  const gone = advance(forget.item, ring(3));
  assert.deepEqual(
    [gone.item.state, gone.actions.length],
    ['succeeded', 0],
    'no seed update for a non-seed',
  );
});

void test('a decommission whose Cassandra stopped without leaving does not move on to the kill', () => {
  const sent = runningItem('decommission', 'node-3', {
    stepStatus: 'sent',
    confirmedTerm: TERM,
    attempts: 1,
  });
  const stillListed = ring(4, { 3: { phase: 'Decommissioned', goal: 'Decommissioned' } }).map(
    (n) =>
      n.index === 3 || !n.health
        ? n
        : { ...n, health: { ...n.health, unreachableNodes: [`/${addressOf(3)}:7000`] } },
  );
  const moved = advance(sent, stillListed);
  assert.equal(where(moved), 'running/decommission/sent');
  assert.match(moved.waiting ?? '', /waiting for node-3 to leave the ring/);
});

void test('after a failover a drain that has not taken effect is gated again: with another node down it waits in the queue', () => {
  const sent = runningItem('rolling-restart', 'node-1', {
    stepStatus: 'sent',
    confirmedTerm: 'term-0',
    attempts: 1,
  });
  const moved = advance(sent, ring(3, { 2: failed() }));
  assert.deepEqual(actionTypes(moved), []);
  assert.equal(where(moved), 'queued/drain/pending');
  assert.match(moved.waiting ?? '', /^node-2 is DN/);
});

void test('a decommission the executor never got is gated again before it is sent again', () => {
  const unknown = runningItem('decommission', 'node-3', {
    stepStatus: 'pending',
    attempts: 1,
    confirmedTerm: TERM,
  });
  const moved = advance(unknown, ring(4, { 1: failed() }));
  assert.equal(where(moved), 'queued/decommission/pending');
  const clear = advance({ ...unknown }, ring(4));
  assert.deepEqual(
    clear.actions.map((a) => a.type === 'decommissionNode' && a.requestId),
    ['op-1.decommission.2'],
  );
});
