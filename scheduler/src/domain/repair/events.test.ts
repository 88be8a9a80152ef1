import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyRepairEvent, type RepairEvent } from './events.js';
import type { RepairRun, RepairStep } from './run.js';
import { later, run, succeeded, T0, trigger, withSteps } from './testing/builders.js';

const now = later(T0, 3);

function step(r: RepairRun, nodeId: string): RepairStep {
  const found = r.steps.find((s) => s.nodeId === nodeId);
  assert.ok(found, nodeId);
  return found;
}

function apply(r: RepairRun, event: RepairEvent) {
  return applyRepairEvent(r, event, now);
}

const report = (
  nodeId: string,
  state: 'running' | 'succeeded' | 'failed' | 'unknown',
  error: string | null = null,
): RepairEvent => ({
  type: 'stepReported',
  nodeId,
  term: 'term-2',
  state,
  results: state === 'succeeded' ? [succeeded('shop'), succeeded('users')] : [],
  error,
});

const running0 = withSteps(run(), {
  'node-0': { status: 'running', attempts: 1, startedAtMs: T0 },
});

void test('stepStarted records the attempt before the executor is asked', () => {
  const { run: r, note } = apply(run(), { type: 'stepStarted', nodeId: 'node-0', term: 'term-1' });
  assert.equal(note, undefined);
  assert.deepEqual(
    { ...step(r, 'node-0'), results: undefined },
    {
      nodeId: 'node-0',
      status: 'running',
      attempts: 1,
      startedAtMs: now,
      endedAtMs: null,
      reportedAtMs: null,
      confirmedTerm: 'term-1',
      lastError: null,
      results: undefined,
    },
  );
});

void test('stepStarted is refused while another node repairs (never two at once)', () => {
  const { run: r, note } = apply(running0, {
    type: 'stepStarted',
    nodeId: 'node-1',
    term: 'term-1',
  });
  assert.equal(r, running0);
  assert.match(note ?? '', /not starting node-1: node-0 is still repairing/);
});

void test('stepStarted is refused for a node already repaired (finished steps never repeat)', () => {
  const r0 = withSteps(run(), { 'node-0': { status: 'succeeded', attempts: 1 } });
  const { run: r, note } = apply(r0, { type: 'stepStarted', nodeId: 'node-0', term: 'term-1' });
  assert.equal(r, r0);
  assert.match(note ?? '', /already succeeded/);
});

void test('a success report finishes the step with per-keyspace results', () => {
  const s = step(apply(running0, report('node-0', 'succeeded')).run, 'node-0');
  assert.equal(s.status, 'succeeded');
  assert.equal(s.endedAtMs, now);
  assert.deepEqual(
    s.results.map((r) => [r.keyspace, r.status]),
    [
      ['shop', 'succeeded'],
      ['users', 'succeeded'],
    ],
  );
});

void test('a failure report ends the attempt and keeps the error', () => {
  const s = step(
    apply(running0, report('node-0', 'failed', 'Repair session failed')).run,
    'node-0',
  );
  assert.deepEqual(
    [s.status, s.attempts, s.lastError, s.endedAtMs],
    ['attemptFailed', 1, 'Repair session failed', now],
  );
});

void test('a running report notes that the executor answered, in the receiving term', () => {
  const s = step(apply(running0, report('node-0', 'running')).run, 'node-0');
  assert.deepEqual([s.status, s.reportedAtMs, s.confirmedTerm], ['running', now, 'term-2']);
});

void test('an executor that never got the request: the attempt did not happen', () => {
  const s = step(apply(running0, report('node-0', 'unknown')).run, 'node-0');
  assert.deepEqual([s.status, s.attempts], ['pending', 0]);
});

void test('a late report for a step no longer running is stale and changes nothing', () => {
  const r0 = withSteps(run(), { 'node-0': { status: 'succeeded', attempts: 1 } });
  const { run: r, note } = apply(r0, report('node-0', 'failed', 'old'));
  assert.equal(r, r0);
  assert.match(note ?? '', /stale report for node-0: its step is succeeded/);
});

