import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { EpochMs } from '../time.js';
import { nextRepairDecision, type RepairDecision, type RepairSituation } from './decide.js';
import {
  at,
  later,
  MINUTE,
  ring,
  run,
  situation,
  succeeded,
  T0,
  TERM,
  TEST_CONFIG,
  trigger,
  withSteps,
} from './testing/builders.js';

interface Case {
  readonly name: string;
  readonly situation: RepairSituation;
  readonly now?: EpochMs;
  /** The fields of the decision the case is about. */
  readonly want: Partial<RepairDecision> & { kind: RepairDecision['kind'] };
  readonly reason?: RegExp;
}

const running = (nodeId: string, startedAtMs = T0, attempts = 1) => ({
  [nodeId]: { status: 'running' as const, attempts, startedAtMs, confirmedTerm: TERM },
});
const done = { 'node-0': { status: 'succeeded' as const, attempts: 1 } };

const cases: Case[] = [
  {
    name: 'with no run and no trigger there is nothing to do',
    situation: situation(),
    want: { kind: 'idle' },
  },
  {
    name: 'a schedule trigger with no run starts one',
    situation: situation({ trigger: trigger('schedule') }),
    want: { kind: 'start-run', trigger: trigger('schedule') },
    reason: /schedule trigger of 2024-05-01 12:00 UTC starts a run/,
  },
  {
    name: 'a finished run does not block a new trigger',
    situation: situation({
      trigger: trigger('manual'),
      run: run(undefined, { result: 'succeeded' }),
    }),
    want: { kind: 'start-run' },
  },
  {
    name: 'a schedule trigger while a run is still going is skipped, saying where the run is',
    situation: situation({
      trigger: trigger('schedule'),
      run: withSteps(run(), { ...done, ...running('node-1') }),
    }),
    want: { kind: 'skip-trigger', trigger: trigger('schedule') },
    reason: /skipped: run r1 is still going \(at node-1\)/,
  },
  {
    name: 'a trigger while a run is paused is skipped too',
    situation: situation({ trigger: trigger('manual'), run: run(undefined, { goal: 'pause' }) }),
    want: { kind: 'skip-trigger' },
  },
  {
    name: 'a new run starts its first node in ring order with every keyspace',
    situation: situation({ run: run() }),
    want: {
      kind: 'start-node',
      nodeId: 'node-0',
      keyspaces: ['shop', 'users'],
      attempt: 1,
      deadlineMs: later(T0, 240),
    },
    reason: /repair node-0 \(node 1 of 3, attempt 1\): shop, users/,
  },
  {
    name: 'after failover the run resumes at the first node not recorded as finished',
    situation: situation({
      run: withSteps(run(), { ...done, 'node-1': { status: 'succeeded', attempts: 2 } }),
    }),
    want: { kind: 'start-node', nodeId: 'node-2' },
  },
  {
    name: 'a scale-up holding the serial queue makes the repair wait, and says so',
    situation: situation({ run: run(), queue: { operation: 'scale-up', nodeId: 'node-3' } }),
    want: { kind: 'wait', untilMs: null },
    reason: /^serial queue busy: scale-up of node-3 in progress$/,
  },
  {
    name: 'a rolling restart holding the queue without a node names only the operation',
    situation: situation({ run: run(), queue: { operation: 'rolling-restart', nodeId: null } }),
    want: { kind: 'wait' },
    reason: /^serial queue busy: rolling-restart in progress$/,
  },
  {
    name: 'outside the window the next node waits for the window to open',
    situation: situation({
      run: run(),
      config: {
        ...TEST_CONFIG,
        zone: 'Europe/Berlin',
        window: { startMinute: 1320, endMinute: 360 },
      },
    }),
    want: { kind: 'wait', untilMs: at('2024-05-01T20:00:00Z') },
    reason:
      /^outside window 22:00-06:00 \(Europe\/Berlin\), next opens at 2024-05-01 22:00 Europe\/Berlin$/,
  },
  {
    name: 'inside a window that wraps midnight, after midnight, the node starts',
    situation: situation({
      run: run(),
      config: { ...TEST_CONFIG, window: { startMinute: 1320, endMinute: 360 } },
    }),
    now: at('2024-05-02T03:00:00Z'),
    want: { kind: 'start-node', nodeId: 'node-0' },
  },
  {
    name: 'a running step is waited on until its deadline',
    situation: situation({ run: withSteps(run(), running('node-0')) }),
    now: later(T0, 10),
    want: { kind: 'wait', untilMs: later(T0, 240) },
    reason: /^node-0 is repairing \(attempt 1 of 3\); times out at 2024-05-01 16:00 UTC$/,
  },
  {
    name: 'a window closing while a node repairs does not stop that node',
    situation: situation({
      run: withSteps(run(), running('node-0')),
      config: { ...TEST_CONFIG, window: { startMinute: 600, endMinute: 725 } },
    }),
    now: later(T0, 10),
    want: { kind: 'wait' },
    reason: /node-0 is repairing/,
  },
  {
    name: 'a step started before this leader took over is asked about, not trusted',
    situation: situation({ run: withSteps(run(), running('node-0')), leaderTerm: 'term-2' }),
    now: later(T0, 6),
    want: { kind: 'query-step', nodeId: 'node-0' },
    reason: /was repairing before failover/,
  },
  {
    name: 'once the executor has answered the new leader, the step is waited on',
    situation: situation({
      run: withSteps(run(), {
        'node-0': { status: 'running', attempts: 1, startedAtMs: T0, confirmedTerm: 'term-2' },
      }),
      leaderTerm: 'term-2',
    }),
    now: later(T0, 7),
    want: { kind: 'wait' },
  },
  {
    name: 'a step past its per-node timeout is cancelled',
    situation: situation({ run: withSteps(run(), running('node-0')) }),
    now: later(T0, 240),
    want: { kind: 'cancel-step', nodeId: 'node-0' },
    reason: /^node-0 timed out after 240 min$/,
  },
  {
    name: 'abort-now cancels the running repair',
    situation: situation({ run: { ...withSteps(run(), running('node-0')), goal: 'abortNow' } }),
    want: { kind: 'cancel-step', nodeId: 'node-0' },
  },
  {
    name: 'abort lets the running node finish (node boundary)',
    situation: situation({ run: { ...withSteps(run(), running('node-0')), goal: 'abort' } }),
    now: later(T0, 1),
    want: { kind: 'wait' },
    reason: /node-0 is repairing/,
  },
  {
    name: 'abort at a node boundary finishes the run as aborted',
    situation: situation({ run: { ...withSteps(run(), done), goal: 'abort' } }),
    want: { kind: 'finish', result: 'aborted' },
    reason: /aborted by operator \(1 of 3 nodes repaired\)/,
  },
  {
    name: 'pause lets the running node finish',
    situation: situation({ run: { ...withSteps(run(), running('node-0')), goal: 'pause' } }),
    now: later(T0, 1),
    want: { kind: 'wait' },
    reason: /node-0 is repairing/,
  },
  {
    name: 'paused at a node boundary, the run waits and names where it resumes',
    situation: situation({ run: { ...withSteps(run(), done), goal: 'pause' } }),
    want: { kind: 'wait', untilMs: null },
    reason: /^paused by operator; resumes at node-1$/,
  },
  {
    name: 'a failed attempt waits out its backoff',
    situation: situation({
      run: withSteps(run(), {
        'node-0': {
          status: 'attemptFailed',
          attempts: 1,
          endedAtMs: T0,
          lastError: 'stream failed',
        },
      }),
    }),
    now: later(T0, 1),
    want: { kind: 'wait', untilMs: later(T0, 5) },
    reason: /^node-0 failed \(stream failed\); retry 2 of 3 at 2024-05-01 12:05 UTC$/,
  },
  {
    name: 'the backoff doubles after the second failure',
    situation: situation({
      run: withSteps(run(), {
        'node-0': { status: 'attemptFailed', attempts: 2, endedAtMs: T0, lastError: 'x' },
      }),
    }),
    want: { kind: 'wait', untilMs: later(T0, 10) },
  },
  {
    name: 'after the backoff the node is retried with only the keyspaces not yet repaired',
    situation: situation({
      run: withSteps(run(), {
        'node-0': {
          status: 'attemptFailed',
          attempts: 1,
          endedAtMs: T0,
          lastError: 'x',
          results: [succeeded('shop')],
        },
      }),
    }),
    now: later(T0, 5),
    want: { kind: 'retry', nodeId: 'node-0', keyspaces: ['users'], attempt: 2 },
  },
  {
    name: 'a node that failed every attempt is marked failed and the run goes on',
    situation: situation({
      run: withSteps(run(), {
        'node-0': { status: 'attemptFailed', attempts: 3, endedAtMs: T0, lastError: 'JMX refused' },
      }),
    }),
    want: { kind: 'mark-failed', nodeId: 'node-0' },
    reason: /^node-0 gave up after 3 attempts: JMX refused$/,
  },
  {
    name: 'a node that left the ring after the run started a node is marked failed',
    situation: situation({ run: withSteps(run(), done), ring: ring(['node-0', 'node-2']) }),
    want: { kind: 'mark-failed', nodeId: 'node-1' },
    reason: /no longer in the ring/,
  },
  {
    name: 'a run asked for during a scale-up, once the queue is free, takes the added node too',
    situation: situation({ run: run(), ring: ring(['node-0', 'node-1', 'node-2', 'node-3']) }),
    want: { kind: 'replan', nodeIds: ['node-0', 'node-1', 'node-2', 'node-3'] },
    reason:
      /^the ring changed before the run started a node: .* -> node-0, node-1, node-2, node-3$/,
  },
  {
    name: 'an unstarted run waits for the scale-up before it looks at the ring',
    situation: situation({
      run: run(),
      ring: ring(['node-0', 'node-1', 'node-2', 'node-3'], ['node-3']),
      queue: { operation: 'scale-up', nodeId: 'node-3' },
    }),
    want: { kind: 'wait', untilMs: null },
    reason: /^serial queue busy: scale-up of node-3 in progress$/,
  },
  {
    name: 'a run asked for during a scale-down drops the node that left before it starts',
    situation: situation({ run: run(), ring: ring(['node-0', 'node-1']) }),
    want: { kind: 'replan', nodeIds: ['node-0', 'node-1'] },
  },
  {
    name: 'once a node has started, a grown ring does not change the run',
    situation: situation({
      run: withSteps(run(), done),
      ring: ring(['node-0', 'node-1', 'node-2', 'node-3']),
    }),
    want: { kind: 'start-node', nodeId: 'node-1' },
  },
  {
    name: 'an unstarted run outside its window waits for the window, not the ring',
    situation: situation({
      run: run(),
      ring: ring(['node-0', 'node-1', 'node-2', 'node-3']),
      config: { ...TEST_CONFIG, window: { startMinute: 0, endMinute: 60 } },
    }),
    want: { kind: 'wait' },
    reason: /^outside window/,
  },
  {
    name: 'a node that is not Up counts as a failed attempt (so a dead node cannot stall the run)',
    situation: situation({ run: run(), ring: ring(['node-0', 'node-1', 'node-2'], ['node-0']) }),
    want: { kind: 'fail-attempt', nodeId: 'node-0' },
    reason: /^node-0 is not Up$/,
  },
  {
    name: 'every node repaired: the run succeeded',
    situation: situation({
      run: withSteps(run(), {
        'node-0': { status: 'succeeded' },
        'node-1': { status: 'succeeded' },
        'node-2': { status: 'succeeded' },
      }),
    }),
    want: { kind: 'finish', result: 'succeeded' },
    reason: /^3 of 3 nodes repaired$/,
  },
  {
    name: 'a failed node makes the finished run failed, and names it',
    situation: situation({
      run: withSteps(run(), {
        'node-0': { status: 'succeeded' },
        'node-1': { status: 'failed' },
        'node-2': { status: 'succeeded' },
      }),
    }),
    want: { kind: 'finish', result: 'failed' },
    reason: /^2 of 3 nodes repaired; failed: node-1$/,
  },
  {
    name: 'a run whose keyspaces were all missing finishes failed, not as a silent no-op',
    situation: situation({
      run: run([], { keyspaces: [], unknownKeyspaces: ['gone'] }),
    }),
    want: { kind: 'finish', result: 'failed' },
    reason: /keyspaces not in the ring: gone/,
  },
];

