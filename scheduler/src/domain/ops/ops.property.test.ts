import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { simulate, type Disturbance } from './testing/world.js';

const disturbance: fc.Arbitrary<Disturbance> = fc.oneof(
  fc.record({ kind: fc.constant('crash' as const), node: fc.nat(9) }),
  fc.record({ kind: fc.constant('loseAgent' as const), node: fc.nat(9) }),
  fc.constant({ kind: 'agentBack' as const }),
  fc.constant({ kind: 'failover' as const }),
  fc.record({ kind: fc.constant('scale' as const), count: fc.integer({ min: 3, max: 6 }) }),
  fc.constant({ kind: 'change' as const }),
  fc.constant({ kind: 'wait' as const }),
);
const quiet = fc.constant(undefined);
/** Disturbances with quiet turns between them, as a ring sees them. */
const script = fc
  .array(fc.oneof({ weight: 1, arbitrary: disturbance }, { weight: 3, arbitrary: quiet }), {
    maxLength: 60,
  })
  .map((xs) => xs.filter((x): x is Disturbance => x !== undefined));

void test('property: never two items running, never a node down while another is not UN, never below the largest RF, and the ring settles', () => {
  fc.assert(
    fc.property(fc.integer({ min: 3, max: 5 }), script, (count, disturbances) => {
      const trace = simulate(count, disturbances);
      assert.deepEqual(trace.violations, []);
      assert.ok(
        trace.settled,
        `not settled: ${JSON.stringify(trace.final.ops.items.filter((i) => i.state === 'queued' || i.state === 'running'))}`,
      );
    }),
    { numRuns: 300 },
  );
});

void test('property: a scale-down cancelled by raising the count leaves no node half-decommissioned', () => {
  fc.assert(
    fc.property(
      fc.integer({ min: 4, max: 6 }),
      fc.integer({ min: 3, max: 5 }),
      fc.nat(6),
      fc.array(fc.constantFrom<Disturbance>({ kind: 'failover' }, { kind: 'wait' }), {
        maxLength: 3,
      }),
      (from, to, quietTurns, extra) => {
        const midway: Disturbance[] = Array.from({ length: quietTurns }, () => ({
          kind: 'wait' as const,
        }));
        const trace = simulate(from, [
          { kind: 'scale', count: Math.min(to, from - 1) },
          ...extra,
          ...midway,
          { kind: 'scale', count: from },
        ]);
        assert.deepEqual(trace.violations, []);
        assert.ok(trace.settled);
        const { nodes } = trace.final;
        assert.equal(nodes.length, from);
        assert.ok(
          nodes.every(
            (n) => n.goal === 'Running' && n.phase === 'Up' && n.health?.operationMode === 'NORMAL',
          ),
        );
      },
    ),
    { numRuns: 100 },
  );
});

void test('property: a rolling change restarts each node exactly once, seeds last', () => {
  fc.assert(
    fc.property(
      fc.integer({ min: 3, max: 6 }),
      fc.array(fc.constantFrom<Disturbance>({ kind: 'failover' }, { kind: 'wait' }), {
        maxLength: 6,
      }),
      (count, noise) => {
        const trace = simulate(count, [{ kind: 'change' }, ...noise]);
        assert.deepEqual(trace.violations, []);
        assert.ok(trace.settled);
        const drained = trace.drains.map(([id]) => id);
        assert.deepEqual(
          [...drained].sort(),
          trace.final.nodes.map((n) => n.nodeId).sort(),
          'each node once',
        );
        const firstSeed = trace.drains.findIndex(([, seed]) => seed);
        assert.ok(
          trace.drains.slice(firstSeed).every(([, seed]) => seed),
          `seeds last: ${JSON.stringify(trace.drains)}`,
        );
        assert.ok(
          trace.final.nodes.every((n) => n.configVersion === trace.final.spec.configVersion),
        );
      },
    ),
    { numRuns: 100 },
  );
});
