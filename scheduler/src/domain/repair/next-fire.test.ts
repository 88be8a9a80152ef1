import assert from 'node:assert/strict';
import { test } from 'node:test';
import { epochMs, type EpochMs } from '../time.js';
import { parseCron } from './cron.js';
import { dueFire, nextFireAfter, type CronSchedule } from './next-fire.js';

const at = (iso: string): EpochMs => epochMs(Date.parse(iso));
const iso = (ms: number | null): string | null => (ms === null ? null : new Date(ms).toISOString());

function schedule(expression: string, zone: string): CronSchedule {
  const parsed = parseCron(expression);
  assert.ok(parsed.ok, expression);
  return { cron: parsed.spec, zone };
}

interface Case {
  readonly name: string;
  readonly cron: string;
  readonly zone: string;
  readonly now: string;
  readonly want: string;
}

// Expected instants are worked out by hand from the zones' published rules, not from this code.
const cases: Case[] = [
  {
    name: 'weekly Sunday 02:00 UTC from a Wednesday',
    cron: '0 2 * * 0',
    zone: 'UTC',
    now: '2024-05-01T00:00:00Z',
    want: '2024-05-05T02:00:00.000Z',
  },
  {
    name: 'strictly after now: at the fire time itself, the next one is a week on',
    cron: '0 2 * * 0',
    zone: 'UTC',
    now: '2024-05-05T02:00:00Z',
    want: '2024-05-12T02:00:00.000Z',
  },
  {
    name: 'every 15 minutes from mid-minute',
    cron: '*/15 * * * *',
    zone: 'UTC',
    now: '2024-05-01T10:07:30Z',
    want: '2024-05-01T10:15:00.000Z',
  },
  {
    name: 'a stepped hour range on weekdays skips the weekend',
    cron: '0 9-17/4 * * 1-5',
    zone: 'UTC',
    now: '2024-05-03T17:30:00Z',
    want: '2024-05-06T09:00:00.000Z',
  },
  {
    name: 'a stepped hour range moves to its next hour',
    cron: '0 9-17/4 * * 1-5',
    zone: 'UTC',
    now: '2024-05-06T09:00:00Z',
    want: '2024-05-06T13:00:00.000Z',
  },
  {
    name: 'a minute list within the hour',
    cron: '15,45 3 * * *',
    zone: 'UTC',
    now: '2024-05-01T03:20:00Z',
    want: '2024-05-01T03:45:00.000Z',
  },
  {
    name: 'day of month and weekday both given: either matches (the 1st or a Sunday)',
    cron: '0 0 1 * 0',
    zone: 'UTC',
    now: '2024-05-01T12:00:00Z',
    want: '2024-05-05T00:00:00.000Z',
  },
  {
    name: 'a */N day field with no weekday: only those days, and April has no 31st',
    cron: '0 0 */10 * *',
    zone: 'UTC',
    now: '2024-04-21T00:00:00Z',
    want: '2024-05-01T00:00:00.000Z',
  },
  {
    name: '29 February waits for the next leap year',
    cron: '0 0 29 2 *',
    zone: 'UTC',
    now: '2024-03-01T00:00:00Z',
    want: '2028-02-29T00:00:00.000Z',
  },
  {
    name: 'named months and weekday: the first Monday in January or July',
    cron: '0 12 * JAN,jul MON',
    zone: 'UTC',
    now: '2024-02-01T00:00:00Z',
    want: '2024-07-01T12:00:00.000Z',
  },
  {
    name: 'Europe/Berlin spring forward: 02:30 does not exist, it fires when the clock resumes (03:00 CEST)',
    cron: '30 2 * * *',
    zone: 'Europe/Berlin',
    now: '2024-03-30T12:00:00Z',
    want: '2024-03-31T01:00:00.000Z',
  },
  {
    name: 'Europe/Berlin the day after spring forward: 02:30 CEST',
    cron: '30 2 * * *',
    zone: 'Europe/Berlin',
    now: '2024-03-31T01:00:00Z',
    want: '2024-04-01T00:30:00.000Z',
  },
  {
    name: 'Europe/Berlin the weekly Sunday 02:00 falls on the spring-forward Sunday',
    cron: '0 2 * * 0',
    zone: 'Europe/Berlin',
    now: '2024-03-30T00:00:00Z',
    want: '2024-03-31T01:00:00.000Z',
  },
  {
    name: 'Europe/Berlin midnight across spring forward is 22:00 UTC after it',
    cron: '0 0 * * *',
    zone: 'Europe/Berlin',
    now: '2024-03-30T23:30:00Z',
    want: '2024-03-31T22:00:00.000Z',
  },
  {
    name: 'Europe/Berlin fall back: a fixed 02:30 fires at its first pass (CEST)',
    cron: '30 2 * * *',
    zone: 'Europe/Berlin',
    now: '2024-10-26T12:00:00Z',
    want: '2024-10-27T00:30:00.000Z',
  },
  {
    name: 'Europe/Berlin fall back: a fixed 02:30 does not fire again an hour later',
    cron: '30 2 * * *',
    zone: 'Europe/Berlin',
    now: '2024-10-27T00:30:00Z',
    want: '2024-10-28T01:30:00.000Z',
  },
  {
    name: 'Europe/Berlin fall back: */30 with a wildcard hour fires in the repeated hour too',
    cron: '*/30 * * * *',
    zone: 'Europe/Berlin',
    now: '2024-10-27T00:30:00Z',
    want: '2024-10-27T01:00:00.000Z',
  },
  {
    name: 'Europe/Berlin fall back: */30 from before the repeated hour takes the earliest instant',
    cron: '*/30 * * * *',
    zone: 'Europe/Berlin',
    now: '2024-10-27T00:10:00Z',
    want: '2024-10-27T00:30:00.000Z',
  },
  {
    name: 'Europe/Berlin fall back: */30 leaves the repeated hour at 03:00 CET',
    cron: '*/30 * * * *',
    zone: 'Europe/Berlin',
    now: '2024-10-27T01:30:00Z',
    want: '2024-10-27T02:00:00.000Z',
  },
  {
    name: 'America/New_York fall back: 01:30 fires once, at EDT',
    cron: '30 1 * * *',
    zone: 'America/New_York',
    now: '2024-11-02T12:00:00Z',
    want: '2024-11-03T05:30:00.000Z',
  },
  {
    name: 'America/New_York the next 01:30 after fall back is EST',
    cron: '30 1 * * *',
    zone: 'America/New_York',
    now: '2024-11-03T05:30:00Z',
    want: '2024-11-04T06:30:00.000Z',
  },
  {
    name: 'America/New_York spring forward: 02:30 fires at 03:00 EDT',
    cron: '30 2 * * *',
    zone: 'America/New_York',
    now: '2024-03-09T12:00:00Z',
    want: '2024-03-10T07:00:00.000Z',
  },
  {
    name: 'Australia/Sydney fall back in April: 02:30 fires at its first pass (AEDT)',
    cron: '30 2 * * *',
    zone: 'Australia/Sydney',
    now: '2024-04-06T00:00:00Z',
    want: '2024-04-06T15:30:00.000Z',
  },
  {
    name: 'Australia/Lord_Howe half-hour spring forward: 02:15 fires at 02:30 (+11)',
    cron: '15 2 * * *',
    zone: 'Australia/Lord_Howe',
    now: '2024-10-05T00:00:00Z',
    want: '2024-10-05T15:30:00.000Z',
  },
  {
    name: 'Asia/Kolkata (+05:30, no daylight saving): 02:00 local is 20:30 UTC the day before',
    cron: '0 2 * * *',
    zone: 'Asia/Kolkata',
    now: '2024-05-01T00:00:00Z',
    want: '2024-05-01T20:30:00.000Z',
  },
];

