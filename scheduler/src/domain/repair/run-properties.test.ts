import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { run, TEST_CONFIG } from './testing/builders.js';
import { simulate, type Disturbance, type Outcome, type Scenario } from './testing/simulation.js';

const NODES = ['node-0', 'node-1', 'node-2', 'node-3', 'node-4'];

const outcome = fc.constantFrom<Outcome>('succeed', 'fail', 'hang', 'lost');
const disturbance = fc.constantFrom<Disturbance>(
  'pause',
  'resume',
  'abort',
  'abortNow',
  'failover',
  'queueOn',
  'queueOff',
  'nodeDown',
  'nodeUp',
  'trigger',
);

const scenario: fc.Arbitrary<Scenario> = fc
  .record({
    nodeCount: fc.integer({ min: 1, max: NODES.length }),
    maxAttempts: fc.integer({ min: 1, max: 3 }),
    window: fc.option(
      fc
        .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 1, max: 12 }))
        .map(([start, hours]) => ({
          startMinute: start * 60,
          endMinute: ((start + hours) % 24) * 60,
        })),
    ),
    zone: fc.constantFrom('UTC', 'Europe/Berlin'),
    // A leader that dies after every single start would never get anywhere: one real outcome at least.
    outcomes: fc
      .tuple(
        fc.constantFrom<Outcome>('succeed', 'fail', 'hang'),
        fc.array(outcome, { maxLength: 5 }),
      )
      .chain(([first, rest]) =>
        fc.shuffledSubarray([first, ...rest], { minLength: rest.length + 1 }),
      ),
    disturbances: fc.array(disturbance, { maxLength: 40 }),
  })
  .map((r) => ({
    run: run(NODES.slice(0, r.nodeCount)),
    config: {
      ...TEST_CONFIG,
      zone: r.zone,
      window: r.window,
      retry: { ...TEST_CONFIG.retry, maxAttempts: r.maxAttempts },
    },
    outcomes: r.outcomes,
    disturbances: r.disturbances,
  }));

void test('property: never two repairs at once, never while the serial queue is held, never a finished node again', () => {
  fc.assert(
    fc.property(scenario, (s) => {
      const trace = simulate(s);
      assert.deepEqual(trace.violations, []);
    }),
    { numRuns: 300 },
  );
});

void test('property: every run terminates, given successes, failures, hangs and failovers', () => {
  fc.assert(
    fc.property(scenario, (s) => {
      const trace = simulate(s);
      assert.notEqual(trace.finalRun.result, null, `still going after ${trace.turns} turns`);
    }),
    { numRuns: 300 },
  );
});

void test('property: a run succeeds exactly when every node succeeded and nobody aborted it', () => {
  fc.assert(
    fc.property(scenario, (s) => {
      const { finalRun } = simulate(s);
      const aborted = finalRun.goal === 'abort' || finalRun.goal === 'abortNow';
      const allRepaired = finalRun.steps.every((st) => st.status === 'succeeded');
      const want = aborted ? 'aborted' : allRepaired ? 'succeeded' : 'failed';
      assert.equal(finalRun.result, want);
    }),
    { numRuns: 300 },
  );
});

void test('property: with only successes, nodes are repaired once each, in ring order', () => {
  fc.assert(
    fc.property(
      scenario.map((s) => ({
        ...s,
        outcomes: ['succeed' as const],
        disturbances: s.disturbances.filter((d) => !d.startsWith('abort') && d !== 'nodeDown'),
      })),
      (s) => {
        const { finalRun, decisions } = simulate(s);
        assert.equal(finalRun.result, 'succeeded');
        const starts = decisions.filter((k) => k === 'start-node').length;
        assert.equal(starts, finalRun.steps.length);
        const ends = finalRun.steps.map((st) => st.endedAtMs ?? 0);
        assert.deepEqual(
          ends,
          [...ends].sort((a, b) => a - b),
        );
      },
    ),
    { numRuns: 200 },
  );
});
