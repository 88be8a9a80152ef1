// The command layer against a fake scheduler API on a loopback port: what each command sends,
// what it prints, and the exit code a script would see.
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, beforeEach, describe, test } from 'node:test';
import { runArgv } from './run.js';
import { closeServer, FakeApi, listenOnLoopback } from './testing/fake-api.js';
import {
  CONFIG,
  FINISHED_RUN,
  HEAP_DIFF,
  INVALID_DIFF,
  NODES,
  NOW_MS,
  PLAN,
  PLAN_IN_ERROR,
  RUNNING_RUN,
  SCHEDULE,
  STATUS,
} from './testing/fixtures.js';

interface Result {
  readonly code: number;
  readonly out: string;
  readonly err: string;
}

let api: FakeApi;
let dir: string;

async function cli(argv: string[], env: Record<string, string> = {}): Promise<Result> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runArgv(
    argv,
    { CMF_API_URL: api.url, ...env },
    {
      nowMs: () => NOW_MS,
      readText: (path) => readFile(path, 'utf8'),
      version: '0.1.0',
    },
    { out: (text) => out.push(text), err: (text) => err.push(text) },
  );
  return { code, out: out.join('\n'), err: err.join('\n') };
}

function lineWith(text: string, needle: string): string {
  const line = text.split('\n').find((l) => l.includes(needle));
  assert.ok(line, `no line with ${needle} in:\n${text}`);
  return line;
}

before(async () => {
  api = await FakeApi.start();
  dir = await mkdtemp(join(tmpdir(), 'cmf-cli-'));
});

after(async () => {
  await api.stop();
  await rm(dir, { recursive: true, force: true });
});

beforeEach(() => {
  api.requests.length = 0;
  api
    .on('GET /v1/status', { status: 200, body: STATUS })
    .on('GET /v1/nodes', { status: 200, body: NODES })
    .on('GET /v1/nodes/node-1', { status: 200, body: NODES[1] })
    .on('GET /v1/plan', { status: 202, body: PLAN })
    .on('GET /v1/repairs', { status: 200, body: { runs: [FINISHED_RUN, RUNNING_RUN] } })
    .on('GET /v1/repair-schedule', { status: 200, body: SCHEDULE })
    .on('GET /v1/config', { status: 200, body: CONFIG })
    .on('GET /v1/endpoints', {
      status: 200,
      body: { native: ['10.0.1.11:9042', '10.0.1.12:9042'] },
    })
    .on('GET /v1/seeds', { status: 200, body: { seeds: ['10.0.1.11', '10.0.1.12'] } });
});

