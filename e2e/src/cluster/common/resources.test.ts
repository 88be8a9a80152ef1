import assert from 'node:assert/strict';
import { test } from 'node:test';
import { mesos } from '@cmf/proto';
import { DYNAMIC, toPostRefinement, toPreRefinement } from './reservations.js';
import { formatRanges, parseAttributeText, parseResourceText } from './resource-text.js';
import {
  containsResources,
  rangesResource,
  scalarResource,
  scalarTotal,
  subtractResources,
  sumResources,
  type Resource,
} from './resources.js';

const cpus = (v: number): Resource => scalarResource('cpus', v);
const ports = (...r: [number, number][]): Resource => rangesResource('ports', r);
const reserved = (r: Resource, role = 'cassandra'): Resource => ({
  ...r,
  reservations: [{ type: DYNAMIC, role, principal: 'p' }],
});
const volume = (id: string, mb: number): Resource => ({
  ...reserved(scalarResource('disk', mb)),
  disk: {
    persistence: { id, principal: 'p' },
    volume: { container_path: 'data', mode: mesos.v1.Volume.Mode.RW },
  },
});

void test('scalars add with three-decimal fixed point', () => {
  assert.deepEqual(sumResources([cpus(0.1), cpus(0.2)]), [cpus(0.3)]);
});

void test('ranges merge when adjacent or overlapping', () => {
  assert.deepEqual(sumResources([ports([1, 2], [5, 6]), ports([3, 4])]), [ports([1, 6])]);
});

void test('resources reserved for a role stay apart from unreserved ones', () => {
  assert.equal(sumResources([cpus(1), reserved(cpus(1))]).length, 2);
});

void test('two volumes never merge, even with the same size', () => {
  assert.equal(sumResources([volume('a', 10), volume('b', 10)]).length, 2);
});

const containCases: { name: string; outer: Resource[]; inner: Resource[]; want: boolean }[] = [
  { name: 'less cpu than offered', outer: [cpus(2)], inner: [cpus(0.5)], want: true },
  { name: 'more cpu than offered', outer: [cpus(2)], inner: [cpus(2.001)], want: false },
  { name: 'exactly what is offered', outer: [cpus(2)], inner: [cpus(2)], want: true },
  {
    name: 'ports inside the ranges',
    outer: [ports([31000, 32000])],
    inner: [ports([31000, 31001])],
    want: true,
  },
  {
    name: 'ports outside the ranges',
    outer: [ports([31000, 32000])],
    inner: [ports([9042, 9042])],
    want: false,
  },
  {
    name: 'ports spanning two offered ranges',
    outer: [ports([1, 2], [4, 5])],
    inner: [ports([2, 4])],
    want: false,
  },
  {
    name: 'reserved cpu from unreserved offer',
    outer: [cpus(2)],
    inner: [reserved(cpus(1))],
    want: false,
  },
  {
    name: 'unreserved cpu from reserved offer',
    outer: [reserved(cpus(2))],
    inner: [cpus(1)],
    want: false,
  },
  { name: 'the whole volume', outer: [volume('a', 10)], inner: [volume('a', 10)], want: true },
  { name: 'part of a volume', outer: [volume('a', 10)], inner: [volume('a', 5)], want: false },
  { name: 'a volume not offered', outer: [volume('a', 10)], inner: [volume('b', 10)], want: false },
  {
    name: 'the same cpu twice in the inner list',
    outer: [cpus(1)],
    inner: [cpus(0.6), cpus(0.6)],
    want: false,
  },
  { name: 'nothing', outer: [cpus(1)], inner: [], want: true },
];
for (const c of containCases) {
  void test(`contains: ${c.name}`, () => {
    assert.equal(containsResources(c.outer, c.inner), c.want);
  });
}

void test('subtraction splits ranges and drops what reaches zero', () => {
  assert.deepEqual(subtractResources([cpus(1), ports([1, 10])], [cpus(1), ports([4, 5])]), [
    ports([1, 3], [6, 10]),
  ]);
});

void test('subtracting a volume removes it whole', () => {
  assert.deepEqual(subtractResources([volume('a', 10), volume('b', 10)], [volume('a', 10)]), [
    volume('b', 10),
  ]);
});

void test('scalarTotal sums a name across reservations', () => {
  assert.equal(scalarTotal([cpus(1), reserved(cpus(0.5))], 'cpus'), 1.5);
});

void test('the old role + reservation form becomes a one-level DYNAMIC stack and back', () => {
  const old: Resource = { ...cpus(1), role: 'cassandra', reservation: { principal: 'p' } };
  const post = toPostRefinement(old);
  assert.deepEqual(post, {
    ...cpus(1),
    reservations: [{ type: DYNAMIC, role: 'cassandra', principal: 'p' }],
  });
  assert.deepEqual(toPreRefinement(post), {
    ...cpus(1),
    role: 'cassandra',
    reservation: { principal: 'p' },
  });
});

void test('a role without reservation info is a static reservation; * is unreserved', () => {
  assert.deepEqual(toPostRefinement({ ...cpus(1), role: 'r' }).reservations, [
    { type: 1, role: 'r' },
  ]);
  assert.deepEqual(toPostRefinement({ ...cpus(1), role: '*' }).reservations, []);
  assert.deepEqual(toPreRefinement(cpus(1)), { ...cpus(1), role: '*' });
});

void test('a refined (two-level) reservation has no old form', () => {
  const refined: Resource = {
    ...cpus(1),
    reservations: [
      { type: DYNAMIC, role: 'a' },
      { type: DYNAMIC, role: 'a/b' },
    ],
  };
  assert.equal(toPreRefinement(refined), null);
});

void test('parses the agent resources flag of the recorded cluster', () => {
  const got = parseResourceText(
    'cpus:2;mem:4096;disk:10000;ports:[7000-7001,7199-7199,8778-8778,9042-9042,31000-32000]',
  );
  assert.ok(got.ok);
  assert.equal(scalarTotal(got.value, 'mem'), 4096);
  const p = got.value.find((r) => r.name === 'ports');
  assert.equal(
    formatRanges(p?.ranges?.range ?? []),
    '[7000-7001, 7199-7199, 8778-8778, 9042-9042, 31000-32000]',
  );
});

void test('a role in the resource text is a static reservation; garbage is refused', () => {
  const got = parseResourceText('cpus(cassandra):1');
  assert.ok(got.ok);
  assert.deepEqual(got.value[0]?.reservations, [{ type: 1, role: 'cassandra' }]);
  assert.equal(parseResourceText('cpus:lots').ok, false);
  assert.equal(parseResourceText('ports:[1-x]').ok, false);
});

void test('attributes: text and scalar', () => {
  const got = parseAttributeText('rack:r1;weight:3');
  assert.ok(got.ok);
  assert.deepEqual(got.value, [
    { name: 'rack', type: 3, text: { value: 'r1' } },
    { name: 'weight', type: 0, scalar: { value: 3 } },
  ]);
});
