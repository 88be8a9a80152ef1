// The built scheduler (dist/main.js) as real processes, on a real ZooKeeper and the scripted fake
// master: one of two leads, a standby takes over after kill -9 with the same framework id, and a
// bad config stops the process before it touches anything.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startZooKeeper, waitFor, type RunningZooKeeper } from '@cmf/e2e';
import { FakeMaster } from './testing/fake-master.js';

const MAIN = fileURLToPath(new URL('./main.js', import.meta.url));
const depsDir = process.env['DEPS_DIR'] ?? fileURLToPath(new URL('../../.deps', import.meta.url));
const SESSION_MS = 4000;

let zk: RunningZooKeeper;
let master: FakeMaster;
let dir: string;
const children: Scheduler[] = [];

before(async () => {
  zk = await startZooKeeper({ depsDir, tickTimeMs: 500 });
  master = await FakeMaster.start();
  dir = await mkdtemp(join(tmpdir(), 'scheduler-app-'));
});
after(async () => {
  for (const c of children) c.process.kill('SIGKILL');
  await master.close();
  await zk.stop();
  await rm(dir, { recursive: true, force: true });
});

interface Scheduler {
  readonly process: ChildProcess;
  readonly lines: Record<string, unknown>[];
  exitCode: number | null;
}

function spawnScheduler(config: string, env: Record<string, string> = {}): Scheduler {
  const child = spawn(process.execPath, [MAIN], {
    env: { ...process.env, SCHEDULER_CONFIG: config, LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const s: Scheduler = { process: child, lines: [], exitCode: null };
  let buffer = '';
  child.stdout.on('data', (chunk: Buffer) => {
    buffer += chunk.toString('utf8');
    const parts = buffer.split('\n');
    buffer = parts.pop() ?? '';
    for (const line of parts)
      if (line.trim()) s.lines.push(JSON.parse(line) as Record<string, unknown>);
  });
  child.on('exit', (code) => {
    s.exitCode = code ?? -1;
  });
  children.push(s);
  return s;
}

const said = (s: Scheduler, message: string): Record<string, unknown> | undefined =>
  s.lines.find((l) => l['message'] === message);

async function apiOf(s: Scheduler): Promise<string> {
  const line = await waitFor(() => said(s, 'API listening'), {
    timeoutMs: 20_000,
    what: 'the API to listen',
  });
  return String(line['address']);
}

async function status(address: string): Promise<{
  leadership: { isLeader: boolean; leader: string | null };
  framework: { id: string | null };
}> {
  const response = await fetch(`http://${address}/v1/status`);
  return (await response.json()) as Awaited<ReturnType<typeof status>>;
}

async function writeConfig(name: string): Promise<string> {
  const path = join(dir, `${name}.yaml`);
  await writeFile(
    path,
    [
      'ring: { name: apptest, nodeCount: 3 }',
      `mesos: { master: "${master.address}", heartbeatMisses: 5 }`,
      `zookeeper: { connect: "${zk.connectString}", root: /cassandra-mesos/apptest, sessionTimeoutMs: ${SESSION_MS} }`,
      'api: { host: 127.0.0.1, port: 0 }',
      '',
    ].join('\n'),
  );
  return path;
}

void test('of two scheduler processes one leads; after kill -9 the standby leads as the same framework', async (t) => {
  const config = await writeConfig('pair');
  const first = spawnScheduler(config);
  const firstApi = await apiOf(first);
  await master.until(
    () => master.subscriptions.length === 1,
    'the first scheduler to subscribe',
    20_000,
  );
  const second = spawnScheduler(config);
  const secondApi = await apiOf(second);
  const [a, b] = [await status(firstApi), await status(secondApi)];
  assert.equal(a.leadership.isLeader, true);
  assert.equal(b.leadership.isLeader, false);
  assert.equal(a.leadership.leader, b.leadership.leader, 'both name the same leader');
  assert.equal(master.subscriptions.length, 1, 'the standby does not subscribe');
  assert.equal(a.framework.id, master.frameworkId);

  const killedAt = performance.now();
  first.process.kill('SIGKILL');
  await master.until(
    () => master.subscriptions.length === 2,
    'the standby to subscribe',
    4 * SESSION_MS,
  );
  const tookMs = performance.now() - killedAt;
  t.diagnostic(
    `failover: the standby subscribed ${Math.round(tookMs)} ms after kill -9 (session ${SESSION_MS} ms)`,
  );
  const resubscribe = master.subscriptions[1]?.call;
  assert.equal(
    resubscribe?.framework_id?.value,
    master.frameworkId,
    'the framework id came from ZooKeeper',
  );
  assert.ok(
    tookMs < SESSION_MS + 2000,
    `standby subscribed ${Math.round(tookMs)} ms after kill -9`,
  );
  await waitFor(async () => (await status(secondApi)).leadership.isLeader, {
    timeoutMs: 5000,
    what: 'the standby to say it leads',
  });
  second.process.kill('SIGTERM');
  await waitFor(() => second.exitCode !== null, {
    timeoutMs: 10_000,
    what: 'a clean stop on SIGTERM',
  });
  assert.equal(second.exitCode, 0);
});

void test('an invalid config stops the process with exit code 2, naming the key and the reason', async () => {
  const config = await writeConfig('bad');
  const s = spawnScheduler(config, { CASSANDRA_NODE_COUNT: 'many' });
  await waitFor(() => s.exitCode !== null, { timeoutMs: 20_000, what: 'the process to exit' });
  assert.equal(s.exitCode, 2);
  const line = said(s, 'invalid configuration; nothing started');
  assert.deepEqual(line?.['errors'], [
    { key: 'ring.nodeCount (from CASSANDRA_NODE_COUNT)', reason: 'expected a number, got "many"' },
  ]);
});

void test('a standby started with a new config leaves the target alone until it leads', async () => {
  const config = await writeConfig('change');
  const env = { ZK_ROOT: '/cassandra-mesos/apptest-change' };
  const heapOf = async (address: string): Promise<number> => {
    const response = await fetch(`http://${address}/v1/config`);
    return ((await response.json()) as { target: { heapMb: number } }).target.heapMb;
  };
  const leader = spawnScheduler(config, env);
  const leaderApi = await apiOf(leader);
  await waitFor(async () => (await status(leaderApi)).leadership.isLeader, {
    timeoutMs: 20_000,
    what: 'the first scheduler to lead',
  });
  const running = await heapOf(leaderApi);
  assert.notEqual(running, 768);
  const standby = spawnScheduler(config, { ...env, CASSANDRA_HEAP_MB: '768' });
  const standbyApi = await apiOf(standby);
  assert.equal((await status(standbyApi)).leadership.isLeader, false);
  assert.equal(await heapOf(standbyApi), running, 'the standby shows the stored target');
  assert.equal(await heapOf(leaderApi), running);

  leader.process.kill('SIGKILL');
  await waitFor(async () => (await status(standbyApi)).leadership.isLeader, {
    timeoutMs: 4 * SESSION_MS,
    what: 'the standby to lead',
  });
  assert.equal(await heapOf(standbyApi), 768, 'leading, it made its config the target');
  standby.process.kill('SIGTERM');
  await waitFor(() => standby.exitCode !== null, { timeoutMs: 10_000, what: 'a clean stop' });
});
