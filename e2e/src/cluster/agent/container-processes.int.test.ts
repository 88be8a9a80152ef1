// Finding and killing a container's processes on the real /proc: whatever their session, however fast
// they fork, and without touching a neighbour's processes.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { waitFor } from '../../runtime/wait-for.js';
import { isRunning } from '../../testing/processes.js';
import { killContainer, markedProcesses, markerEntries } from './container-processes.js';

/** Starts `sh -c script` as if in the container of `sandbox` (detached, like an executor). */
function startIn(sandbox: string, script: string): number {
  const child = spawn('sh', ['-c', script], {
    env: { PATH: process.env['PATH'] ?? '/usr/bin:/bin', MESOS_DIRECTORY: sandbox },
    detached: true,
    stdio: 'ignore',
  });
  child.unref();
  return child.pid ?? assert.fail('no pid');
}

void test('processes in new sessions are found and killed; a neighbour container is left alone', async () => {
  const root = mkdtempSync(join(tmpdir(), 'containers-'));
  const ours = new Set(markerEntries(join(root, 'c1')));
  const theirs = new Set(markerEntries(join(root, 'c2')));
  try {
    // Each `setsid` child leads a session of its own: a process-group kill of the shell misses them.
    startIn(join(root, 'c1'), 'for i in 1 2 3 4 5; do setsid sleep 600 & done; exec sleep 600');
    startIn(join(root, 'c2'), 'exec sleep 600');
    await waitFor(() => markedProcesses(ours).length === 6, {
      timeoutMs: 5000,
      what: '6 processes',
    });
    const killed = killContainer(ours, []);
    assert.equal(killed.length, 6);
    await waitFor(() => killed.every((pid) => !isRunning(pid)), {
      timeoutMs: 5000,
      what: 'all dead',
    });
    assert.deepEqual(markedProcesses(ours), []);
    assert.equal(markedProcesses(theirs).length, 1, 'the other container still runs');
  } finally {
    killContainer(ours, []);
    killContainer(theirs, []);
    rmSync(root, { recursive: true, force: true });
  }
});

void test('a container that keeps forking is frozen before the kill: nothing escapes', async () => {
  const root = mkdtempSync(join(tmpdir(), 'containers-'));
  const markers = new Set(markerEntries(join(root, 'c1')));
  try {
    // 300 short-lived detached children in a row, while the kill happens.
    startIn(
      join(root, 'c1'),
      'i=0; while [ $i -lt 300 ]; do setsid sleep 600 & i=$((i+1)); done; wait',
    );
    await waitFor(() => markedProcesses(markers).length > 20, { timeoutMs: 5000, what: 'forking' });
    killContainer(markers, []);
    await waitFor(() => markedProcesses(markers).length === 0, {
      timeoutMs: 5000,
      what: 'the container to be empty',
    });
  } finally {
    killContainer(markers, []);
    rmSync(root, { recursive: true, force: true });
  }
});
