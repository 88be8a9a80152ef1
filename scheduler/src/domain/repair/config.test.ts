import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseRepairConfig, type RawRepairConfig, type RepairConfig } from './config.js';

function config(raw: RawRepairConfig): RepairConfig {
  const parsed = parseRepairConfig(raw);
  assert.ok(parsed.ok, JSON.stringify(parsed));
  return parsed.config;
}

void test('defaults: weekly Sunday 02:00 UTC, full, primary range, every non-system keyspace', () => {
  const c = config({});
  assert.equal(c.schedule?.cron.expression, '0 2 * * 0');
  assert.equal(c.zone, 'UTC');
  assert.equal(c.schedule.zone, 'UTC');
  assert.deepEqual(c.scope, { include: [], exclude: [] });
  assert.equal(c.type, 'full');
  assert.equal(c.primaryRange, true);
  assert.equal(c.nodeTimeoutMs, 240 * 60_000);
  assert.equal(c.window, null);
  assert.deepEqual(c.retry, { maxAttempts: 3, backoffMs: 300_000, maxBackoffMs: 3_600_000 });
  assert.equal(c.gcGraceSeconds, 864_000);
  assert.ok(Object.isFrozen(c));
});

void test('an empty schedule turns scheduled runs off (manual runs still work)', () => {
  assert.equal(config({ schedule: '' }).schedule, null);
  assert.equal(config({ schedule: null }).schedule, null);
});

void test('environment strings and file values read the same', () => {
  const fromEnv = config({
    schedule: '30 1 * * 6',
    timezone: 'Europe/Berlin',
    keyspaces: 'shop, users',
    excludeKeyspaces: '',
    type: 'INCREMENTAL',
    primaryRange: 'false',
    nodeTimeoutMinutes: '90',
    window: '22:00-06:00',
    maxAttempts: '5',
    retryBackoffMinutes: '0',
    gcGraceSeconds: '3600',
  });
  const fromFile = config({
    schedule: '30 1 * * 6',
    timezone: 'Europe/Berlin',
    keyspaces: ['shop', 'users'],
    type: 'incremental',
    primaryRange: false,
    nodeTimeoutMinutes: 90,
    window: '22:00-06:00',
    maxAttempts: 5,
    retryBackoffMinutes: 0,
    gcGraceSeconds: 3600,
  });
  assert.deepEqual(fromEnv, fromFile);
  assert.equal(fromEnv.schedule?.zone, 'Europe/Berlin');
  assert.deepEqual(fromEnv.scope.include, ['shop', 'users']);
  assert.deepEqual(fromEnv.window, { startMinute: 1320, endMinute: 360 });
  assert.equal(fromEnv.type, 'incremental');
  assert.equal(fromEnv.nodeTimeoutMs, 90 * 60_000);
});

void test('a zone is stored in its canonical spelling', () => {
  assert.equal(config({ timezone: 'utc' }).zone, 'UTC');
});

void test('replicated system keyspaces may be named; excluding keyspaces is kept', () => {
  const c = config({ keyspaces: 'system_auth,shop', excludeKeyspaces: 'logs' });
  assert.deepEqual(c.scope, { include: ['system_auth', 'shop'], exclude: ['logs'] });
});

const problems: { name: string; raw: RawRepairConfig; key: string; reason: RegExp }[] = [
  {
    name: 'a cron with 6 fields',
    raw: { schedule: '0 0 2 * * 0' },
    key: 'repair.schedule',
    reason: /"0 0 2 \* \* 0": expected 5 fields/,
  },
  {
    name: 'a cron that never fires',
    raw: { schedule: '0 3 30 2 *' },
    key: 'repair.schedule',
    reason: /never fires/,
  },
  {
    name: 'an unknown time zone',
    raw: { timezone: 'Europe/Atlantis' },
    key: 'repair.timezone',
    reason: /"Europe\/Atlantis" is not an IANA time zone/,
  },
  {
    name: 'a window that can never open',
    raw: { window: '03:00-03:00' },
    key: 'repair.window',
    reason: /empty, so a repair could never start/,
  },
  {
    name: 'a malformed window',
    raw: { window: '10pm-6am' },
    key: 'repair.window',
    reason: /is not a time/,
  },
  {
    name: 'an unknown type',
    raw: { type: 'partial' },
    key: 'repair.type',
    reason: /one of full, incremental/,
  },
  {
    name: 'primary range not a boolean',
    raw: { primaryRange: 'yes' },
    key: 'repair.primaryRange',
    reason: /expected true or false, got "yes"/,
  },
  {
    name: 'a timeout that is not a number',
    raw: { nodeTimeoutMinutes: '1h' },
    key: 'repair.nodeTimeoutMinutes',
    reason: /expected a whole number, got "1h"/,
  },
  {
    name: 'a zero timeout',
    raw: { nodeTimeoutMinutes: '0' },
    key: 'repair.nodeTimeoutMinutes',
    reason: /0 is outside 1-10080/,
  },
  {
    name: 'zero attempts',
    raw: { maxAttempts: 0 },
    key: 'repair.maxAttempts',
    reason: /outside 1-10/,
  },
  {
    name: 'a node-local system keyspace',
    raw: { keyspaces: 'shop,system_schema' },
    key: 'repair.keyspaces',
    reason: /"system_schema" is node-local/,
  },
  {
    name: 'a keyspace name Cassandra cannot have',
    raw: { keyspaces: 'my-shop' },
    key: 'repair.keyspaces',
    reason: /"my-shop" is not a keyspace name/,
  },
  {
    name: 'a keyspace both included and excluded',
    raw: { keyspaces: 'shop', excludeKeyspaces: 'shop' },
    key: 'repair.keyspaces',
    reason: /"shop" is also excluded/,
  },
  {
    name: 'keyspaces given as a number',
    raw: { keyspaces: 3 },
    key: 'repair.keyspaces',
    reason: /expected a comma-separated list/,
  },
];

for (const c of problems) {
  void test(`parseRepairConfig names the key and reason for ${c.name}`, () => {
    const parsed = parseRepairConfig(c.raw);
    assert.equal(parsed.ok, false);
    const [only, ...rest] = parsed.problems;
    assert.deepEqual(rest, [], JSON.stringify(parsed.problems));
    assert.equal(only?.key, c.key);
    assert.match(only.reason, c.reason);
  });
}

void test('every problem is reported at once, under the names the caller chose', () => {
  const env = (field: string): string =>
    `REPAIR_${field.replace(/[A-Z]/g, (c) => `_${c}`).toUpperCase()}`;
  const parsed = parseRepairConfig({ schedule: 'x', timezone: 'Nowhere', primaryRange: 'no' }, env);
  assert.equal(parsed.ok, false);
  assert.deepEqual(
    parsed.problems.map((p) => p.key),
    ['REPAIR_TIMEZONE', 'REPAIR_SCHEDULE', 'REPAIR_PRIMARY_RANGE'],
  );
});
