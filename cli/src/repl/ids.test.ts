import assert from 'node:assert/strict';
import { test } from 'node:test';
import { IdCache, type IdKind } from './ids.js';

void test('ids are fetched once per kind within the time to live, then again', async () => {
  let now = 0;
  const calls: IdKind[] = [];
  const cache = new IdCache(
    (kind) => {
      calls.push(kind);
      return Promise.resolve(kind === 'node' ? [`node-${calls.length}`] : ['r-1']);
    },
    () => now,
    5000,
  );
  assert.deepEqual(await cache.get('node'), ['node-1']);
  now = 4999;
  assert.deepEqual(await cache.get('node'), ['node-1']);
  assert.deepEqual(await cache.get('repair'), ['r-1']);
  now = 5000;
  assert.deepEqual(await cache.get('node'), ['node-3']);
  assert.deepEqual(calls, ['node', 'repair', 'node']);
});

void test('a failed fetch completes nothing, and is not retried at once', async () => {
  let calls = 0;
  const cache = new IdCache(
    () => {
      calls++;
      return Promise.reject(new Error('connection refused'));
    },
    () => 0,
  );
  assert.deepEqual(await cache.get('node'), []);
  assert.deepEqual(await cache.get('node'), []);
  assert.equal(calls, 1);
});
