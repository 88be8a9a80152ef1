import assert from 'node:assert/strict';
import { test } from 'node:test';
import { epochMs } from '../time.js';
import { gcGraceStatus } from './gc-grace.js';
import type { RepairRun } from './run.js';
import { at, run, succeeded, withSteps } from './testing/builders.js';

const DAY = 86_400_000;
const ringCreated = at('2024-01-01T00:00:00Z');
const now = at('2024-05-20T00:00:00Z');

/** A full run on three nodes; node-1 starts `shop` first at `start`. */
function repaired(start: string, overrides: Partial<RepairRun> = {}): RepairRun {
  const t = at(start);
  const hour = (h: number) => epochMs(t + h * 3_600_000);
  return withSteps(run(undefined, overrides), {
    'node-0': {
      status: 'succeeded',
      results: [succeeded('shop', hour(1)), succeeded('users', hour(1))],
    },
    'node-1': {
      status: 'succeeded',
      results: [succeeded('shop', hour(0)), succeeded('users', hour(2))],
    },
    'node-2': {
      status: 'succeeded',
      results: [succeeded('shop', hour(3)), succeeded('users', hour(3))],
    },
  });
}

function status(runs: RepairRun[], gcGraceSeconds: number | null = null) {
  return gcGraceStatus(
    {
      keyspaces: [
        { keyspace: 'shop', gcGraceSeconds },
        { keyspace: 'users', gcGraceSeconds },
      ],
      runs,
      trackedSinceMs: ringCreated,
      defaultGcGraceSeconds: 864_000,
    },
    now,
  );
}

void test('a full run on every node counts from its earliest start on any node', () => {
  const [shop] = status([repaired('2024-05-15T00:00:00Z')]);
  assert.equal(shop?.lastRepairedAtMs, at('2024-05-15T00:00:00Z'));
  assert.equal(shop.sinceMs, 5 * DAY);
  assert.equal(shop.overdue, false);
});

void test('the latest covering run wins', () => {
  const [shop] = status([repaired('2024-05-15T00:00:00Z'), repaired('2024-05-01T00:00:00Z')]);
  assert.equal(shop?.lastRepairedAtMs, at('2024-05-15T00:00:00Z'));
});

void test('past gc_grace_seconds (10 days by default) a keyspace is flagged', () => {
  const [shop] = status([repaired('2024-05-09T00:00:00Z')]);
  assert.equal(shop?.sinceMs, 11 * DAY);
  assert.equal(shop.gcGraceSeconds, 864_000);
  assert.equal(shop.overdue, true);
});

void test("a keyspace's own gc_grace_seconds is used when known", () => {
  const [shop] = status([repaired('2024-05-15T00:00:00Z')], 3 * 86_400);
  assert.equal(shop?.overdue, true);
});

void test('a run where one node failed the keyspace does not count for it', () => {
  const partial = withSteps(repaired('2024-05-15T00:00:00Z'), {
    'node-2': { status: 'failed', results: [succeeded('users', at('2024-05-15T03:00:00Z'))] },
  });
  const [shop, users] = status([partial, repaired('2024-05-01T00:00:00Z')]);
  assert.equal(
    shop?.lastRepairedAtMs,
    at('2024-05-01T00:00:00Z'),
    'shop falls back to the older run',
  );
  assert.equal(
    users?.lastRepairedAtMs,
    at('2024-05-15T01:00:00Z'),
    'users was repaired everywhere',
  );
});

void test('incremental runs do not count against gc_grace', () => {
  const [shop] = status([repaired('2024-05-15T00:00:00Z', { type: 'incremental' })]);
  assert.equal(shop?.lastRepairedAtMs, null);
});

void test('a never-repaired keyspace counts from when the ring was created, and is flagged', () => {
  const [shop] = status([]);
  assert.equal(shop?.lastRepairedAtMs, null);
  assert.equal(shop.sinceMs, now - ringCreated);
  assert.equal(shop.overdue, true);
});

void test('a run after a replace (one node, its ranges only) does not count as a repair of the keyspace', () => {
  const older = repaired('2024-05-01T00:00:00Z');
  const replace = { itemId: 'op-7', nodeId: 'node-2', replacedAddress: '10.0.0.3' };
  const afterReplace = {
    ...repaired('2024-05-18T00:00:00Z', { runId: 'r2', primaryRange: false }),
    trigger: {
      kind: 'afterReplace' as const,
      atMs: at('2024-05-18T00:00:00Z'),
      keyspaces: null,
      replace,
    },
  };
  const [shop] = status([older, afterReplace]);
  assert.equal(shop?.lastRepairedAtMs, at('2024-05-01T00:00:00Z'));
});
