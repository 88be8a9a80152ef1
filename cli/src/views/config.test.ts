import assert from 'node:assert/strict';
import { test } from 'node:test';
import { HEAP_DIFF, INVALID_DIFF } from '../testing/fixtures.js';
import { flattenConfig, renderDiff, showValue } from './config.js';

void test('flattenConfig: nested keys become dotted, sorted; empty objects and lists stay values', () => {
  assert.deepEqual(
    flattenConfig({
      ring: { nodeCount: 3, name: 'r1' },
      extraJvmOpts: ['-Xss1m'],
      yamlOverrides: {},
      heapMb: 0,
    }),
    [
      ['extraJvmOpts', '["-Xss1m"]'],
      ['heapMb', '0'],
      ['ring.name', 'r1'],
      ['ring.nodeCount', '3'],
      ['yamlOverrides', '{}'],
    ],
  );
});

const values: [unknown, string][] = [
  [null, '-'],
  [undefined, '-'],
  ['', '""'],
  ['G1', 'G1'],
  [4096, '4096'],
  [true, 'true'],
  [{ a: 1 }, '{"a":1}'],
];

for (const [value, expected] of values) {
  void test(`showValue(${typeof value}: ${String(value)}) is ${expected}`, () => {
    assert.equal(showValue(value), expected);
  });
}

void test('renderDiff: an invalid proposal lists each key and reason', () => {
  assert.equal(
    renderDiff(INVALID_DIFF),
    [
      'the proposed config is invalid:',
      '  cassandra.dc: cannot change after deploy ("dc1" -> "dc2")',
      "  CASSANDRA_NODE_COUNT: 'three' is not a whole number",
    ].join('\n'),
  );
});

void test('renderDiff: no changes, and changes that restart no node, say so', () => {
  assert.equal(
    renderDiff({ valid: true, errors: [], changes: [], restarts: [] }),
    'no changes: the proposed config is what the ring has',
  );
  const display = { key: 'mesos.frameworkName', from: 'a', to: 'b', effect: 'none' };
  assert.match(
    renderDiff({ ...HEAP_DIFF, changes: [display], restarts: [] }),
    /\n\nno node would restart$/,
  );
});
