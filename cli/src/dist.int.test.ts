// The release tarball (config/build/dist.sh, as `make dist` runs it), built offline from the npm
// cache, unpacked where nothing of the repository is reachable: its launchers start the CLI,
// the scheduler and the executor on production dependencies alone, laid out as marathon.json says.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);
const ROOT = fileURLToPath(new URL('../../', import.meta.url));

interface Exit {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs a command and returns how it ended, failure or not. */
async function exitOf(file: string, args: string[], env: NodeJS.ProcessEnv): Promise<Exit> {
  try {
    const { stdout, stderr } = await run(file, args, { env, timeout: 60_000 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { code: e.code ?? -1, stdout: e.stdout ?? '', stderr: e.stderr ?? '' };
  }
}

let dir: string;
let release: string;
let tarball: string;
/** Only what a Mesos sandbox would give: no repository, no node_modules above the release. */
let sandboxEnv: NodeJS.ProcessEnv;

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'cmf-dist-'));
  const version = (
    JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8')) as { version: string }
  ).version;
  const built = await exitOf('bash', [join(ROOT, 'config/build/dist.sh')], {
    ...process.env,
    DIST_OUT: join(dir, 'out'),
    NPM_CONFIG_OFFLINE: 'true',
  });
  assert.equal(built.code, 0, `dist.sh failed:\n${built.stdout}\n${built.stderr}`);
  tarball = join(dir, 'out', `cassandra-mesos-${version}.tar.gz`);
  await run('tar', ['-C', dir, '-xzf', tarball]);
  release = join(dir, 'cassandra-mesos');
  sandboxEnv = { PATH: process.env['PATH'] ?? '/usr/bin:/bin', HOME: dir };
});

after(async () => {
  await rm(dir, { recursive: true, force: true });
});

void test('the tarball unpacks to cassandra-mesos/ with the entry points marathon.json runs', async (t) => {
  const size = (await stat(tarball)).size;
  t.diagnostic(
    JSON.stringify({ bench: 'dist', metric: 'tarball_size', value: size, unit: 'bytes' }),
  );
  const marathon = JSON.parse(await readFile(join(ROOT, 'config/marathon.json'), 'utf8')) as {
    cmd: string;
    env: Record<string, string>;
  };
  const entries = [marathon.cmd, marathon.env['EXECUTOR_COMMAND'] ?? ''].map(
    (cmd) => /\.\/(cassandra-mesos\/\S+\.js)/.exec(cmd)?.[1],
  );
  assert.deepEqual(entries, [
    'cassandra-mesos/scheduler/dist/main.js',
    'cassandra-mesos/executor/dist/main.js',
  ]);
  for (const entry of entries) assert.ok((await stat(join(dir, entry))).isFile(), entry);
  const { stdout } = await run('tar', ['-tzf', tarball]);
  // Ours only: dependencies ship what their authors published.
  const files = stdout.split('\n').filter((f) => !f.includes('/node_modules/'));
  assert.ok(files.includes('cassandra-mesos/cli/dist/main.js'));
  assert.equal(
    files.filter((f) => /\.test\.js$|\.bench\.js$|\/testing\//.test(f)).length,
    0,
    'no tests',
  );
  const modules = stdout
    .split('\n')
    .filter((f) => /^cassandra-mesos\/node_modules\/[^/]+\/$/.test(f));
  // The scheduler reads replication factors and keyspaces over CQL, so the driver ships.
  for (const prod of ['protobufjs', 'node-zookeeper-client', 'cassandra-driver', 'winston']) {
    assert.ok(modules.includes(`cassandra-mesos/node_modules/${prod}/`), `${prod} ships`);
  }
  for (const dev of ['typescript', 'eslint', 'fast-check', 'ajv']) {
    assert.ok(
      !modules.includes(`cassandra-mesos/node_modules/${dev}/`),
      `${dev} is for development`,
    );
  }
  assert.deepEqual(
    stdout
      .split('\n')
      .filter((f) => /^cassandra-mesos\/node_modules\/@cmf\/[^/]+$/.test(f))
      .sort(),
    ['cli', 'executor', 'proto', 'scheduler'].map((p) => `cassandra-mesos/node_modules/@cmf/${p}`),
  );
});

void test('bin/cassandra-mesos --help runs the CLI from the release', async () => {
  const help = await exitOf(join(release, 'bin/cassandra-mesos'), ['--help'], sandboxEnv);
  assert.equal(help.code, 0, help.stderr);
  assert.match(help.stdout, /^usage: cassandra-mesos /);
  assert.match(help.stdout, /config diff <file>/);
  const down = await exitOf(
    join(release, 'bin/cassandra-mesos'),
    ['--url', 'http://127.0.0.1:1', 'status'],
    sandboxEnv,
  );
  assert.equal(down.code, 3);
  assert.match(
    down.stderr,
    /cannot reach the scheduler at http:\/\/127\.0\.0\.1:1: connection refused/,
  );
});

void test('bin/scheduler and bin/executor load all their modules and check their settings', async () => {
  // Both fail on purpose, after every static import has resolved: a missing production
  // dependency would fail earlier, with ERR_MODULE_NOT_FOUND.
  const scheduler = await exitOf(join(release, 'bin/scheduler'), [], {
    ...sandboxEnv,
    CASSANDRA_NODE_COUNT: 'three',
  });
  assert.equal(scheduler.code, 2, scheduler.stderr);
  assert.match(scheduler.stdout + scheduler.stderr, /CASSANDRA_NODE_COUNT/);
  const executor = await exitOf(join(release, 'bin/executor'), [], sandboxEnv);
  assert.equal(executor.code, 2, executor.stderr);
  assert.match(executor.stderr, /MESOS_FRAMEWORK_ID is not set/);
  assert.doesNotMatch(scheduler.stderr + executor.stderr, /ERR_MODULE_NOT_FOUND/);
});
