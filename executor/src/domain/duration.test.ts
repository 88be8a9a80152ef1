import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseDuration } from './duration.js';

const cases: readonly { text: string; ms: number }[] = [
  { text: '5secs', ms: 5_000 },
  { text: '15mins', ms: 900_000 },
  { text: '2secs', ms: 2_000 },
  { text: '1.5secs', ms: 1_500 },
  { text: '250ms', ms: 250 },
  { text: '3hrs', ms: 10_800_000 },
  { text: '1days', ms: 86_400_000 },
  { text: '2weeks', ms: 1_209_600_000 },
  { text: '500us', ms: 0.5 },
  { text: '1000000ns', ms: 1 },
  { text: ' 10secs\n', ms: 10_000 },
];

for (const c of cases) {
  void test(`reads ${JSON.stringify(c.text)} as ${c.ms} ms`, () => {
    assert.deepEqual(parseDuration(c.text), { ok: true, ms: c.ms });
  });
}

for (const text of ['', 'secs', '5', '5 secs', '-5secs', '5seconds', '1.secs', 'five mins']) {
  void test(`refuses ${JSON.stringify(text)} with a reason`, () => {
    const parsed = parseDuration(text);
    if (parsed.ok) assert.fail(`parsed ${text}`);
    assert.match(parsed.reason, /duration|unit/);
  });
}
