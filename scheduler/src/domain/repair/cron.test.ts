import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseCron, type CronSpec } from './cron.js';

function spec(expression: string): CronSpec {
  const parsed = parseCron(expression);
  assert.ok(parsed.ok, `${expression}: ${parsed.ok ? '' : parsed.reason}`);
  return parsed.spec;
}

const accepted: {
  name: string;
  expression: string;
  want: Partial<CronSpec>;
}[] = [
  {
    name: 'reads lists, ranges, steps and names in every field',
    expression: '*/20 1-3 1,15 */6 MON-FRI',
    want: {
      minutes: [0, 20, 40],
      hours: [1, 2, 3],
      daysOfMonth: [1, 15],
      months: [1, 7],
      daysOfWeek: [1, 2, 3, 4, 5],
    },
  },
  {
    name: 'a start with a step runs to the end of the field',
    expression: '5/20 * * * *',
    want: { minutes: [5, 25, 45] },
  },
  {
    name: 'a range with a step',
    expression: '0 9-17/4 * * *',
    want: { hours: [9, 13, 17] },
  },
  {
    name: 'weekday 7 is Sunday, like 0',
    expression: '0 0 * * 5-7',
    want: { daysOfWeek: [0, 5, 6] },
  },
  {
    name: 'month and weekday names are case-insensitive',
    expression: '0 12 * jan,JUL Mon',
    want: { months: [1, 7], daysOfWeek: [1] },
  },
  {
    name: 'overlapping list items collapse',
    expression: '0,0-2,1 * * * *',
    want: { minutes: [0, 1, 2] },
  },
  {
    name: '@weekly is Sunday midnight',
    expression: '@weekly',
    want: { minutes: [0], hours: [0], daysOfWeek: [0], dayOfWeekRestricted: true },
  },
  {
    name: 'a day field starting with * does not restrict (so */2 with a weekday means both)',
    expression: '0 0 */2 * 1',
    want: { dayOfMonthRestricted: false, dayOfWeekRestricted: true, hourRestricted: true },
  },
  {
    name: 'a wildcard hour is remembered (it fires in both passes of a repeated hour)',
    expression: '*/30 * * * *',
    want: { hourRestricted: false },
  },
  {
    name: 'a day of month that is rare but real is fine: 31 April or a Monday',
    expression: '0 0 31 4 1',
    want: { daysOfMonth: [31], months: [4], daysOfWeek: [1] },
  },
];

for (const c of accepted) {
  void test(`parseCron ${c.name}`, () => {
    const got = spec(c.expression);
    for (const [field, value] of Object.entries(c.want)) {
      assert.deepEqual(got[field as keyof CronSpec], value, field);
    }
  });
}

const rejected: { expression: string; reason: RegExp }[] = [
  { expression: '', reason: /expected 5 fields .* got 1/ },
  { expression: '* * * *', reason: /expected 5 fields .* got 4/ },
  { expression: '0 * * * * *', reason: /got 6/ },
  { expression: '60 * * * *', reason: /^minute: 60 is out of range 0-59/ },
  { expression: '* 24 * * *', reason: /^hour: 24 is out of range 0-23/ },
  { expression: '* * 0 * *', reason: /^day of month: 0 is out of range 1-31/ },
  { expression: '* * 32 * *', reason: /^day of month: 32/ },
  { expression: '* * * 13 *', reason: /^month: 13 is out of range 1-12/ },
  { expression: '* * * * 8', reason: /^day of week: 8 is out of range 0-7/ },
  { expression: '5-2 * * * *', reason: /^minute: range "5-2" runs backwards/ },
  { expression: '*/0 * * * *', reason: /^minute: step "0"/ },
  { expression: 'a * * * *', reason: /^minute: "a" is not a value/ },
  { expression: '1,,2 * * * *', reason: /^minute: "" is not a value/ },
  { expression: '1/2/3 * * * *', reason: /more than one "\/"/ },
  { expression: '1-2-3 * * * *', reason: /"1-2-3" is not a range/ },
  { expression: '* * * FOO *', reason: /^month: "FOO"/ },
  { expression: '0 0 30 2 *', reason: /never fires: day 30 does not occur in month 2/ },
  { expression: '0 0 31 4,6,9,11 *', reason: /never fires/ },
];

for (const c of rejected) {
  void test(`parseCron refuses "${c.expression}" and says why`, () => {
    const parsed = parseCron(c.expression);
    assert.equal(parsed.ok, false);
    assert.match(parsed.reason, c.reason);
  });
}
