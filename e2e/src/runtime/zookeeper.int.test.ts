import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { isProcessAlive } from '@cmf/executor';
import { defaultDepsDir } from './deps.js';
import { waitFor } from './wait-for.js';
import { startZooKeeper } from './zookeeper.js';

const depsDir = process.env['DEPS_DIR'] ?? defaultDepsDir();
const scratch = mkdtempSync(join(tmpdir(), 'zookeeper-int-'));
after(() => {
  rmSync(scratch, { recursive: true, force: true });
});

/**
 * Runs a separate Node process that starts ZooKeeper, prints the server pid, then ends the way
 * `ending` says without calling stop(). Returns the pid it printed.
 */
async function orphanAttempt(ending: 'exit' | 'SIGTERM'): Promise<number> {
  const script = join(scratch, `${ending}.mjs`);
  const runtime = new URL('./zookeeper.js', import.meta.url).href;
  writeFileSync(
    script,
    `const { startZooKeeper } = await import(${JSON.stringify(runtime)});
const zk = await startZooKeeper({ depsDir: ${JSON.stringify(depsDir)} });
process.stdout.write(zk.pid + '\\n');
${ending === 'exit' ? 'process.exit(0);' : 'setInterval(() => {}, 1000);'}
`,
  );
  const child = spawn(process.execPath, [script], { stdio: ['ignore', 'pipe', 'inherit'] });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const pid = await waitFor(() => Number(output.trim()) || undefined, {
    timeoutMs: 60_000,
    what: 'the helper process to report the ZooKeeper pid',
  });
  assert.ok(isProcessAlive(pid), 'ZooKeeper runs while its starter does');
  if (ending === 'SIGTERM') child.kill('SIGTERM');
  await exited;
  return pid;
}

void test('stop() ends the server and removes its data', async () => {
  const zk = await startZooKeeper({ depsDir });
  const { pid, dataDir } = zk;
  assert.ok(isProcessAlive(pid));
  await zk.stop();
  assert.equal(isProcessAlive(pid), false);
  assert.equal(existsSync(dataDir), false);
});

void test('a restart serves again on the same port with a new server process', async () => {
  const zk = await startZooKeeper({ depsDir });
  try {
    const before = zk.pid;
    await zk.restart();
    assert.notEqual(zk.pid, before);
    assert.equal(isProcessAlive(before), false);
    assert.match(zk.connectString, new RegExp(`:${zk.port}$`));
  } finally {
    await zk.stop();
  }
});

void test('a test process that exits without stopping ZooKeeper takes it along', async () => {
  const pid = await orphanAttempt('exit');
  await waitFor(() => !isProcessAlive(pid), {
    timeoutMs: 10_000,
    what: `ZooKeeper pid ${pid} to be gone`,
  });
});

void test('a test process ended by SIGTERM takes ZooKeeper along', async () => {
  const pid = await orphanAttempt('SIGTERM');
  await waitFor(() => !isProcessAlive(pid), {
    timeoutMs: 10_000,
    what: `ZooKeeper pid ${pid} to be gone`,
  });
});
