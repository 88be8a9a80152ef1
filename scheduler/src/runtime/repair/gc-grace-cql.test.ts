import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { SchemaGcGrace } from '../../domain/repair/index.js';
import type { EpochMs } from '../../domain/time.js';
import { GcGraceCache } from './gc-grace-cql.js';
import { ManualClock } from './testing/harness.js';

/** A schema read that answers `answers` in turn and counts its calls. */
function reads(...answers: SchemaGcGrace[]) {
  const calls: EpochMs[] = [];
  const read = (now: EpochMs) => {
    calls.push(now);
    const answer = answers[Math.min(calls.length, answers.length) - 1];
    assert.ok(answer);
    return Promise.resolve(answer);
  };
  return { calls, read };
}

const good = (gcGraceSeconds: number): SchemaGcGrace => ({
  ok: true,
  readAtMs: 0 as EpochMs,
  tables: [{ keyspace: 'shop', table: 'orders', gcGraceSeconds }],
});
const down: SchemaGcGrace = { ok: false, reason: 'no node is Up to ask' };

const timing = { freshMs: 10_000, retryMs: 2_000, firstWaitMs: 1_000 };
const settled = () => new Promise((resolve) => setImmediate(resolve));

void test('a status poll reuses a fresh read; a stale one is refreshed in the background', async () => {
  const clock = new ManualClock();
  const { calls, read } = reads(good(600), good(300));
  const cache = new GcGraceCache(read, clock, timing);
  assert.deepEqual(await cache.current(), good(600), 'the first poll waits for the first read');
  clock.advance(9_999);
  assert.deepEqual(await cache.current(), good(600));
  assert.equal(calls.length, 1);
  clock.advance(1);
  assert.deepEqual(await cache.current(), good(600), 'stale: answered at once, read again');
  await settled();
  assert.equal(calls.length, 2);
  assert.deepEqual(await cache.current(), good(300), 'a changed table shows within freshMs');
});

void test('a failed read is retried sooner, and concurrent polls share one read', async () => {
  const clock = new ManualClock();
  const { calls, read } = reads(down, good(600));
  const cache = new GcGraceCache(read, clock, timing);
  const [a, b] = await Promise.all([cache.current(), cache.current()]);
  assert.deepEqual([a, b, calls.length], [down, down, 1]);
  clock.advance(1_999);
  assert.deepEqual(await cache.current(), down);
  clock.advance(1);
  await cache.current();
  await settled();
  assert.deepEqual(await cache.current(), good(600));
});

void test('a first read that hangs does not hold the status: it says the schema is not read yet', async () => {
  const cache = new GcGraceCache(
    () => new Promise<SchemaGcGrace>(() => undefined),
    new ManualClock(),
    {
      ...timing,
      firstWaitMs: 10,
    },
  );
  assert.deepEqual(await cache.current(), {
    ok: false,
    reason: 'the first read of the schema has not finished',
  });
});
