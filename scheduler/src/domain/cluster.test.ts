import { test } from 'node:test';
import assert from 'node:assert/strict';
import { effectiveSeedCount } from './cluster.js';

void test('the seed count never exceeds the node count', () => {
  assert.equal(effectiveSeedCount({ seedCount: 3, nodeCount: 1 }), 1);
  assert.equal(effectiveSeedCount({ seedCount: 2, nodeCount: 5 }), 2);
});
