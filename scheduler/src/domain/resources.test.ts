import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  isReservedFor,
  isUnreserved,
  mergeRanges,
  portsAsRanges,
  rangesContain,
  rangesCover,
  rangesOf,
  reservationOf,
  scalarMilli,
  scalarResource,
  subtractRanges,
  type Range,
} from './resources.js';
import { RESERVATION_DYNAMIC, VALUE_RANGES, VALUE_SCALAR, type Resource } from './wire.js';

const refined: Resource = {
  name: 'cpus',
  type: VALUE_SCALAR,
  scalar: { value: 0.5 },
  allocation_info: { role: 'cassandra' },
  reservations: [
    {
      type: RESERVATION_DYNAMIC,
      role: 'cassandra',
      principal: 'p',
      labels: { labels: [{ key: 'cmf_node', value: 'node-0' }] },
    },
  ],
};
const legacy: Resource = {
  name: 'cpus',
  type: VALUE_SCALAR,
  scalar: { value: 0.5 },
  role: 'cassandra',
  reservation: { principal: 'p', labels: { labels: [{ key: 'cmf_node', value: 'node-0' }] } },
};
const staticReserved: Resource = {
  name: 'cpus',
  type: VALUE_SCALAR,
  scalar: { value: 1 },
  role: 'cassandra',
};
const unreserved: Resource = { name: 'cpus', type: VALUE_SCALAR, scalar: { value: 1 }, role: '*' };
const unreservedNoRole: Resource = { name: 'cpus', type: VALUE_SCALAR, scalar: { value: 1 } };

void test('a reservation reads the same from the refined stack and the legacy role + reservation', () => {
  const want = { role: 'cassandra', principal: 'p', labels: { cmf_node: 'node-0' } };
  assert.deepEqual(reservationOf(refined), want);
  assert.deepEqual(reservationOf(legacy), want);
  assert.deepEqual(reservationOf(staticReserved), {
    role: 'cassandra',
    principal: null,
    labels: {},
  });
});

void test('role "*" or no role and no stack is unreserved', () => {
  assert.ok(isUnreserved(unreserved));
  assert.ok(isUnreserved(unreservedNoRole));
  assert.ok(!isUnreserved(refined));
  assert.ok(!isUnreserved(legacy));
});

void test('isReservedFor checks role and every given label', () => {
  assert.ok(isReservedFor(refined, 'cassandra', { cmf_node: 'node-0' }));
  assert.ok(isReservedFor(legacy, 'cassandra', {}));
  assert.ok(!isReservedFor(legacy, 'cassandra', { cmf_node: 'node-1' }));
  assert.ok(!isReservedFor(refined, 'other', {}));
  assert.ok(!isReservedFor(unreserved, 'cassandra', {}));
});

void test('scalars add in thousandths, as Mesos keeps them (0.1 + 0.2 is exactly 0.3)', () => {
  const rs = [scalarResource('cpus', 0.1), scalarResource('cpus', 0.2), scalarResource('mem', 5)];
  assert.equal(scalarMilli(rs, 'cpus'), 300);
  assert.equal(scalarMilli(rs, 'mem'), 5000);
  assert.equal(scalarResource('cpus', 0.12345).scalar?.value, 0.123);
});

void test('ranges: merge, contain, cover and subtract', () => {
  assert.deepEqual(
    mergeRanges([
      [5, 6],
      [1, 2],
      [3, 3],
      [10, 12],
    ]),
    [
      [1, 3],
      [5, 6],
      [10, 12],
    ],
  );
  assert.ok(rangesContain([[7000, 7001]], 7001));
  assert.ok(!rangesContain([[7000, 7001]], 7002));
  assert.ok(
    rangesCover(
      [
        [7000, 7001],
        [7002, 9000],
      ],
      [[7001, 8000]],
    ),
  );
  assert.deepEqual(
    subtractRanges(
      [[1, 10]],
      [
        [3, 4],
        [10, 10],
      ],
    ),
    [
      [1, 2],
      [5, 9],
    ],
  );
  assert.deepEqual(portsAsRanges([9042, 7000, 7000, 7001]), [
    [7000, 7001],
    [9042, 9042],
  ]);
});

void test('rangesOf reads ports of the resources a filter admits', () => {
  const ports: Resource[] = [
    {
      name: 'ports',
      type: VALUE_RANGES,
      ranges: { range: [{ begin: 31000, end: 32000 }] },
    },
    {
      ...refined,
      name: 'ports',
      type: VALUE_RANGES,
      scalar: null,
      ranges: { range: [{ begin: 7000, end: 7000 }] },
    },
  ];
  assert.deepEqual(rangesOf(ports, 'ports', isUnreserved), [[31000, 32000]]);
  assert.deepEqual(rangesOf(ports, 'ports'), [
    [7000, 7000],
    [31000, 32000],
  ]);
});

const range = fc
  .tuple(fc.integer({ min: 0, max: 500 }), fc.integer({ min: 0, max: 20 }))
  .map(([b, len]): Range => [b, b + len]);
const ranges = fc.array(range, { maxLength: 8 });
const valuesOf = (rs: readonly Range[]): Set<number> => {
  const out = new Set<number>();
  for (const [b, e] of rs) for (let v = b; v <= e; v++) out.add(v);
  return out;
};

void test('property: subtractRanges removes exactly the taken values', () => {
  fc.assert(
    fc.property(ranges, ranges, (from, take) => {
      const left = valuesOf(subtractRanges(from, take));
      const want = new Set([...valuesOf(from)].filter((v) => !valuesOf(take).has(v)));
      assert.deepEqual(left, want);
    }),
  );
});

void test('property: mergeRanges keeps the values and leaves sorted, disjoint, non-adjacent ranges', () => {
  fc.assert(
    fc.property(ranges, (rs) => {
      const merged = mergeRanges(rs);
      assert.deepEqual(valuesOf(merged), valuesOf(rs));
      for (let i = 1; i < merged.length; i++) {
        assert.ok((merged[i]?.[0] ?? 0) > (merged[i - 1]?.[1] ?? 0) + 1);
      }
    }),
  );
});
