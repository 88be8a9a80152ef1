import assert from 'node:assert/strict';
import { test } from 'node:test';
import { EMPTY_OPS_STATE } from '../../domain/ops/index.js';
import { epochMs } from '../../domain/time.js';
import { memoryRepairStore } from '../../store/repair-store.js';
import { changeRun, pauseSchedule, requestRun, scheduleView } from './repair-control.js';
import { MemoryOpsState } from './serial-queue.js';
import { ManualClock, repairHarness, State, T0, upNode } from './testing/harness.js';

type Harness = ReturnType<typeof repairHarness>;

/** Passes the 02:00 fire time: the first pass notes the time, the second finds the fire due. */
async function fireSchedule(h: Harness): Promise<void> {
  await h.loop.load();
  await h.loop.wake();
  h.clock.advance(31_000);
  await h.loop.wake();
}

const lastRepair = (h: Harness) => {
  const r = h.repairs().at(-1);
  assert.ok(r, 'no repair request sent');
  return r;
};

const succeed = (h: Harness, id = lastRepair(h).request.request_id) =>
  h.report(id, State.SUCCEEDED, { steps_done: 2, steps_total: 2 });

void test('a schedule fire repairs every node in ring order, one at a time, each written before it is sent', async () => {
  const h = repairHarness();
  await fireSchedule(h);
  for (const nodeId of ['node-0', 'node-1', 'node-2']) {
    const r = lastRepair(h);
    assert.equal(r.request.request_id, `repair.run-1.${nodeId}.1`);
    assert.equal(r.storedStatus, 'running', 'the step is recorded running before it is sent');
    assert.equal(r.executorId, `exec-${nodeId.slice(-1)}`);
    const repair = r.request.repair;
    assert.ok(repair);
    assert.deepEqual(repair.keyspaces, ['shop', 'users'], 'system keyspaces left out');
    assert.equal(repair.full, true);
    await succeed(h);
  }
  const run = h.loop.run?.value;
  assert.ok(run);
  assert.equal(run.result, 'succeeded');
  assert.equal(run.trigger.kind, 'schedule');
  assert.equal(run.trigger.atMs, Date.parse('2026-03-01T02:00:00Z'));
  assert.equal(h.repairs().length, 3);
  const stored = await h.store.run('run-1');
  assert.deepEqual(stored?.value, run, 'ZooKeeper holds what the loop holds');
  for (const step of run.steps) {
    assert.deepEqual(
      step.results.map((r) => [r.keyspace, r.status]),
      [
        ['shop', 'succeeded'],
        ['users', 'succeeded'],
      ],
    );
  }
  assert.deepEqual(
    h.ops.current.items.map((i) => [i.kind, i.nodeId, i.state]),
    [
      ['repair', 'node-0', 'succeeded'],
      ['repair', 'node-1', 'succeeded'],
      ['repair', 'node-2', 'succeeded'],
    ],
    'each node took the serial queue and gave it back',
  );
  assert.match(h.loop.schedule?.value.lastOutcome ?? '', /run-1 succeeded: 3 of 3 nodes repaired/);
});

void test('a trigger while a run goes is skipped and recorded on the run, with where the run is', async () => {
  const h = repairHarness();
  await fireSchedule(h);
  const answer = await requestRun(h.loop, null);
  assert.equal(answer.ok, false);
  assert.match(answer.message, /skipped: run run-1 is still going \(at node-0\)/);
  assert.equal(h.loop.run?.value.skippedTriggers.length, 1);
  assert.equal(h.loop.schedule?.value.trigger, null);
  assert.equal(h.repairs().length, 1, 'nothing else was sent');
});

void test('a repair waits while another operation holds the serial queue, says why, then goes on', async () => {
  const ops = scaleUpQueued();
  const h = repairHarness({ ops });
  const started = await requestRun(h.loop, ['shop']);
  assert.equal(started.ok, true);
  assert.equal(h.repairs().length, 0);
  assert.match(h.loop.reason, /serial queue busy: scale-up of node-3/);
  endScaleUp(ops);
  await h.loop.wake();
  assert.equal(lastRepair(h).request.request_id, 'repair.run-1.node-0.1');
  assert.deepEqual(lastRepair(h).request.repair?.keyspaces, ['shop']);
});

void test('a run asked for before the scale-up created its node repairs that node too, once it joined', async () => {
  const ops = scaleUpQueued();
  const h = repairHarness({ ops });
  assert.equal((await requestRun(h.loop, ['shop'])).ok, true);
  const planned = (await h.store.run('run-1'))?.value.steps.map((s) => s.nodeId);
  assert.deepEqual(planned, ['node-0', 'node-1', 'node-2'], 'node-3 had no record yet');
  h.nodes.push(upNode(3));
  endScaleUp(ops);
  await h.loop.wake();
  const stored = (await h.store.run('run-1'))?.value;
  assert.deepEqual(
    stored?.steps.map((s) => s.nodeId),
    ['node-0', 'node-1', 'node-2', 'node-3'],
  );
  for (const nodeId of ['node-0', 'node-1', 'node-2', 'node-3']) {
    assert.equal(lastRepair(h).request.request_id, `repair.run-1.${nodeId}.1`);
    await succeed(h);
  }
  assert.equal((await h.store.run('run-1'))?.value.result, 'succeeded');
});