for (const c of cases) {
  void test(`nextRepairDecision: ${c.name}`, () => {
    const got = nextRepairDecision(c.situation, c.now ?? T0);
    const picked = Object.fromEntries(
      Object.keys(c.want).map((k) => [k, (got as unknown as Record<string, unknown>)[k]]),
    );
    assert.deepEqual(picked, c.want, `got ${JSON.stringify(got)}`);
    if (c.reason !== undefined) assert.match(got.reason, c.reason);
  });
}

void test('nextRepairDecision never starts a node while another step runs, whatever else holds', () => {
  const s = situation({
    run: withSteps(run(), running('node-0')),
    queue: { operation: 'bootstrap', nodeId: 'node-3' },
  });
  for (let minute = 0; minute < 240; minute += 7) {
    const got = nextRepairDecision(s, later(T0, minute));
    assert.ok(got.kind !== 'start-node' && got.kind !== 'retry', JSON.stringify(got));
  }
});

void test('the backoff is capped', () => {
  const s = situation({
    config: {
      ...TEST_CONFIG,
      retry: { maxAttempts: 10, backoffMs: 20 * MINUTE, maxBackoffMs: 60 * MINUTE },
    },
    run: withSteps(run(), {
      'node-0': { status: 'attemptFailed', attempts: 5, endedAtMs: T0, lastError: 'x' },
    }),
  });
  const got = nextRepairDecision(s, T0);
  assert.equal(got.kind, 'wait');
  assert.equal(got.untilMs, later(T0, 60));
});
