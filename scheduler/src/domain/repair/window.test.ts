import assert from 'node:assert/strict';
import { test } from 'node:test';
import { epochMs, type EpochMs } from '../time.js';
import {
  formatWindow,
  isInsideWindow,
  nextWindowOpen,
  parseWindow,
  type RepairWindow,
} from './window.js';

const at = (iso: string): EpochMs => epochMs(Date.parse(iso));

function window(text: string): RepairWindow {
  const parsed = parseWindow(text);
  assert.ok(parsed.ok, text);
  return parsed.window;
}

void test('parseWindow reads a window that wraps midnight', () => {
  assert.deepEqual(window('22:00-06:00'), { startMinute: 1320, endMinute: 360 });
  assert.equal(formatWindow(window(' 22:00 - 06:00 ')), '22:00-06:00');
});

void test('parseWindow takes 24:00 as the end of the day', () => {
  assert.deepEqual(window('18:30-24:00'), { startMinute: 1110, endMinute: 1440 });
});

const refused: { text: string; reason: RegExp }[] = [
  { text: '02:00-02:00', reason: /empty, so a repair could never start/ },
  { text: '00:00-00:00', reason: /empty/ },
  { text: '22:00', reason: /expected "HH:MM-HH:MM"/ },
  { text: '22:00-06:00-07:00', reason: /expected "HH:MM-HH:MM"/ },
  { text: '24:00-06:00', reason: /"24:00" is not a time 00:00-23:59/ },
  { text: '22:00-06:60', reason: /"06:60" is not a time/ },
  { text: '9:00-17:00', reason: /"9:00" is not a time/ },
];

for (const c of refused) {
  void test(`parseWindow refuses "${c.text}"`, () => {
    const parsed = parseWindow(c.text);
    assert.equal(parsed.ok, false);
    assert.match(parsed.reason, c.reason);
  });
}

const inside: { name: string; window: string; zone: string; at: string; want: boolean }[] = [
  {
    name: 'opening minute is inside',
    window: '22:00-06:00',
    zone: 'UTC',
    at: '2024-05-01T22:00:00Z',
    want: true,
  },
  {
    name: 'after midnight, before the end',
    window: '22:00-06:00',
    zone: 'UTC',
    at: '2024-05-02T05:59:00Z',
    want: true,
  },
  {
    name: 'closing minute is outside',
    window: '22:00-06:00',
    zone: 'UTC',
    at: '2024-05-02T06:00:00Z',
    want: false,
  },
  {
    name: 'midday is outside a night window',
    window: '22:00-06:00',
    zone: 'UTC',
    at: '2024-05-02T12:00:00Z',
    want: false,
  },
  {
    name: 'read in the window zone (23:00 Berlin is 21:00 UTC in summer)',
    window: '22:00-06:00',
    zone: 'Europe/Berlin',
    at: '2024-07-01T21:00:00Z',
    want: true,
  },
  {
    name: 'a day window, not wrapping',
    window: '09:00-17:00',
    zone: 'UTC',
    at: '2024-05-01T16:59:00Z',
    want: true,
  },
];

for (const c of inside) {
  void test(`isInsideWindow: ${c.name}`, () => {
    assert.equal(isInsideWindow(window(c.window), c.zone, at(c.at)), c.want);
  });
}

const opens: { name: string; window: string; zone: string; now: string; want: string }[] = [
  {
    name: 'inside now: open now',
    window: '22:00-06:00',
    zone: 'UTC',
    now: '2024-05-02T01:00:00Z',
    want: '2024-05-02T01:00:00.000Z',
  },
  {
    name: 'in the morning: opens tonight',
    window: '22:00-06:00',
    zone: 'UTC',
    now: '2024-05-02T07:00:00Z',
    want: '2024-05-02T22:00:00.000Z',
  },
  {
    name: 'in the zone of the window (22:00 CEST is 20:00 UTC)',
    window: '22:00-06:00',
    zone: 'Europe/Berlin',
    now: '2024-07-01T12:00:00Z',
    want: '2024-07-01T20:00:00.000Z',
  },
  {
    name: 'opening time skipped by spring forward: opens when the clock resumes, still inside',
    window: '02:00-05:00',
    zone: 'Europe/Berlin',
    now: '2024-03-30T12:00:00Z',
    want: '2024-03-31T01:00:00.000Z',
  },
  {
    name: 'whole window skipped by spring forward: opens the next night',
    window: '02:00-02:30',
    zone: 'Europe/Berlin',
    now: '2024-03-30T12:00:00Z',
    want: '2024-04-01T00:00:00.000Z',
  },
  {
    name: 'opening time repeated by fall back: opens at its first pass',
    window: '02:00-04:00',
    zone: 'Europe/Berlin',
    now: '2024-10-26T12:00:00Z',
    want: '2024-10-27T00:00:00.000Z',
  },
];

for (const c of opens) {
  void test(`nextWindowOpen: ${c.name}`, () => {
    const got = nextWindowOpen(window(c.window), c.zone, at(c.now));
    assert.equal(new Date(got).toISOString(), c.want);
  });
}
