import assert from 'node:assert/strict';
import { test } from 'node:test';
import { EMPTY_OPS_STATE, repairsDue } from '../../domain/ops/index.js';
import { enqueue } from '../../domain/ops/state.js';
import type { ReplaceRepairDue } from '../../domain/repair/index.js';
import { MemoryOpsState } from './serial-queue.js';
import { repairHarness, State, T0 } from './testing/harness.js';

const DUE: ReplaceRepairDue = {
  itemId: 'op-7',
  nodeId: 'node-1',
  replacedAddress: '127.0.1.9',
  sinceMs: T0,
};

const opsWithDue = () => new MemoryOpsState({ ...EMPTY_OPS_STATE, repairsDue: [DUE] });

void test('a replace recorded as due: one run of the replacement only, full, all its ranges, then the entry goes', async () => {
  const h = repairHarness({
    ops: opsWithDue(),
    config: { primaryRange: true, type: 'incremental', keyspaces: ['shop', 'system_auth'] },
  });
  await h.loop.load();
  await h.loop.wake();
  const run = h.loop.run?.value;
  assert.ok(run);
  assert.equal(run.trigger.kind, 'afterReplace');
  assert.deepEqual(run.trigger.replace, {
    itemId: 'op-7',
    nodeId: 'node-1',
    replacedAddress: '127.0.1.9',
  });
  assert.match(run.trigger.reason ?? '', /node-1 after it replaced 127\.0\.1\.9 \(op-7\)/);
  assert.deepEqual(
    run.steps.map((s) => s.nodeId),
    ['node-1'],
  );
  assert.equal(run.type, 'full', 'full whatever the schedule uses');
  assert.equal(
    run.primaryRange,
    false,
    "all of the node's ranges: -pr would leave most unrepaired",
  );
  assert.deepEqual(run.keyspaces, ['shop', 'system_auth'], 'the configured keyspace scope');
  assert.deepEqual(repairsDue(h.ops.current), [], 'the entry is gone once the run exists');
  const sent = h.repairs();
  assert.equal(sent.length, 1);
  const [first] = sent;
  assert.ok(first?.request.repair);
  assert.equal(first.request.request_id, 'repair.run-1.node-1.1');
  assert.equal(first.request.repair.full, true);
  assert.equal(first.request.repair.primary_range, false);
  assert.equal(first.storedStatus, 'running', 'written before it is sent');
  await h.report('repair.run-1.node-1.1', State.SUCCEEDED, { steps_done: 2, steps_total: 2 });
  assert.equal(h.loop.run?.value.result, 'succeeded');
  await h.loop.wake();
  assert.equal((await h.store.runs()).length, 1, 'no second run');
});

void test('failover after the run was written but before the entry was forgotten: no second run', async () => {
  const first = repairHarness({ ops: opsWithDue() });
  await first.loop.load();
  await first.loop.wake();
  const started = first.loop.run?.value;
  assert.ok(started);
  // The old leader died before its ops write: the entry is still there for the new one.
  const ops = opsWithDue();
  const next = repairHarness({ store: first.store, ops, term: 'term-2' });
  await next.loop.load();
  await next.loop.wake();
  assert.deepEqual(repairsDue(ops.current), []);
  const runs = await next.store.runs();
  assert.deepEqual(
    runs.map((r) => r.value.runId),
    [started.runId],
    'still the one run',
  );
});

void test('the run is found among older stored runs too (a newer run started since): no second run', async () => {
  const h = repairHarness({ ops: opsWithDue() });
  await h.loop.load();
  await h.loop.wake();
  await h.report('repair.run-1.node-1.1', State.SUCCEEDED, { steps_done: 1, steps_total: 1 });
  // A later manual run finishes, then the stale entry shows up again (a replayed write).
  h.ops.current = { ...h.ops.current, repairsDue: [DUE] };
  const old = h.loop.run;
  assert.ok(old);
  h.loop.run = {
    ...old,
    value: { ...old.value, runId: 'other', trigger: { kind: 'manual', atMs: T0, keyspaces: null } },
  };
  await h.loop.wake();
  assert.deepEqual(repairsDue(h.ops.current), []);
  assert.equal((await h.store.runs()).length, 1);
  assert.equal(h.repairs().length, 1, 'node-1 repaired once');
});

void test('the repair of the replacement waits for the serial queue like any repair', async () => {
  const ops = new MemoryOpsState({
    ...EMPTY_OPS_STATE,
    repairsDue: [DUE],
  });
  const h = repairHarness({ ops });
  ops.current = enqueue(
    ops.current,
    [{ kind: 'rolling-restart', nodeId: 'node-2', seed: false, origin: 'config', reason: 'heap' }],
    T0,
  );
  await h.loop.load();
  await h.loop.wake();
  assert.equal(h.loop.run?.value.trigger.kind, 'afterReplace', 'the run exists, persisted');
  assert.equal(h.repairs().length, 0, 'nothing sent while the queue is held');
  assert.match(h.loop.reason, /serial queue busy|repair waits for/);
});
