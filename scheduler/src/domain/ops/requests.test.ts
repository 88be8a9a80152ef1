import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { NodeRecord } from '../node.js';
import type { OpItem } from './queue.js';
import {
  admitRepair,
  applyAdminAnswer,
  releaseRepair,
  repairQueueHolder,
  requestOperation,
  type AdminAnswer,
  type RequestKind,
} from './requests.js';
import { observeRing } from './ring.js';
import { EMPTY_OPS_STATE, type OpsState } from './state.js';
import { failed, item, later, ring, SECOND, stateWith, T0, TERM } from './testing/builders.js';

function request(
  kind: RequestKind,
  nodeId: string,
  nodes: readonly NodeRecord[],
  state: OpsState = EMPTY_OPS_STATE,
) {
  return requestOperation(
    state,
    { kind, nodeId, reason: 'ticket 42' },
    nodes,
    observeRing(nodes),
    T0,
  );
}

void test('an operator restart is queued as an operator item, and asking twice returns the same item', () => {
  const first = request('restart', 'node-1', ring(3));
  assert.ok(first.ok);
  assert.deepEqual(
    [first.item.kind, first.item.origin, first.item.reason, first.created],
    ['restart', 'operator', 'restart node-1 requested by an operator: ticket 42', true],
  );
  const again = request('restart', 'node-1', ring(3), first.state);
  assert.ok(again.ok);
  assert.deepEqual(
    [again.item.id, again.created, again.state.items.length],
    [first.item.id, false, 1],
  );
});

void test('a live node is never replaced on request', () => {
  const result = request('replace', 'node-1', ring(3));
  assert.deepEqual(result, {
    ok: false,
    code: 'NODE_LIVE',
    message: 'node-1 is UN: Cassandra refuses to replace a live node; stop it first',
  });
});

void test('a down node may be replaced on request; the replacement knows whom it replaces', () => {
  const result = request('replace', 'node-1', ring(3, { 1: failed() }));
  assert.ok(result.ok);
  assert.deepEqual(result.item.replaced, { address: '10.0.0.2', agentId: 'agent-1' });
  assert.equal(result.item.seed, true);
});

void test('requests for unknown or unwanted nodes are refused with a code', () => {
  const unknown = request('restart', 'node-9', ring(3));
  assert.equal(unknown.ok ? null : unknown.code, 'NODE_UNKNOWN');
  const stopped = request('cleanup', 'node-1', ring(3, { 1: { goal: 'Decommissioned' } }));
  assert.equal(stopped.ok ? null : stopped.code, 'NODE_NOT_RUNNING');
});

const at = (step: OpItem['step'], overrides: Partial<OpItem> = {}): OpsState =>
  stateWith([
    item({ kind: step === 'cleanup' ? 'cleanup' : 'decommission', nodeId: 'node-3' }, 1, {
      state: 'running',
      step,
      stepStatus: 'query',
      attempts: 1,
      confirmedTerm: 'term-0',
      ...overrides,
    }),
  ]);
const answer = (
  state: AdminAnswer['state'],
  requestId = 'op-1.decommission.1',
  nodeId = 'node-3',
): AdminAnswer => ({ requestId, nodeId, state, message: 'from the executor' });
const after = (s: OpsState): OpItem | undefined => s.items[0];

void test('an executor that is still decommissioning confirms the step for this leader', () => {
  const { state } = applyAdminAnswer(at('decommission'), answer('RUNNING'), TERM, later(SECOND));
  assert.deepEqual([after(state)?.stepStatus, after(state)?.confirmedTerm], ['sent', TERM]);
});

void test('an executor that never got the request makes the step go out again', () => {
  const { state } = applyAdminAnswer(at('decommission'), answer('UNKNOWN'), TERM, later(SECOND));
  assert.equal(after(state)?.stepStatus, 'pending');
});

void test('a finished decommission moves on to the kill; a finished cleanup ends its item', () => {
  assert.equal(
    after(applyAdminAnswer(at('decommission'), answer('SUCCEEDED'), TERM, later(SECOND)).state)
      ?.step,
    'kill',
  );
  const cleaned = applyAdminAnswer(
    at('cleanup'),
    answer('SUCCEEDED', 'op-1.cleanup.1'),
    TERM,
    later(SECOND),
  ).state;
  assert.equal(after(cleaned)?.state, 'succeeded');
});

void test("a failed admin operation fails the item with the executor's message", () => {
  const { state } = applyAdminAnswer(at('decommission'), answer('FAILED'), TERM, later(SECOND));
  assert.deepEqual(
    [after(state)?.state, after(state)?.result],
    ['failed', 'decommission on node-3 FAILED: from the executor'],
  );
});

void test('an answer for an earlier attempt or an unknown item changes nothing', () => {
  const state = at('decommission', { attempts: 2 });
  const stale = applyAdminAnswer(state, answer('FAILED'), TERM, later(SECOND));
  assert.equal(stale.state, state);
  assert.match(stale.note, /^stale: op-1.decommission.1, op-1 is at decommission attempt 2$/);
  assert.match(
    applyAdminAnswer(state, answer('FAILED', 'op-9.cleanup.1'), TERM, T0).note,
    /^ignored/,
  );
});

void test('each node confirming a new seed list is counted once', () => {
  const state = stateWith([
    item({ kind: 'replace', nodeId: 'node-1', seed: true }, 1, {
      state: 'running',
      step: 'update-seeds',
      stepStatus: 'sent',
      attempts: 1,
    }),
  ]);
  const once = applyAdminAnswer(
    state,
    answer('SUCCEEDED', 'op-1.update-seeds.1', 'node-0'),
    TERM,
    T0,
  ).state;
  const twice = applyAdminAnswer(
    once,
    answer('SUCCEEDED', 'op-1.update-seeds.1', 'node-0'),
    TERM,
    T0,
  ).state;
  assert.deepEqual(after(twice)?.acked, ['node-0']);
});

void test('repair takes the queue only when nothing else is queued or running, and gives it back', () => {
  const busy = stateWith([item({ kind: 'cleanup', nodeId: 'node-1' })]);
  assert.deepEqual(admitRepair(busy, 'node-0', T0), {
    ok: false,
    reason: 'repair waits for cleanup of node-1 (op-1) (queued)',
  });
  const taken = admitRepair(EMPTY_OPS_STATE, 'node-0', T0);
  assert.ok(taken.ok);
  assert.deepEqual(
    taken.state.items.map((i) => [i.kind, i.state, i.nodeId]),
    [['repair', 'running', 'node-0']],
  );
  const again = admitRepair(taken.state, 'node-0', T0);
  assert.deepEqual(again.ok && again.itemId, taken.itemId);
  const released = releaseRepair(taken.state, 'node-0', 'succeeded', 'repaired', later(SECOND));
  assert.equal(released.items[0]?.state, 'succeeded');
});

void test("repair's decision sees what holds the queue, with a scale-down named as such", () => {
  assert.equal(repairQueueHolder(EMPTY_OPS_STATE), null);
  const shrinking = stateWith([item({ kind: 'decommission', nodeId: 'node-4', origin: 'scale' })]);
  assert.deepEqual(repairQueueHolder(shrinking), { operation: 'scale-down', nodeId: 'node-4' });
  const repairing = stateWith([
    item({ kind: 'repair', nodeId: 'node-0', origin: 'repair' }, 1, { state: 'running' }),
  ]);
  assert.equal(repairQueueHolder(repairing), null);
});
