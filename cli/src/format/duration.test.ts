import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatDuration, formatInstant, formatRelative } from './duration.js';

const durations: [number, string][] = [
  [0, '0s'],
  [999, '0s'],
  [-5000, '0s'],
  [45_000, '45s'],
  [65_000, '1m 05s'],
  [3_600_000, '1h 00m'],
  [3_659_000, '1h 00m'],
  [90_061_000, '1d 01h'],
  [10 * 86_400_000, '10d 00h'],
];

for (const [ms, expected] of durations) {
  void test(`formatDuration(${ms}) is ${expected}`, () => {
    assert.equal(formatDuration(ms), expected);
  });
}

const relatives: [number | null, number, string][] = [
  [null, 1000, '-'],
  [1000, 251_000, '4m 10s ago'],
  [7_200_000, 0, 'in 2h 00m'],
  [5000, 5000, '0s ago'],
];

for (const [at, now, expected] of relatives) {
  void test(`formatRelative(${at}, ${now}) is ${expected}`, () => {
    assert.equal(formatRelative(at, now), expected);
  });
}

void test('formatInstant prints UTC without milliseconds, and "-" for none', () => {
  assert.equal(formatInstant(Date.UTC(2024, 4, 1, 2, 0, 0, 123)), '2024-05-01T02:00:00Z');
  assert.equal(formatInstant(null), '-');
});
