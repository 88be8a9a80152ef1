// The built scheduler (dist/main.js) launched as Marathon launches it: the env of the shipped
// config/marathon.json, plus what Marathon and Mesos add to a task (PORT_API / PORT0, HOST,
// MARATHON_APP_ID, MESOS_SANDBOX, MESOS_TASK_ID), on a real ZooKeeper, with no Mesos master to
// reach. The API answers on the assigned port; a missing HOST or an invalid variable stops it with
// exit code 2 naming the variable, before it touches the ring's state in ZooKeeper.
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { freeLoopbackPort, startZooKeeper, waitFor, type RunningZooKeeper } from '@cmf/e2e';
import { ZkSession } from './store/zk-session.js';

const MAIN = fileURLToPath(new URL('./main.js', import.meta.url));
const MARATHON_JSON = new URL('../../config/marathon.json', import.meta.url);
const depsDir = process.env['DEPS_DIR'] ?? fileURLToPath(new URL('../../.deps', import.meta.url));
const APP_ID = '/cassandra-mesos/marathon-int';
const ROOT = '/cassandra-mesos/marathon-int';

let zk: RunningZooKeeper;
let session: ZkSession;
let sandbox: string;
/** The app's env as config/marathon.json ships it. */
let appEnv: Record<string, string>;
const children: ChildProcess[] = [];

before(async () => {
  zk = await startZooKeeper({ depsDir, tickTimeMs: 500 });
  session = await ZkSession.open({
    connect: zk.connectString,
    sessionTimeoutMs: 6000,
    digest: null,
  });
  sandbox = await mkdtemp(join(tmpdir(), 'marathon-sandbox-'));
  appEnv = (JSON.parse(await readFile(MARATHON_JSON, 'utf8')) as { env: Record<string, string> })
    .env;
});
after(async () => {
  for (const child of children) child.kill('SIGKILL');
  session.close();
  await zk.stop();
  await rm(sandbox, { recursive: true, force: true });
});

interface Launched {
  readonly child: ChildProcess;
  readonly output: { stdout: string; stderr: string };
  readonly exited: Promise<number | null>;
}

/**
 * What Marathon starts: the app's env (the ring name and ZooKeeper root left to the app id), the
 * local ZooKeeper, a Mesos master address nobody listens on, and the task's own variables.
 */
async function marathonEnv(task: Record<string, string>): Promise<Record<string, string>> {
  return {
    PATH: process.env['PATH'] ?? '',
    ...without(appEnv, ['RING_NAME', 'ZK_ROOT']),
    ZK_CONNECT: zk.connectString,
    MESOS_MASTER: `127.0.0.1:${await freeLoopbackPort()}`,
    MARATHON_APP_ID: APP_ID,
    MARATHON_APP_VERSION: '2026-11-21T10:00:00.000Z',
    MESOS_TASK_ID: 'cassandra-mesos_marathon-int.6f1c2d3e-0000-11f1-9ce6-d3b7c6112e10',
    MESOS_SANDBOX: sandbox,
    HOST: '127.0.0.1',
    ...task,
  };
}

function without(env: Record<string, string>, keys: readonly string[]): Record<string, string> {
  return Object.fromEntries(Object.entries(env).filter(([k]) => !keys.includes(k)));
}

