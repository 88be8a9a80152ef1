import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { CassandraRuntimeError } from './errors.js';
import { isProcessAlive, signalGroup, spawnDetached, type DetachedProcess } from './process.js';

const dir = mkdtempSync(join(tmpdir(), 'process-int-'));
const started: DetachedProcess[] = [];
after(() => {
  for (const child of started) child.killNow();
  rmSync(dir, { recursive: true, force: true });
});

function files(name: string): { cwd: string; stdoutPath: string; stderrPath: string } {
  return { cwd: dir, stdoutPath: join(dir, `${name}.out`), stderrPath: join(dir, `${name}.err`) };
}

async function sh(name: string, script: string): Promise<DetachedProcess> {
  const child = await spawnDetached({ command: 'sh', args: ['-c', script], env: {} }, files(name));
  started.push(child);
  return child;
}

/** Polls until `read` returns something, or fails after `timeoutMs`. */
async function eventually<T>(
  read: () => T | undefined,
  timeoutMs: number,
  what: string,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = read();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

function readPid(path: string): number | undefined {
  try {
    const pid = Number(readFileSync(path, 'utf8').trim());
    return pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

void test('sends stdout and stderr to their files and reports the exit code', async () => {
  const child = await sh('echo', 'echo to-out; echo to-err >&2; exit 3');
  assert.deepEqual(await child.exited, { code: 3, signal: null });
  assert.equal(readFileSync(join(dir, 'echo.out'), 'utf8'), 'to-out\n');
  assert.equal(readFileSync(join(dir, 'echo.err'), 'utf8'), 'to-err\n');
  assert.equal(child.isRunning(), false);
});

/** Resolves once the script has printed `ready` (its signal traps are in place by then). */
async function ready(name: string): Promise<void> {
  const path = join(dir, `${name}.out`);
  await eventually(
    () => (readFileSync(path, 'utf8').includes('ready') ? true : undefined),
    5_000,
    `${name} ready`,
  );
}

void test('a child that exits on SIGTERM is stopped within the grace period', async () => {
  const child = await sh('polite', 'trap "exit 7" TERM; echo ready; while :; do sleep 0.05; done');
  await ready('polite');
  const startedAt = Date.now();
  const exit = await child.stop(10_000);
  assert.deepEqual(exit, { code: 7, signal: null });
  assert.ok(Date.now() - startedAt < 5_000);
});

void test('a child that ignores SIGTERM is killed once the grace period is over', async () => {
  const child = await sh('stubborn', 'trap "" TERM; echo ready; while :; do sleep 0.05; done');
  await ready('stubborn');
  const exit = await child.stop(300);
  assert.deepEqual(exit, { code: null, signal: 'SIGKILL' });
});

void test('stopping kills the whole process group, grandchildren included', async () => {
  const pidFile = join(dir, 'grandchild.pid');
  const child = await sh('parent', `sleep 300 & echo $! > ${pidFile}; wait`);
  const grandchild = await eventually(() => readPid(pidFile), 5_000, 'the grandchild pid');
  assert.ok(isProcessAlive(grandchild));
  await child.stop(2_000);
  await eventually(
    () => (isProcessAlive(grandchild) ? undefined : true),
    5_000,
    'the grandchild to die',
  );
});

void test('a command that does not exist fails to spawn with a stable code', async () => {
  await assert.rejects(
    spawnDetached({ command: join(dir, 'no-such-java'), args: [], env: {} }, files('missing')),
    (error: unknown) => error instanceof CassandraRuntimeError && error.code === 'SPAWN_FAILED',
  );
});

void test('signalling a group that is gone is not an error', () => {
  assert.doesNotThrow(() => {
    signalGroup(2 ** 22 - 1, 'SIGTERM');
  });
});
