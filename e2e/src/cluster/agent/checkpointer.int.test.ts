import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { Checkpointer, readCheckpoint } from './checkpointer.js';

void test('saves asked for during a write share the next write, which sees the latest state', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'checkpointer-'));
  try {
    const path = join(dir, 'meta', 'agent.json');
    let state = 0;
    let snapshots = 0;
    const checkpointer = new Checkpointer(path, () => {
      snapshots++;
      return String(state);
    });
    state = 1;
    const first = checkpointer.save();
    state = 2;
    const joined = [checkpointer.save(), checkpointer.save(), checkpointer.save()];
    state = 3;
    await first;
    await Promise.all(joined);
    assert.equal(readFileSync(path, 'utf8'), '3');
    assert.ok(snapshots <= 2, `at most two writes, got ${snapshots.toString()}`);
    assert.equal(await readCheckpoint(path), '3');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

void test('close lets asked-for writes finish and refuses later ones', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'checkpointer-'));
  try {
    const path = join(dir, 'agent.json');
    let state = 'a';
    const checkpointer = new Checkpointer(path, () => state);
    void checkpointer.save();
    await checkpointer.close();
    assert.equal(readFileSync(path, 'utf8'), 'a');
    state = 'b';
    await checkpointer.save();
    assert.equal(readFileSync(path, 'utf8'), 'a');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

void test('a work dir without a checkpoint reads as undefined', async () => {
  assert.equal(await readCheckpoint(join(tmpdir(), 'no-such-dir', 'agent.json')), undefined);
});