for (const c of cases) {
  void test(`nextFireAfter: ${c.name}`, () => {
    assert.equal(iso(nextFireAfter(schedule(c.cron, c.zone), at(c.now))), c.want);
  });
}

void test('nextFireAfter walks a whole DST year in Berlin without repeating or skipping a day', () => {
  const daily = schedule('30 2 * * *', 'Europe/Berlin');
  let now = at('2024-01-01T00:00:00Z');
  const fires: number[] = [];
  for (let i = 0; i < 366; i++) {
    const next = nextFireAfter(daily, now);
    assert.ok(next !== null && next > now);
    fires.push(next);
    now = next;
  }
  const days = new Set(fires.map((f) => new Date(f + 3_600_000).toISOString().slice(0, 10)));
  assert.equal(days.size, 366, 'one fire per local day of 2024');
});

void test('dueFire owes one trigger when a fire time passed since the last check', () => {
  const s = schedule('0 2 * * *', 'UTC');
  assert.equal(
    iso(dueFire(s, at('2024-05-01T01:59:00Z'), at('2024-05-01T02:00:00Z'))),
    '2024-05-01T02:00:00.000Z',
  );
});

void test('dueFire owes only the first of several fire times missed during a failover', () => {
  const s = schedule('*/5 * * * *', 'UTC');
  assert.equal(
    iso(dueFire(s, at('2024-05-01T01:59:00Z'), at('2024-05-01T02:31:00Z'))),
    '2024-05-01T02:00:00.000Z',
  );
});

void test('dueFire owes nothing before the next fire time', () => {
  const s = schedule('0 2 * * *', 'UTC');
  assert.equal(dueFire(s, at('2024-05-01T02:00:00Z'), at('2024-05-02T01:59:59Z')), null);
});