void test('a failed node is retried after its backoff, then marked failed, and the run goes on', async () => {
  const h = repairHarness({ config: { maxAttempts: 2, retryBackoffMinutes: 1 } });
  await requestRun(h.loop, null);
  await h.report('repair.run-1.node-0.1', State.FAILED, { message: 'streaming failed' });
  assert.equal(h.repairs().length, 1, 'no retry before the backoff');
  assert.match(h.loop.reason, /node-0 failed \(streaming failed\); retry 2 of 2/);
  h.clock.advance(60_000);
  await h.loop.wake();
  assert.equal(lastRepair(h).request.request_id, 'repair.run-1.node-0.2');
  await h.report('repair.run-1.node-0.2', State.FAILED, { message: 'again' });
  assert.equal(lastRepair(h).request.request_id, 'repair.run-1.node-1.1', 'the run goes on');
  const step = h.loop.run?.value.steps[0];
  assert.equal(step?.status, 'failed');
  await succeed(h);
  await succeed(h);
  assert.equal(h.loop.run?.value.result, 'failed');
  assert.match(h.loop.schedule?.value.lastOutcome ?? '', /failed: node-0/);
});

void test('after failover the new leader asks about the running step and never repeats a finished node', async () => {
  const store = memoryRepairStore();
  const ops = new MemoryOpsState();
  const clock = new ManualClock();
  const first = repairHarness({ store, ops, clock, term: 'term-1' });
  await requestRun(first.loop, null);
  await succeed(first);
  assert.equal(lastRepair(first).request.request_id, 'repair.run-1.node-1.1');
  // The leader dies here; a standby with another term loads the same store.
  const second = repairHarness({ store, ops, clock, term: 'term-2' });
  await second.loop.load();
  await second.loop.wake();
  assert.equal(second.repairs().length, 0, 'nothing is started again');
  const query = second.sent.at(-1)?.request.query;
  assert.equal(query?.request_id, 'repair.run-1.node-1.1');
  assert.match(second.loop.reason, /asking node-1's executor/);
  await second.report('repair.run-1.node-1.1', State.SUCCEEDED, { steps_done: 2 });
  assert.equal(lastRepair(second).request.request_id, 'repair.run-1.node-2.1');
  await succeed(second);
  const run = second.loop.run?.value;
  assert.ok(run);
  assert.equal(run.result, 'succeeded');
  assert.deepEqual(
    run.steps.map((s) => s.attempts),
    [1, 1, 1],
  );
});

void test('after failover a step its executor never received is sent again as the same attempt', async () => {
  const store = memoryRepairStore();
  const ops = new MemoryOpsState();
  const first = repairHarness({ store, ops, term: 'term-1' });
  await requestRun(first.loop, null);
  const second = repairHarness({ store, ops, term: 'term-2' });
  await second.loop.load();
  await second.loop.wake();
  await second.report('repair.run-1.node-0.1', State.UNKNOWN);
  assert.equal(lastRepair(second).request.request_id, 'repair.run-1.node-0.1');
  assert.equal(lastRepair(second).storedStatus, 'running');
});

void test('pause holds the run at the next node boundary; resume goes on; abort ends it there', async () => {
  const h = repairHarness();
  await requestRun(h.loop, null);
  const paused = await changeRun(h.loop, 'run-1', 'pause');
  assert.equal(paused.ok && paused.value.status, 'pausing');
  await succeed(h);
  assert.equal(h.repairs().length, 1, 'node-1 does not start while paused');
  assert.match(h.loop.reason, /paused by operator; resumes at node-1/);
  await changeRun(h.loop, 'run-1', 'resume');
  assert.equal(lastRepair(h).request.request_id, 'repair.run-1.node-1.1');
  await changeRun(h.loop, 'run-1', 'abort');
  await succeed(h);
  assert.equal(h.loop.run?.value.result, 'aborted');
  assert.equal(h.repairs().length, 2);
  const again = await changeRun(h.loop, 'run-1', 'resume');
  assert.equal(again.ok, false);
  assert.equal((await changeRun(h.loop, 'nope', 'pause')).ok, false);
});

void test('abort-now cancels the running repair on its executor', async () => {
  const h = repairHarness();
  await requestRun(h.loop, null);
  await changeRun(h.loop, 'run-1', 'abort-now');
  const abort = h.sent.at(-1)?.request.abort;
  assert.equal(abort?.request_id, 'repair.run-1.node-0.1');
  assert.equal(h.loop.run?.value.result, 'aborted');
  assert.equal(h.ops.current.items[0]?.state, 'cancelled', 'the queue is given back');
});

void test('a paused schedule lets its fire time pass, visibly; resumed, it shows the next fire time', async () => {
  const h = repairHarness();
  await h.loop.load();
  await pauseSchedule(h.loop, true);
  assert.equal(scheduleView(h.loop).nextFireAtMs, null);
  await fireSchedule(h);
  assert.equal(h.loop.run, null);
  assert.match(h.loop.schedule?.value.lastOutcome ?? '', /fire skipped: the schedule is paused/);
  const view = await pauseSchedule(h.loop, false);
  assert.equal(view.schedule, '0 2 * * *');
  assert.equal(view.nextFireAtMs, Date.parse('2026-03-02T02:00:00Z'));
});

void test('a run with keyspaces absent from the ring records them and ends failed, naming them', async () => {
  const h = repairHarness();
  const started = await requestRun(h.loop, ['shop', 'gone']);
  assert.equal(started.ok && started.value.unknownKeyspaces.join(), 'gone');
  await succeed(h);
  await succeed(h);
  await succeed(h);
  assert.equal(h.loop.run?.value.result, 'failed');
  assert.match(h.loop.schedule?.value.lastOutcome ?? '', /keyspaces not in the ring: gone/);
});

void test('with no keyspace list and no node to ask, a trigger is skipped with the reason, not dropped', async () => {
  const h = repairHarness({ keyspaces: null });
  const answer = await requestRun(h.loop, null);
  assert.equal(answer.ok, false);
  assert.match(answer.message, /no node could list the ring's keyspaces/);
});

/** The ops queue with a scale-up of node-3 queued (it holds the serial queue). */
function scaleUpQueued(): MemoryOpsState {
  return new MemoryOpsState({
    ...EMPTY_OPS_STATE,
    nextSeq: 2,
    items: [queuedItem('scale-up', 'node-3')],
  });
}

function endScaleUp(ops: MemoryOpsState): void {
  ops.current = {
    ...ops.current,
    items: ops.current.items.map((i) => ({ ...i, state: 'succeeded' as const })),
  };
}

function queuedItem(kind: 'scale-up', nodeId: string) {
  return {
    id: 'op-1',
    seq: 1,
    kind,
    nodeId,
    seed: false,
    origin: 'scale' as const,
    group: null,
    state: 'queued' as const,
    step: 'launch' as const,
    stepStatus: 'pending' as const,
    stepSinceMs: epochMs(T0),
    attempts: 0,
    confirmedTerm: null,
    notBeforeMs: null,
    configVersion: null,
    replaced: null,
    acked: [],
    reason: 'scale up',
    details: [],
    result: null,
    createdAtMs: epochMs(T0),
    updatedAtMs: epochMs(T0),
  };
}

void test('a running step whose report was lost is asked about, and the run goes on from the answer', async () => {
  const h = repairHarness();
  await requestRun(h.loop, null);
  h.clock.advance(5_000);
  await h.loop.wake();
  assert.equal(h.sent.length, 1, 'no question before queryEveryMs');
  h.clock.advance(6_000);
  await h.loop.wake();
  assert.equal(h.sent.at(-1)?.request.query?.request_id, 'repair.run-1.node-0.1');
  h.clock.advance(1_000);
  await h.loop.wake();
  assert.equal(h.sent.length, 2, 'asked once per queryEveryMs');
  await h.report('repair.run-1.node-0.1', State.SUCCEEDED, { steps_done: 2 });
  assert.equal(lastRepair(h).request.request_id, 'repair.run-1.node-1.1');
});

void test('a node past its timeout has its repair aborted on the executor, then is retried', async () => {
  const h = repairHarness({ config: { nodeTimeoutMinutes: 1, retryBackoffMinutes: 0 } });
  await requestRun(h.loop, null);
  h.clock.advance(60_000);
  await h.loop.wake();
  const aborts = h.sent.filter((s) => s.request.abort);
  assert.deepEqual(
    aborts.map((s) => s.request.abort?.request_id),
    ['repair.run-1.node-0.1'],
  );
  assert.equal(lastRepair(h).request.request_id, 'repair.run-1.node-0.2', 'retried at once');
  assert.match(h.loop.run?.value.steps[0]?.lastError ?? '', /node-0 timed out after 1 min/);
  // The aborted attempt's late report changes nothing.
  await h.report('repair.run-1.node-0.1', State.ABORTED, { message: 'aborted' });
  const step = h.loop.run?.value.steps[0];
  assert.ok(step);
  assert.deepEqual([step.status, step.attempts], ['running', 2]);
});

void test('outside the window a run waits at the node boundary and goes on when it opens', async () => {
  const h = repairHarness({ config: { window: '02:00-03:00' } });
  await requestRun(h.loop, null);
  assert.equal(h.repairs().length, 0, 'T0 is 01:59:30 UTC, before the window');
  assert.match(h.loop.reason, /outside window 02:00-03:00 \(UTC\), next opens at 2026-03-01 02:00/);
  h.clock.advance(30_000);
  await h.loop.wake();
  assert.equal(lastRepair(h).request.request_id, 'repair.run-1.node-0.1');
});