void describe('reading the ring', () => {
  void test('status: the summary, then a nodetool-style table; exit 0', async () => {
    const { code, out } = await cli(['status']);
    assert.equal(code, 0);
    assert.match(out, /^framework +5e0b5c3a-.*-0001 \(subscribed to 10\.0\.1\.2:5050\)$/m);
    assert.match(out, /^leader +10\.0\.1\.5:31822 pid 4121 \(this process\)$/m);
    assert.match(out, /^nodes +2\/3 Up, 2 UN; 2 seed\(s\)$/m);
    assert.match(
      lineWith(out, 'UJ '),
      /^UJ +node-2 +10\.0\.1\.13 +agent-3\.example\.com +rack3 +no +Starting +TASK_RUNNING +waiting/,
    );
  });

  void test('--json prints the API answer itself, pretty', async () => {
    const { code, out } = await cli(['--json', 'status']);
    assert.equal(code, 0);
    assert.deepEqual(JSON.parse(out), STATUS);
    assert.match(out, /^ {2}"reconciliation": "settled",$/m);
  });

  void test('nodes list: columns line up under their headers', async () => {
    const { code, out } = await cli(['nodes', 'list']);
    assert.equal(code, 0);
    const [header = '', ...rows] = out.split('\n');
    assert.equal(rows.length, 3);
    for (const column of ['ADDRESS', 'HOST', 'PHASE', 'TASK', 'REASON']) {
      const at = header.indexOf(column);
      const cells = rows.map((row) => row.slice(at).split(/ {2,}/)[0]);
      assert.ok(
        cells.every((cell) => cell !== undefined && cell !== '' && !cell.startsWith(' ')),
        `${column}: ${JSON.stringify(cells)}`,
      );
    }
    assert.deepEqual(
      rows.map((row) => row.slice(0, 2)),
      ['UN', 'UN', 'UJ'],
    );
  });

  void test("nodes show: one node's record", async () => {
    const { code, out } = await cli(['nodes', 'show', 'node-1']);
    assert.equal(code, 0);
    assert.deepEqual(
      api.requests.map((r) => `${r.method} ${r.path}`),
      ['GET /v1/nodes/node-1'],
    );
    assert.match(out, /^address +10\.0\.1\.12$/m);
    assert.match(out, /^cassandra +NORMAL \(probed 4s ago\)$/m);
    assert.match(out, /^failures +1, last: TASK_FAILED: Cassandra exited with 137$/m);
  });

  void test('an unknown node: the API says 404, the CLI prints its message and exits 1', async () => {
    api.on('GET /v1/nodes/node-9', {
      status: 404,
      body: { message: 'no node node-9 in ring cassandra' },
    });
    const { code, out, err } = await cli(['nodes', 'show', 'node-9']);
    assert.equal(code, 1);
    assert.equal(out, '');
    assert.match(err, /refused to show node-9 \(404\): no node node-9 in ring cassandra/);
  });

  void test('plan show: plan -> phase -> step with statuses, reasons and a progress bar', async () => {
    const { code, out } = await cli(['plan', 'show']);
    assert.equal(code, 0);
    assert.deepEqual(out.split('\n'), [
      'deploy (IN_PROGRESS)  [#############.......] 2/3 nodes',
      '├─ seeds (COMPLETE)',
      '│  ├─ node-0 (COMPLETE, Up): NORMAL and seen UP',
      '│  └─ node-1 (COMPLETE, Up): NORMAL and seen UP',
      '└─ nodes (IN_PROGRESS)',
      '   └─ node-2 (IN_PROGRESS, Starting): waiting for node-2 to be NORMAL and seen UP by node-0, node-1',
      '',
      'last pass:',
      '  suppress: no node waits for an offer',
    ]);
  });

  void test('a plan the API answers with 417 is shown, and exits 1', async () => {
    api.on('GET /v1/plan', { status: 417, body: PLAN_IN_ERROR });
    const { code, out } = await cli(['plan', 'show']);
    assert.equal(code, 1);
    assert.match(out, /^deploy \(ERROR\) {2}\[\.{20}\] 0\/1 nodes$/m);
    assert.match(out, /node-0 \(ERROR, Failed\): TASK_FAILED 5 times in 10 minutes; backing off/);
  });

  void test('endpoints: the serving nodes on the native port; seeds: the seed addresses', async () => {
    assert.deepEqual(await cli(['endpoints']), {
      code: 0,
      out: '10.0.1.11:9042\n10.0.1.12:9042',
      err: '',
    });
    assert.deepEqual(await cli(['seeds']), { code: 0, out: '10.0.1.11\n10.0.1.12', err: '' });
    assert.deepEqual(JSON.parse((await cli(['--json', 'seeds'])).out), {
      seeds: ['10.0.1.11', '10.0.1.12'],
    });
  });

  void test('a scheduler behind a proxy keeps its path prefix', async () => {
    api.on('GET /service/ring1/v1/nodes', { status: 200, body: [NODES[2]] });
    const { code, out } = await cli(['--url', `${api.url}/service/ring1/`, 'seeds']);
    assert.equal(code, 0);
    assert.equal(out, 'no seeds placed yet');
    assert.deepEqual(
      api.requests.map((r) => r.path),
      ['/service/ring1/v1/nodes'],
    );
  });
});

