import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseRepairEnv } from './env.js';

void test('environment variables override the settings file', () => {
  const parsed = parseRepairEnv(
    { schedule: '0 3 * * *', window: '22:00-06:00', type: 'incremental' },
    { REPAIR_SCHEDULE: '0 4 * * 6', REPAIR_TYPE: 'full' },
  );
  assert.ok(parsed.ok);
  assert.equal(parsed.config.schedule?.cron.expression, '0 4 * * 6');
  assert.equal(parsed.config.type, 'full');
  assert.deepEqual(parsed.config.window, { startMinute: 1320, endMinute: 360 }, 'file value kept');
});

void test('an empty variable leaves the file value, but an empty REPAIR_SCHEDULE turns the schedule off', () => {
  const parsed = parseRepairEnv(
    { schedule: '0 3 * * *', window: '22:00-06:00' },
    { REPAIR_SCHEDULE: '', REPAIR_WINDOW: '' },
  );
  assert.ok(parsed.ok);
  assert.equal(parsed.config.schedule, null);
  assert.notEqual(parsed.config.window, null);
});

const bad: [string, string, RegExp][] = [
  ['REPAIR_SCHEDULE', '0 2 * *', /expected 5 fields/],
  ['REPAIR_TIMEZONE', 'CEST', /not an IANA time zone/],
  ['REPAIR_KEYSPACES', 'system', /node-local/],
  ['REPAIR_TYPE', 'subrange', /one of full, incremental/],
  ['REPAIR_PRIMARY_RANGE', '1', /true or false/],
  ['REPAIR_NODE_TIMEOUT_MINUTES', '-5', /outside 1-10080/],
  ['REPAIR_WINDOW', '06:00-06:00', /empty/],
  ['REPAIR_MAX_ATTEMPTS', 'three', /whole number/],
  ['REPAIR_RETRY_BACKOFF_MINUTES', '1.5', /whole number/],
  ['REPAIR_GC_GRACE_SECONDS', '0', /outside/],
];

for (const [variable, value, reason] of bad) {
  void test(`a bad ${variable} is reported under that variable's name`, () => {
    const parsed = parseRepairEnv({}, { [variable]: value });
    assert.equal(parsed.ok, false);
    assert.deepEqual(
      parsed.problems.map((p) => p.key),
      [variable],
    );
    assert.match(parsed.problems[0]?.reason ?? '', reason);
  });
}

void test('a bad value from the file is reported under its file key', () => {
  const parsed = parseRepairEnv({ type: 'subrange' }, {});
  assert.equal(parsed.ok, false);
  assert.equal(parsed.problems[0]?.key, 'repair.type');
});
