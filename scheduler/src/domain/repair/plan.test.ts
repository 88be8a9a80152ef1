import assert from 'node:assert/strict';
import { test } from 'node:test';
import { resolveKeyspaces } from './keyspaces.js';
import { keyspacesLeft, planRepairRun, resumeStep, runStatus } from './run.js';
import { run, succeeded, T0, trigger, withSteps } from './testing/builders.js';

const existing = ['system', 'system_auth', 'system_schema', 'system_distributed', 'users', 'shop'];

void test('by default every non-system keyspace the ring has, sorted', () => {
  assert.deepEqual(resolveKeyspaces({ include: [], exclude: [] }, existing), {
    keyspaces: ['shop', 'users'],
    unknown: [],
  });
});

void test('excluded keyspaces are left out', () => {
  const got = resolveKeyspaces({ include: [], exclude: ['users'] }, existing);
  assert.deepEqual(got.keyspaces, ['shop']);
});

void test('a named replicated system keyspace is repaired', () => {
  const got = resolveKeyspaces({ include: ['system_auth', 'shop'], exclude: [] }, existing);
  assert.deepEqual(got.keyspaces, ['shop', 'system_auth']);
});

void test('a named keyspace the ring does not have is reported as unknown, not dropped silently', () => {
  const got = resolveKeyspaces({ include: ['shop', 'gone'], exclude: [] }, existing);
  assert.deepEqual(got, { keyspaces: ['shop'], unknown: ['gone'] });
});

void test('planRepairRun lays out one pending step per node in ring order', () => {
  const r = planRepairRun(
    {
      runId: 'r7',
      trigger: trigger('manual'),
      nodeIds: ['node-0', 'node-1', 'node-2', 'node-1'],
      keyspaces: ['users', 'shop'],
      unknownKeyspaces: ['gone'],
      type: 'full',
      primaryRange: true,
    },
    T0,
  );
  assert.deepEqual(
    r.steps.map((s) => [s.nodeId, s.status, s.attempts]),
    [
      ['node-0', 'pending', 0],
      ['node-1', 'pending', 0],
      ['node-2', 'pending', 0],
    ],
  );
  assert.deepEqual([r.keyspaces, r.unknownKeyspaces], [['shop', 'users'], ['gone']]);
  assert.deepEqual([r.goal, r.result, r.createdAtMs], ['run', null, T0]);
  assert.equal(runStatus(r), 'running');
});

void test('with no keyspace to repair a run has no steps', () => {
  const r = planRepairRun(
    {
      runId: 'r8',
      trigger: trigger(),
      nodeIds: ['node-0'],
      keyspaces: [],
      unknownKeyspaces: ['gone'],
      type: 'full',
      primaryRange: true,
    },
    T0,
  );
  assert.deepEqual(r.steps, []);
});

void test('the resume point is the first step not finished, skipping failed ones', () => {
  const r = withSteps(run(), { 'node-0': { status: 'failed' }, 'node-1': { status: 'running' } });
  assert.equal(resumeStep(r)?.nodeId, 'node-1');
});

void test('a retry repeats only the keyspaces not yet repaired on that node', () => {
  const r = withSteps(run(), { 'node-0': { results: [succeeded('shop')] } });
  assert.deepEqual(keyspacesLeft(r, r.steps[0] ?? assert.fail()), ['users']);
});

const statuses: [Parameters<typeof withSteps>[1], 'run' | 'pause' | 'abort', string][] = [
  [{ 'node-0': { status: 'running' } }, 'pause', 'pausing'],
  [{}, 'pause', 'paused'],
  [{}, 'abort', 'aborting'],
];

for (const [steps, goal, want] of statuses) {
  void test(`a run with goal ${goal} is ${want}`, () => {
    assert.equal(runStatus({ ...withSteps(run(), steps), goal }), want);
  });
}