void describe('changing the ring', () => {
  void test('nodes restart sends the token from CMF_API_TOKEN as a bearer token', async () => {
    api.on('POST /v1/nodes/node-1/restart', {
      status: 202,
      body: { message: 'node-1 restarts after node-2 is Up' },
    });
    const { code, out } = await cli(['nodes', 'restart', 'node-1'], { CMF_API_TOKEN: 's3cret' });
    assert.equal(code, 0);
    assert.equal(out, 'node-1 restarts after node-2 is Up');
    assert.equal(
      api.requestsTo('POST /v1/nodes/node-1/restart')[0]?.authorization,
      'Bearer s3cret',
    );
  });

  void test('--token wins over the environment; API_TOKEN is the fallback', async () => {
    api.on('POST /v1/nodes/node-2/replace', { status: 202, body: {} });
    await cli(['nodes', 'replace', 'node-2', '--token', 'flag'], { CMF_API_TOKEN: 'env' });
    await cli(['nodes', 'replace', 'node-2'], { API_TOKEN: 'fallback' });
    assert.deepEqual(
      api.requestsTo('POST /v1/nodes/node-2/replace').map((r) => r.authorization),
      ['Bearer flag', 'Bearer fallback'],
    );
  });

  void test('without a token a refused mutation says how to give one; exit 1', async () => {
    api.on('POST /v1/nodes/node-1/replace', {
      status: 401,
      body: { error: 'a bearer token is required' },
    });
    const { code, err } = await cli(['nodes', 'replace', 'node-1']);
    assert.equal(code, 1);
    assert.equal(api.requests[0]?.authorization, null);
    assert.match(err, /refused to replace node-1 \(401\): a bearer token is required/);
    assert.match(err, /set CMF_API_TOKEN or pass --token/);
  });

  void test('repair start --keyspace (repeated or comma-separated) names the keyspaces', async () => {
    api.on('POST /v1/repairs', { status: 201, body: RUNNING_RUN });
    const { code, out } = await cli([
      'repair',
      'start',
      '--keyspace',
      'orders',
      '-k',
      'users,events',
    ]);
    assert.equal(code, 0);
    assert.deepEqual(api.requestsTo('POST /v1/repairs')[0]?.body, {
      keyspaces: ['orders', 'users', 'events'],
    });
    assert.match(out, /^run +r-20240506-0948$/m);
    assert.match(out, /^keyspaces +orders \(not in the ring, skipped: ordrs\)$/m);
    assert.match(out, /^progress +\[##########\.{10}\] 1\/2 nodes$/m);
  });

  void test('repair start while a run is under way: 409 and its reason; exit 1', async () => {
    api.on('POST /v1/repairs', {
      status: 409,
      body: { message: 'repair r-20240506-0948 is running' },
    });
    const { code, err } = await cli(['repair', 'start']);
    assert.equal(code, 1);
    assert.deepEqual(api.requestsTo('POST /v1/repairs')[0]?.body, {});
    assert.match(err, /repair r-20240506-0948 is running/);
  });

  void test('repair status without an id follows the run under way', async () => {
    const { code, out } = await cli(['repair', 'status']);
    assert.equal(code, 0);
    assert.match(out, /^run +r-20240506-0948$/m);
    assert.match(
      lineWith(out, 'node-0 '),
      /succeeded +2 +1\/1 +7m 00s +timed out after 240 minutes/,
    );
    assert.match(lineWith(out, 'node-1 '), /running +1 +0\/1 +5m 00s$/);
  });

  void test('repair history lists runs newest first', async () => {
    const { code, out } = await cli(['repair', 'history']);
    assert.equal(code, 0);
    const ids = out
      .split('\n')
      .slice(1)
      .map((row) => row.split(' ')[0]);
    assert.deepEqual(ids, ['r-20240506-0948', 'r-20240505-0200']);
    assert.match(
      lineWith(out, 'r-20240505-0200'),
      /succeeded +schedule +2024-05-05T02:00:00Z +1h 00m +3\/3 +orders,users/,
    );
  });

  void test('repair pause / resume / abort post to the run', async () => {
    for (const action of ['pause', 'resume', 'abort']) {
      api.on(`POST /v1/repairs/r-1/${action}`, { status: 202, body: {} });
      const { code, out } = await cli(['repair', action, 'r-1']);
      assert.equal(code, 0);
      assert.equal(out, `${action} of repair r-1 accepted`);
    }
    assert.equal(api.requests.length, 3);
  });

  void test('repair schedule shows the next run; pause posts and shows the result', async () => {
    const shown = await cli(['repair', 'schedule']);
    assert.equal(shown.code, 0);
    assert.match(shown.out, /^next run +2024-05-12T02:00:00Z \(in 5d 16h\)$/m);
    api.on('POST /v1/repair-schedule/pause', { status: 200, body: { ...SCHEDULE, paused: true } });
    const paused = await cli(['repair', 'schedule', 'pause']);
    assert.equal(paused.code, 0);
    assert.match(paused.out, /^state +paused$/m);
    assert.equal((await cli(['repair', 'schedule', 'stop'])).code, 2);
  });
});

void describe('config', () => {
  void test('config show prints the target and what was refused; --running which config each node runs', async () => {
    const target = await cli(['config', 'show']);
    assert.equal(target.code, 0);
    assert.match(target.out, /^heapMb +4096$/m);
    assert.match(target.out, /^node\.memMb +8192$/m);
    assert.match(target.out, /^extraJvmOpts +\[\]$/m);
    assert.match(target.out, /^ {2}cassandra\.dc: cannot change after deploy \("dc1" -> "dc2"\)$/m);
    const running = await cli(['config', 'show', '--running']);
    assert.equal(running.code, 0);
    assert.match(lineWith(running.out, 'node-0'), /c5f1a9e0 +yes$/);
    assert.match(lineWith(running.out, 'node-1'), /7b2d0c11 +no: restarts to catch up$/);
    assert.match(lineWith(running.out, 'node-2'), /- +not launched yet$/);
  });

  void test('config diff of a Marathon app with a new heap lists every node that would restart', async () => {
    api.on('POST /v1/config/diff', { status: 200, body: HEAP_DIFF });
    const file = join(dir, 'marathon.json');
    const app = {
      id: '/cassandra-mesos/cassandra',
      env: { CASSANDRA_HEAP_MB: '6144', CASSANDRA_NODE_COUNT: '3' },
    };
    await writeFile(file, JSON.stringify(app));
    const { code, out } = await cli(['config', 'diff', file]);
    assert.equal(code, 0);
    assert.deepEqual(api.requestsTo('POST /v1/config/diff')[0]?.body, { env: app.env });
    assert.match(lineWith(out, 'cassandra.heapMb'), /4096 +6144 +restart$/);
    assert.match(out, /3 node\(s\) would restart, one at a time, in this order:/);
    assert.match(out, / {2}1\. node-2: cassandra\.heapMb 4096 -> 6144\n {2}2\. node-0 \(seed\): /);
    for (const id of ['node-0', 'node-1', 'node-2'])
      assert.match(
        out,
        new RegExp(`^ {2}\\d\\. ${id}( \\(seed\\))?: cassandra.heapMb 4096 -> 6144$`, 'm'),
      );
  });

  void test('config validate of a YAML settings file: invalid (422) names each key; exit 1', async () => {
    api.on('POST /v1/config/diff', { status: 422, body: INVALID_DIFF });
    const file = join(dir, 'settings.yaml');
    await writeFile(file, 'cassandra:\n  dc: dc2\n');
    const { code, out } = await cli(['config', 'validate', file]);
    assert.equal(code, 1);
    assert.deepEqual(api.requests[0]?.body, { settingsYaml: 'cassandra:\n  dc: dc2\n' });
    assert.match(out, /^the proposed config is refused; nothing would change:$/m);
    assert.match(out, /^ {2}cassandra\.dc: cannot change after deploy \(dc1 -> dc2\)$/m);
    assert.match(out, /^ {2}node\.diskMb: a volume cannot shrink \(102400 -> 51200\)$/m);
  });

  void test('config validate of a valid env file says so', async () => {
    api.on('POST /v1/config/diff', { status: 200, body: HEAP_DIFF });
    const file = join(dir, 'ring.env');
    await writeFile(file, '# proposed\nCASSANDRA_HEAP_MB=6144\n');
    const { code, out } = await cli(['config', 'validate', file]);
    assert.equal(code, 0);
    assert.deepEqual(api.requests[0]?.body, { env: { CASSANDRA_HEAP_MB: '6144' } });
    assert.equal(out, 'valid: 1 change(s), 3 node(s) would restart');
  });

  void test('a missing file or a number in a Marathon env is a usage error; nothing is sent', async () => {
    const missing = await cli(['config', 'diff', join(dir, 'nope.json')]);
    assert.equal(missing.code, 2);
    assert.match(missing.err, /cannot read .*nope\.json: no such file/);
    const file = join(dir, 'numeric.json');
    await writeFile(file, JSON.stringify({ env: { CASSANDRA_NODE_COUNT: 3 } }));
    const numeric = await cli(['config', 'diff', file]);
    assert.equal(numeric.code, 2);
    assert.match(numeric.err, /env CASSANDRA_NODE_COUNT is 3; Marathon takes strings only/);
    assert.equal(api.requests.length, 0);
  });
});

void describe('failures and exit codes', () => {
  void test('a 5xx exits 4 with the reason; with --json its body goes to stdout', async () => {
    api.on('GET /v1/status', {
      status: 503,
      body: { message: 'not the leader; the leader is 10.0.1.6:31001' },
    });
    const { code, out, err } = await cli(['--json', 'status']);
    assert.equal(code, 4);
    assert.deepEqual(JSON.parse(out), { message: 'not the leader; the leader is 10.0.1.6:31001' });
    assert.match(err, /failed to report status \(503\): not the leader/);
  });

  void test('an answer that is not JSON exits 4', async () => {
    api.on('GET /v1/nodes', { status: 200, raw: '<html>proxy</html>' });
    const { code, err } = await cli(['seeds']);
    assert.equal(code, 4);
    assert.match(err, /\/v1\/nodes answered 200 with non-JSON/);
  });

  void test('nobody listening: exit 3, "cannot reach the scheduler at <url>: connection refused"', async () => {
    const url = await closedPortUrl();
    const { code, err } = await cli(['status'], { CMF_API_URL: url });
    assert.equal(code, 3);
    assert.equal(err, `cassandra-mesos: cannot reach the scheduler at ${url}: connection refused`);
  });

  void test('a scheduler that never answers: exit 3 after --timeout', async () => {
    // Reads and ignores the request (reading lets it see the CLI hang up, so close() can finish).
    const silent = createServer((socket) => socket.resume());
    const port = await listenOnLoopback(silent);
    try {
      const { code, err } = await cli(['--timeout', '0.2', '--url', `127.0.0.1:${port}`, 'status']);
      assert.equal(code, 3);
      assert.match(
        err,
        /cannot reach the scheduler at http:\/\/127\.0\.0\.1:\d+: no answer within 0\.2 s/,
      );
    } finally {
      await closeServer(silent);
    }
  });

  const usage: [string[], RegExp][] = [
    [['bogus'], /unknown command 'bogus'/],
    [['nodes'], /nodes: which one\?/],
    [['nodes', 'show'], /usage: cassandra-mesos nodes show <id>/],
    [['nodes', 'show', 'a', 'b'], /usage: cassandra-mesos nodes show <id>/],
    [['status', '--running'], /--running does not apply to 'status'/],
    [['--jsn', 'status'], /Unknown option '--jsn'$/m],
    [['--url', 'ftp://x', 'status'], /must be http:\/\/ or https:\/\//],
    [['--timeout', '0', 'status'], /--timeout: '0' is not a positive number/],
    [['--timeout', '-1', 'status'], /Option '--timeout' argument is ambiguous$/m],
  ];
  for (const [argv, message] of usage) {
    void test(`usage error, exit 2: ${argv.join(' ')}`, async () => {
      const { code, err } = await cli(argv);
      assert.equal(code, 2);
      assert.match(err, message);
      assert.match(err, /try 'cassandra-mesos --help'/);
      assert.equal(api.requests.length, 0);
    });
  }

  void test('--help lists every command and the exit codes; exit 0', async () => {
    const { code, out } = await cli(['--help']);
    assert.equal(code, 0);
    for (const words of [
      'nodes replace <id>',
      'repair schedule [show|pause|resume]',
      'config diff <file>',
    ]) {
      assert.ok(out.includes(words), words);
    }
    assert.match(out, /^ {2}3 {2}the scheduler cannot be reached$/m);
  });
});

async function closedPortUrl(): Promise<string> {
  const server = createServer();
  const port = await listenOnLoopback(server);
  await closeServer(server);
  return `http://127.0.0.1:${port}`;
}
