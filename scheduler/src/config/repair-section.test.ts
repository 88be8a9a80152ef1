// The scheduler config's repair section: read by the repair core (parseRepairEnv), with REPAIR_*
// variables over the file, and every problem naming the key or variable it came from.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseSchedulerConfig } from './parse.js';

void test('with no repair section, repairs run weekly at 02:00 UTC on every non-system keyspace', () => {
  const result = parseSchedulerConfig({});
  assert.ok(result.ok);
  const { repair } = result.config;
  assert.equal(repair.schedule?.cron.expression, '0 2 * * 0');
  assert.equal(repair.zone, 'UTC');
  assert.deepEqual(repair.scope, { include: [], exclude: [] });
  assert.equal(repair.type, 'full');
});

void test('the file section is read, and REPAIR_* variables override it', () => {
  const raw = {
    repair: { schedule: '30 3 * * *', keyspaces: ['shop'], timezone: 'Europe/Berlin' },
  };
  const result = parseSchedulerConfig(raw, new Map(), { REPAIR_SCHEDULE: '* * * * *' });
  assert.ok(result.ok);
  assert.equal(result.config.repair.schedule?.cron.expression, '* * * * *');
  assert.equal(result.config.repair.zone, 'Europe/Berlin');
  assert.deepEqual(result.config.repair.scope.include, ['shop']);
});

void test('a bad schedule or window stops the scheduler with the key that caused it', () => {
  const result = parseSchedulerConfig({ repair: { window: '02:00-02:00' } }, new Map(), {
    REPAIR_SCHEDULE: '61 * * * *',
  });
  assert.ok(!result.ok);
  const keys = result.errors.map((e) => e.key);
  assert.deepEqual(keys.sort(), ['REPAIR_SCHEDULE', 'repair.window']);
});

void test('an empty REPAIR_SCHEDULE turns scheduled runs off (runs then start only when asked)', () => {
  const result = parseSchedulerConfig({}, new Map(), { REPAIR_SCHEDULE: '' });
  assert.ok(result.ok);
  assert.equal(result.config.repair.schedule, null);
});
