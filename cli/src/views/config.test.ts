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

void test('renderDiff: a refused proposal lists each key and reason', () => {
  assert.equal(
    renderDiff(INVALID_DIFF),
    [
      'the proposed config is refused; nothing would change:',
      '  cassandra.dc: cannot change after deploy (dc1 -> dc2)',
      '  node.diskMb: a volume cannot shrink (102400 -> 51200)',
    ].join('\n'),
  );
});

const empty = { changes: [], restarts: [], nextRestart: [], scale: null, notes: [] };

void test('renderDiff: no changes, and changes that restart no node, say so', () => {
  assert.equal(
    renderDiff({ ok: true, diff: empty }),
    'no changes: the proposed config is what the ring has',
  );
  const change = { key: 'executor.command', from: 'a', to: 'b', effect: 'next-restart' as const };
  assert.equal(
    renderDiff({
      ok: true,
      diff: { ...empty, changes: [change], nextRestart: ['executor.command'] },
    }),
    [
      'KEY               FROM  TO  EFFECT',
      'executor.command  a     b   next-restart',
      '',
      'no node would restart',
      '',
      "at each node's next restart only:",
      '  executor.command',
    ].join('\n'),
  );
});

void test('renderDiff: a scale-up names the nodes it adds, and notes follow', () => {
  const change = { key: 'ring.nodeCount', from: '3', to: '4', effect: 'scale' as const };
  const scale = { from: 3, to: 4, add: ['node-3'], remove: [] };
  const out = renderDiff({
    ok: true,
    diff: {
      ...empty,
      changes: [change],
      scale,
      notes: ['cleanup of the old nodes is offered, not run'],
    },
  });
  assert.match(
    out,
    /\n\nscale: 3 -> 4 nodes \(adds node-3, one at a time\)\n\nnotes:\n {2}- cleanup/,
  );
  assert.ok(renderDiff(HEAP_DIFF).includes('  3. node-1 (seed): cassandra.heapMb 4096 -> 6144'));
});
