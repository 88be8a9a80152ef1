import assert from 'node:assert/strict';
import { test } from 'node:test';
import { waitFor, WaitTimeoutError } from './wait-for.js';

void test('returns the first truthy value the predicate gives', async () => {
  let calls = 0;
  const value = await waitFor(() => (++calls >= 3 ? { ready: calls } : undefined), {
    timeoutMs: 2_000,
    intervalMs: 1,
    what: 'the third call',
  });
  assert.deepEqual(value, { ready: 3 });
});

void test('a timeout names what was awaited and the last error the predicate threw', async () => {
  await assert.rejects(
    waitFor(
      () => {
        throw new Error('connection refused');
      },
      { timeoutMs: 30, intervalMs: 5, what: 'Cassandra on 127.0.2.1 to be NORMAL' },
    ),
    (error: unknown) => {
      assert.ok(error instanceof WaitTimeoutError);
      assert.equal(error.code, 'WAIT_TIMEOUT');
      assert.match(error.message, /waiting for Cassandra on 127\.0\.2\.1 to be NORMAL/);
      assert.match(error.message, /connection refused/);
      return true;
    },
  );
});

void test('an abort ends the wait at once with its reason', async () => {
  const controller = new AbortController();
  const startedAt = performance.now();
  const waiting = waitFor(() => false, {
    timeoutMs: 60_000,
    intervalMs: 10_000,
    what: 'never',
    signal: controller.signal,
  });
  controller.abort(new Error('the process exited'));
  await assert.rejects(waiting, /the process exited/);
  assert.ok(performance.now() - startedAt < 1_000);
});
