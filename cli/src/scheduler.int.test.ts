// The CLI against the real scheduler: real ZooKeeper, the local Mesos master (no agents, so the
// ring stays in its first bootstrap step, waiting for offers) and `node scheduler/dist/main.js`.
// Proves that api.ts reads what the scheduler actually serves.
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { after, before, test, type TestContext } from 'node:test';
import { fileURLToPath } from 'node:url';
import {
  defaultDepsDir,
  freeLoopbackPort,
  startCluster,
  startZooKeeper,
  waitFor,
  type Cluster,
  type RunningZooKeeper,
} from '@cmf/e2e';
import { runArgv } from './run.js';

const SCHEDULER_MAIN = fileURLToPath(new URL('./main.js', import.meta.resolve('@cmf/scheduler')));
const TOKEN = 'cli-int-token';

let zk: RunningZooKeeper | undefined;
let cluster: Cluster | undefined;
let scheduler: ChildProcess | undefined;
let log = '';
let url = '';

function killScheduler(): void {
  scheduler?.kill('SIGKILL');
}

before(async () => {
  zk = await startZooKeeper({ depsDir: process.env['DEPS_DIR'] ?? defaultDepsDir() });
  cluster = await startCluster({ agents: [] });
  const port = await freeLoopbackPort();
  url = `http://127.0.0.1:${port}`;
  scheduler = spawn(process.execPath, [SCHEDULER_MAIN], {
    env: {
      PATH: process.env['PATH'] ?? '',
      MESOS_MASTER: cluster.masterUrl.replace(/^http:\/\//, ''),
      ZK_CONNECT: zk.connectString,
      API_HOST: '127.0.0.1',
      API_PORT: String(port),
      API_TOKEN: TOKEN,
      RING_NAME: 'clitest',
      CASSANDRA_NODE_COUNT: '3',
      CASSANDRA_SEED_COUNT: '2',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  scheduler.stdout?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  scheduler.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  process.once('exit', killScheduler);
});

after(async () => {
  killScheduler();
  await cluster?.stop();
  await zk?.stop();
});

async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runArgv(
    argv,
    { CMF_API_URL: url },
    { nowMs: () => Date.now(), readText: (path) => readFile(path, 'utf8'), version: 'test' },
    { out: (text) => out.push(text), err: (text) => err.push(text) },
  );
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** Runs a step; when it fails, the scheduler's log explains it. */
async function explained(t: TestContext, body: () => Promise<void>): Promise<void> {
  try {
    await body();
  } catch (error) {
    for (const line of log.split('\n').slice(-40)) t.diagnostic(line);
    throw error;
  }
}

void test('status: subscribed, leading, three nodes waiting for offers', async (t) => {
  await explained(t, async () => {
    const status = await waitFor(
      async () => {
        const result = await cli('status');
        return result.code === 0 &&
          result.out.includes('node-2') &&
          result.out.includes('subscribed to')
          ? result
          : null;
      },
      { timeoutMs: 60_000, intervalMs: 200, what: 'the scheduler to subscribe and create 3 nodes' },
    );
    assert.match(status.out, /^leader +127\.0\.0\.1:\d+ pid \d+ \(this process\)$/m);
    assert.match(status.out, /^reconciliation +settled$/m);
    assert.match(status.out, /^nodes +0\/3 Up, 0 UN; 2 seed\(s\)$/m);
    const rows = status.out.split('\n').filter((line) => /^-- +node-\d/.test(line));
    assert.equal(rows.length, 3, status.out);
    assert.match(rows[0] ?? '', /^-- +node-0 +- +- +- +yes +Pending +- +needs an offer/);
  });
});

void test('plan show during bootstrap: seeds first, one node at a time, each with its reason', async (t) => {
  await explained(t, async () => {
    const { code, out } = await cli('plan', 'show');
    assert.equal(code, 0);
    const lines = out.split('\n');
    assert.match(lines[0] ?? '', /^deploy \(IN_PROGRESS\) {2}\[\.{20}\] 0\/3 nodes$/);
    assert.equal(lines[1], '├─ seeds (IN_PROGRESS)');
    assert.match(lines[2] ?? '', /^│ {2}├─ node-0 \(IN_PROGRESS, Pending\): needs an offer/);
    assert.match(lines[3] ?? '', /^│ {2}└─ node-1 \(WAITING, Pending\): waits for node-0/);
    assert.equal(lines[4], '└─ nodes (WAITING)');
    assert.match(lines[5] ?? '', /^ {3}└─ node-2 \(WAITING, Pending\): waits for node-0/);
    assert.match(out, /^ {2}wantOffer: node-0 is next to join$/m);
  });
});

void test('nodes, config, endpoints and seeds read what the scheduler serves', async () => {
  const node = await cli('nodes', 'show', 'node-1');
  assert.equal(node.code, 0);
  assert.match(node.out, /^phase +Pending \(goal Running\)$/m);
  assert.match(node.out, /^seed +yes$/m);
  const missing = await cli('nodes', 'show', 'node-9');
  assert.equal(missing.code, 1);
  assert.match(missing.err, /\(404\): no node node-9$/);
  const config = await cli('config', 'show');
  assert.match(config.out, /^nodeCount +3$/m);
  assert.match(config.out, /^ports\.native +9042$/m);
  const running = await cli('config', 'show', '--running');
  assert.equal(running.out.split('\n').filter((l) => l.endsWith('not launched yet')).length, 3);
  assert.deepEqual(await cli('endpoints'), { code: 0, out: 'no node serves CQL yet', err: '' });
  assert.deepEqual(await cli('seeds'), { code: 0, out: 'no seeds placed yet', err: '' });
  const json = JSON.parse((await cli('--json', 'nodes', 'list')).out) as { id: string }[];
  assert.deepEqual(
    json.map((n) => n.id),
    ['node-0', 'node-1', 'node-2'],
  );
});

void test('a mutation without the token is refused (401), with how to give one', async () => {
  const { code, err } = await cli('nodes', 'restart', 'node-0');
  assert.equal(code, 1);
  assert.match(err, /refused to restart node-0 \(401\)/);
  assert.match(err, /set CMF_API_TOKEN or pass --token/);
});
