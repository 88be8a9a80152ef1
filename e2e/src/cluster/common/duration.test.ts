import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { durationToMs, formatDuration, formatDurationMs, parseDuration } from './duration.js';

const SEC = 1_000_000_000n;

const formats: { name: string; ns: bigint; want: string }[] = [
  { name: 'the agent default shutdown grace period', ns: 5n * SEC, want: '5secs' },
  { name: 'the agent recovery timeout', ns: 900n * SEC, want: '15mins' },
  { name: 'the executor reregistration timeout', ns: 2n * SEC, want: '2secs' },
  { name: 'a minute and a half as whole seconds', ns: 90n * SEC, want: '90secs' },
  { name: 'two minutes', ns: 120n * SEC, want: '2mins' },
  { name: 'a quarter second as milliseconds', ns: 250_000_000n, want: '250ms' },
  { name: 'a second and a half as milliseconds', ns: 1_500_000_000n, want: '1500ms' },
  { name: 'a fraction no smaller unit makes whole', ns: 1_000_000_100n, want: '1.0000001secs' },
  { name: 'zero', ns: 0n, want: '0ns' },
  { name: 'nanoseconds', ns: 999n, want: '999ns' },
  { name: 'microseconds', ns: 5_000n, want: '5us' },
  { name: 'ten days rather than fractional weeks', ns: 10n * 86_400n * SEC, want: '10days' },
  { name: 'two weeks', ns: 14n * 86_400n * SEC, want: '2weeks' },
  { name: 'negative', ns: -5n * SEC, want: '-5secs' },
];

for (const c of formats) {
  void test(`formats ${c.name} as ${c.want}`, () => {
    assert.equal(formatDuration(c.ns), c.want);
  });
}

void test('formats milliseconds from our Timings', () => {
  assert.equal(formatDurationMs(5000), '5secs');
  assert.equal(formatDurationMs(900_000), '15mins');
  assert.equal(formatDurationMs(1.5), '1500us');
});

const parses: { text: string; ns: bigint }[] = [
  { text: '5secs', ns: 5n * SEC },
  { text: '15mins', ns: 900n * SEC },
  { text: '1.5secs', ns: 1_500_000_000n },
  { text: '250ms', ns: 250_000_000n },
  { text: '.5secs', ns: 500_000_000n },
  { text: '3.secs', ns: 3n * SEC },
  { text: '1.1secs', ns: 1_100_000_000n },
  { text: '2hrs', ns: 7200n * SEC },
  { text: '1weeks', ns: 604_800n * SEC },
  { text: '7us', ns: 7_000n },
  { text: '0.5ns', ns: 0n },
];

for (const c of parses) {
  void test(`parses ${c.text}`, () => {
    assert.deepEqual(parseDuration(c.text), { ok: true, ns: c.ns });
  });
}

const rejects = ['5', '', 'secs', '5s', '5 secs', '1.2.3secs', '5sec', '-5secs', '.secs'];
for (const text of rejects) {
  void test(`rejects '${text}'`, () => {
    assert.equal(parseDuration(text).ok, false);
  });
}

void test('names the supported units when the unit is unknown', () => {
  const r = parseDuration('5s');
  assert.ok(!r.ok);
  assert.match(r.reason, /supported units are 'ns', 'us', 'ms', 'secs'/);
});

void test('every formatted duration parses back to the same nanoseconds', () => {
  fc.assert(
    fc.property(fc.bigInt({ min: 0n, max: 10n ** 16n }), (ns) => {
      const back = parseDuration(formatDuration(ns));
      // 15 significant digits may round a value with more digits than that; whole-unit values are exact.
      if (!back.ok) return false;
      const diff = back.ns > ns ? back.ns - ns : ns - back.ns;
      return diff <= 1n + ns / 10n ** 14n; // rounding to 15 digits, then truncation to whole ns
    }),
  );
});

void test('durationToMs truncates to whole milliseconds', () => {
  assert.equal(durationToMs(1_500_999n), 1);
  assert.equal(durationToMs(5n * SEC), 5000);
});
