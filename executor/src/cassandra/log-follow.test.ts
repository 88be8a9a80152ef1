import assert from 'node:assert/strict';
import { appendFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { waitFor } from '../testing/wait-for.js';
import { LogFollower, readLastLines } from './log-follow.js';

const dir = mkdtempSync(join(tmpdir(), 'log-follow-'));
after(() => {
  rmSync(dir, { recursive: true, force: true });
});

void test('hands over each complete line appended after the start offset, as it is written', async () => {
  const path = join(dir, 'stdout.log');
  writeFileSync(path, 'from an earlier run\n');
  const lines: string[] = [];
  const follower = new LogFollower(
    path,
    (line) => lines.push(line),
    'from an earlier run\n'.length,
  );
  follower.start();
  try {
    appendFileSync(path, 'INFO one\nINFO tw');
    await waitFor(() => lines.length === 1, { timeoutMs: 5_000, what: 'the first line' });
    appendFileSync(path, 'o ü\nINFO Starting listening for CQL clients\n');
    await waitFor(() => lines.length === 3, { timeoutMs: 5_000, what: 'two more lines' });
    assert.deepEqual(lines, ['INFO one', 'INFO two ü', 'INFO Starting listening for CQL clients']);
  } finally {
    follower.stop();
  }
});

void test('reads the last lines of a file, and nothing of a missing one', async () => {
  const path = join(dir, 'tail.log');
  writeFileSync(path, Array.from({ length: 50 }, (_, i) => `line ${i}`).join('\n') + '\n');
  assert.equal(await readLastLines(path, 3), 'line 47\nline 48\nline 49');
  assert.equal(await readLastLines(join(dir, 'missing.log'), 3), '');
});