void test('a report for a node the run does not have is noted', () => {
  const { note } = apply(running0, report('node-9', 'succeeded'));
  assert.match(note ?? '', /no step for node-9/);
});

void test('a cancelled running attempt fails without counting twice', () => {
  const s = step(
    apply(running0, { type: 'attemptFailed', nodeId: 'node-0', error: 'timed out' }).run,
    'node-0',
  );
  assert.deepEqual([s.status, s.attempts, s.lastError], ['attemptFailed', 1, 'timed out']);
});

void test('a node that was not Up counts an attempt it never started', () => {
  const s = step(
    apply(run(), { type: 'attemptFailed', nodeId: 'node-0', error: 'not Up' }).run,
    'node-0',
  );
  assert.deepEqual([s.status, s.attempts], ['attemptFailed', 1]);
});

void test('mark-failed ends the step for good', () => {
  const s = step(
    apply(run(), { type: 'stepMarkedFailed', nodeId: 'node-0', reason: 'gave up' }).run,
    'node-0',
  );
  assert.deepEqual([s.status, s.lastError], ['failed', 'gave up']);
});

const goals: { from: RepairRun['goal']; to: RepairRun['goal']; ok: boolean }[] = [
  { from: 'run', to: 'pause', ok: true },
  { from: 'pause', to: 'run', ok: true },
  { from: 'pause', to: 'abort', ok: true },
  { from: 'abort', to: 'abortNow', ok: true },
  { from: 'abort', to: 'run', ok: false },
  { from: 'abort', to: 'pause', ok: false },
  { from: 'abortNow', to: 'abort', ok: false },
];

for (const g of goals) {
  void test(`goal ${g.from} -> ${g.to} is ${g.ok ? 'allowed' : 'refused'}`, () => {
    const { run: r, note } = apply(run(undefined, { goal: g.from }), {
      type: 'goalChanged',
      goal: g.to,
    });
    assert.equal(r.goal, g.ok ? g.to : g.from);
    assert.equal(note === undefined, g.ok);
  });
}

void test('a skipped trigger is recorded on the run', () => {
  const t = trigger('schedule', later(T0, 60));
  const { run: r } = apply(running0, {
    type: 'triggerSkipped',
    trigger: t,
    reason: 'run r1 is still going',
  });
  assert.deepEqual(r.skippedTriggers, [
    { type: 'triggerSkipped', trigger: t, reason: 'run r1 is still going' },
  ]);
});

void test('a run cannot finish while a node repairs', () => {
  const { run: r, note } = apply(running0, { type: 'runFinished', result: 'aborted' });
  assert.equal(r.result, null);
  assert.match(note ?? '', /node-0 is still repairing/);
});

void test('a finished run records its result and end, and takes no further events', () => {
  const { run: r } = apply(run(), { type: 'runFinished', result: 'succeeded' });
  assert.deepEqual([r.result, r.endedAtMs], ['succeeded', now]);
  const after = apply(r, { type: 'stepStarted', nodeId: 'node-0', term: 'term-1' });
  assert.equal(after.run, r);
  assert.match(after.note ?? '', /already succeeded/);
});

void test('stepsReplanned: an unstarted run takes the ring as it is now; a started one keeps its steps', () => {
  const nodeIds = ['node-0', 'node-1', 'node-2', 'node-3'];
  const { run: grown, note } = apply(run(), { type: 'stepsReplanned', nodeIds });
  assert.equal(note, undefined);
  assert.deepEqual(
    grown.steps.map((s) => [s.nodeId, s.status, s.attempts]),
    nodeIds.map((n) => [n, 'pending', 0]),
  );
  const kept = apply(running0, { type: 'stepsReplanned', nodeIds });
  assert.equal(kept.run, running0);
  assert.match(kept.note ?? '', /has started a node; its steps stay/);
  const failedFirst = withSteps(run(), { 'node-0': { status: 'failed' } });
  assert.equal(apply(failedFirst, { type: 'stepsReplanned', nodeIds }).run, failedFirst);
});