function launch(env: Record<string, string>): Launched {
  const child = spawn(process.execPath, [MAIN], { env, cwd: sandbox, stdio: 'pipe' });
  children.push(child);
  const output = { stdout: '', stderr: '' };
  child.stdout.on('data', (chunk: Buffer) => (output.stdout += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (output.stderr += chunk.toString('utf8')));
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  return { child, output, exited };
}

/** The JSON lines the scheduler logged (its one log stream is stdout). */
function logged(s: Launched): Record<string, unknown>[] {
  return s.output.stdout
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

async function getJson(url: string): Promise<{ status: number; body: unknown }> {
  const response = await fetch(url, { signal: AbortSignal.timeout(2_000) });
  return { status: response.status, body: await response.json() };
}

/** Every znode under `root`: its data and the versions that any write would bump. */
async function snapshot(root: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  const visit = async (path: string): Promise<void> => {
    const node = await session.getData(path);
    if (node === null) return;
    const { stat } = node;
    // A znode created without data reads back with none.
    const data = Buffer.isBuffer(node.data) ? node.data.toString('base64') : '';
    out[path] = `v${stat.version} cv${stat.cversion} m${stat.mzxid.toString('hex')} ${data}`;
    for (const child of await session.getChildren(path)) await visit(`${path}/${child}`);
  };
  await visit(root);
  return out;
}

async function exitOf(s: Launched): Promise<number | null> {
  const timer = setTimeout(() => s.child.kill('SIGKILL'), 20_000);
  try {
    return await s.exited;
  } finally {
    clearTimeout(timer);
  }
}

const explain = (s: Launched): string => `stdout:\n${s.output.stdout}\nstderr:\n${s.output.stderr}`;

void test('as Marathon launches it: the API answers /health on PORT_API, the app id names the ring, no master needed', async (t) => {
  const port = await freeLoopbackPort();
  const s = launch(await marathonEnv({ PORT_API: String(port), PORT0: String(port) }));
  const base = `http://127.0.0.1:${port}`;
  await waitFor(async () => (await getJson(`${base}/health`)).status === 200, {
    timeoutMs: 20_000,
    what: `/health on the port Marathon assigned (${port})`,
  }).catch((error: unknown) => assert.fail(`${String(error)}\n${explain(s)}`));
  assert.deepEqual((await getJson(`${base}/health`)).body, { status: 'ok' });
  // Bound for the Mesos-level health check, which connects from the task's network namespace.
  const launched = logged(s).find((l) => l['message'] === 'launched by Marathon');
  assert.equal(launched?.['appId'], APP_ID, explain(s));
  const listening = logged(s).find((l) => l['message'] === 'API listening');
  assert.equal(listening?.['address'], `0.0.0.0:${port}`, explain(s));

  // It leads (ZooKeeper is there) although no master answers: it keeps trying, and keeps serving.
  interface Status {
    leadership: { isLeader: boolean; leader: string | null };
    framework: { subscribed: unknown };
  }
  const status = await waitFor(
    async () => {
      const body = (await getJson(`${base}/v1/status`)).body as Status;
      return body.leadership.isLeader ? body : null;
    },
    { timeoutMs: 20_000, what: 'the scheduler to lead' },
  );
  // Named by HOST (what others reach), not by the 0.0.0.0 it is bound to.
  assert.equal(status.leadership.leader, `127.0.0.1:${port} pid ${s.child.pid}`);
  await waitFor(
    () => logged(s).some((l) => l['message'] === 'subscription ended; re-subscribing'),
    { timeoutMs: 20_000, what: 'a failed SUBSCRIBE to the unreachable master, retried' },
  ).catch((error: unknown) => assert.fail(`${String(error)}\n${explain(s)}`));
  const after = (await getJson(`${base}/v1/status`)).body as Status;
  assert.equal(after.framework.subscribed, null, 'not subscribed: no master');
  assert.equal((await getJson(`${base}/health`)).status, 200, 'still serving');
  assert.equal(s.child.exitCode, null, `still running\n${explain(s)}`);

  // The app id is where the ring's name (and so its ZooKeeper root) comes from; the rest of the
  // configuration is marathon.json's env.
  const config = (await getJson(`${base}/v1/config`)).body as {
    target: { ringName: string; heapMb: number; nodeCount: number; seedCount: number };
  };
  assert.equal(config.target.ringName, 'marathon-int');
  assert.deepEqual(
    [config.target.heapMb, config.target.nodeCount, config.target.seedCount],
    [
      Number(appEnv['CASSANDRA_HEAP_MB']),
      Number(appEnv['CASSANDRA_NODE_COUNT']),
      Number(appEnv['CASSANDRA_SEED_COUNT']),
    ],
  );
  const stored = Object.keys(await snapshot(ROOT));
  t.diagnostic(`stored under ${ROOT}: ${stored.join(' ')}`);
  assert.ok(stored.length > 1, `the ring's state lives under ${ROOT}`);

  s.child.kill('SIGTERM');
  assert.equal(await exitOf(s), 0, `a clean stop on SIGTERM (Marathon's kill)\n${explain(s)}`);
});

void test('without PORT_API the API takes PORT0', async () => {
  const port = await freeLoopbackPort();
  const s = launch(
    await marathonEnv({
      PORT0: String(port),
      // Its own ring: this process must not wait behind another one's leadership.
      MARATHON_APP_ID: '/cassandra-mesos/marathon-port0',
    }),
  );
  await waitFor(async () => (await getJson(`http://127.0.0.1:${port}/health`)).status === 200, {
    timeoutMs: 20_000,
    what: `/health on PORT0 (${port})`,
  }).catch((error: unknown) => assert.fail(`${String(error)}\n${explain(s)}`));
  s.child.kill('SIGTERM');
  assert.equal(await exitOf(s), 0, explain(s));
});

void test('a missing HOST stops start-up with exit code 2, naming HOST; ZooKeeper untouched', async () => {
  const before = await snapshot(ROOT);
  const env = await marathonEnv({ PORT_API: String(await freeLoopbackPort()) });
  const s = launch(without(env, ['HOST']));
  assert.equal(await exitOf(s), 2, explain(s));
  const line = logged(s).find((l) => l['level'] === 'error');
  assert.equal(line?.['message'], 'invalid Marathon environment; nothing started', explain(s));
  assert.deepEqual(line['errors'], [{ key: 'HOST', reason: 'missing; Marathon sets it' }]);
  assert.deepEqual(await snapshot(ROOT), before);
});

const invalid: readonly [string, Record<string, string>, string, string][] = [
  [
    'a heap that is not a number',
    { CASSANDRA_HEAP_MB: 'lots' },
    'invalid configuration; nothing started',
    'CASSANDRA_HEAP_MB',
  ],
  [
    'a node count of zero',
    { CASSANDRA_NODE_COUNT: '0' },
    'invalid configuration; nothing started',
    'CASSANDRA_NODE_COUNT',
  ],
  [
    'a port from Marathon that is not a port',
    { PORT_API: 'api' },
    'invalid Marathon environment; nothing started',
    'PORT_API',
  ],
];

for (const [name, change, message, variable] of invalid) {
  void test(`${name}: exit code 2 naming ${variable}; the ring's state in ZooKeeper unchanged`, async () => {
    const before = await snapshot(ROOT);
    assert.ok(Object.keys(before).length > 1, 'the first test stored the ring');
    const s = launch(await marathonEnv({ PORT_API: String(await freeLoopbackPort()), ...change }));
    assert.equal(await exitOf(s), 2, explain(s));
    const line = logged(s).find((l) => l['level'] === 'error');
    assert.equal(line?.['message'], message, explain(s));
    const keys = (line['errors'] as { key: string; reason: string }[]).map((e) => e.key);
    assert.ok(
      keys.some((k) => k.includes(variable)),
      `the error names ${variable}: ${JSON.stringify(line['errors'])}`,
    );
    assert.ok(!logged(s).some((l) => l['message'] === 'API listening'), 'nothing started');
    assert.deepEqual(await snapshot(ROOT), before);
  });
}

void test('the comparison sees writes: a valid new heap, once the scheduler leads, changes the stored state', async () => {
  const before = await snapshot(ROOT);
  const port = await freeLoopbackPort();
  const s = launch(await marathonEnv({ PORT_API: String(port), CASSANDRA_HEAP_MB: '6144' }));
  await waitFor(
    async () => {
      const body = (await getJson(`http://127.0.0.1:${port}/v1/config`)).body as {
        target: { heapMb: number };
      };
      return body.target.heapMb === 6144;
    },
    { timeoutMs: 20_000, what: 'the new heap to become the target' },
  ).catch((error: unknown) => assert.fail(`${String(error)}\n${explain(s)}`));
  s.child.kill('SIGTERM');
  assert.equal(await exitOf(s), 0, explain(s));
  assert.notDeepEqual(await snapshot(ROOT), before);
});
