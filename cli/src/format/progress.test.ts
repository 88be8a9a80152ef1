import assert from 'node:assert/strict';
import { test } from 'node:test';
import { progressBar } from './progress.js';

const cases: [number, number, number, string][] = [
  [0, 4, 8, '[........] 0/4'],
  [1, 4, 8, '[##......] 1/4'],
  [2, 3, 9, '[######...] 2/3'],
  [4, 4, 8, '[########] 4/4'],
  [0, 0, 4, '[....] 0/0'],
  [7, 4, 4, '[####] 4/4'],
  [-1, 4, 4, '[....] 0/4'],
];

for (const [done, total, width, expected] of cases) {
  void test(`progressBar(${done}, ${total}, ${width}) is ${expected}`, () => {
    assert.equal(progressBar(done, total, width), expected);
  });
}

void test('the default bar is 20 cells wide', () => {
  assert.equal(progressBar(1, 2), `[${'#'.repeat(10)}${'.'.repeat(10)}] 1/2`);
});
