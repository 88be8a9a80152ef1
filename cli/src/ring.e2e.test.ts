// Scenario: the operator's CLI against a real ring. One scheduler brings up 3 real Cassandra nodes
// (2 seeds) on the local Mesos cluster, and the test drives the built command
// (`node cli/dist/main.js`, the package's bin) as an operator would, with the scheduler's URL and
// token in CMF_API_URL / CMF_API_TOKEN: plan show while the ring bootstraps, status once it is up,
// a dry run of a heap change (every node would restart, seeds last, nothing restarts), a repair
// started and followed to the end, and the exit codes scripts rely on.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, test, type TestContext } from 'node:test';
import { fileURLToPath } from 'node:url';
import {
  connectCql,
  createKeyspace,
  figures,
  freeLoopbackPort,
  scenarioRingOptions,
  startRing,
  step,
  waitFor,
  writeQuorum,
  type Ring,
} from '@cmf/e2e';
import type cassandra from 'cassandra-driver';
import type {
  ConfigDiffView,
  ConfigView,
  PlanView,
  RepairRunView,
  StatusView,
  StepStatus,
} from './api.js';
import { EXIT } from './commands/command.js';

const NODES = 3;
const TOKEN = 'e2e-cli-token';
const KEYSPACE = 'cli_e2e';
const figure = figures('cli-ring');

/** The package's own bin (package.json), not whatever the working directory holds. */
const PACKAGE_JSON = new URL('../package.json', import.meta.url);
const CLI_MAIN = fileURLToPath(
  new URL(
    (JSON.parse(await readFile(PACKAGE_JSON, 'utf8')) as { bin: Record<string, string> }).bin[
      'cassandra-mesos'
    ] ?? './dist/main.js',
    PACKAGE_JSON,
  ),
);

let ring: Ring | undefined;
let cql: cassandra.Client | undefined;
let apiUrl = '';
/** Task ids once the ring is up: nothing in this scenario may restart a node. */
let tasksWhenUp: string[] = [];
const callMs: number[] = [];

after(async () => {
  await cql?.shutdown();
  await ring?.stop();
});

interface Run {
  readonly code: number | null;
  readonly out: string;
  readonly err: string;
}

/** `cassandra-mesos <args>` in its own process, with only PATH and the CLI's variables. */
async function cli(args: readonly string[], env: Record<string, string> = {}): Promise<Run> {
  const started = performance.now();
  const child = spawn(process.execPath, [CLI_MAIN, ...args], {
    env: { PATH: process.env['PATH'] ?? '', CMF_API_URL: apiUrl, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
  child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
  const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
  const code = await new Promise<number | null>((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (exit) => {
      resolve(exit);
    });
  }).finally(() => {
    clearTimeout(timer);
  });
  callMs.push(performance.now() - started);
  return {
    code,
    out: Buffer.concat(out).toString('utf8'),
    err: Buffer.concat(err).toString('utf8'),
  };
}

/** With the token, as for every change. */
const withToken = (args: readonly string[]): Promise<Run> => cli(args, { CMF_API_TOKEN: TOKEN });

/** The command must exit 0; its output parsed as JSON (`--json` is added). */
async function cliJson<T>(args: readonly string[], token = false): Promise<T> {
  const run = await (token ? withToken : cli)([...args, '--json']);
  assert.equal(run.code, EXIT.ok, `${args.join(' ')} --json: ${run.err}${run.out}`);
  return JSON.parse(run.out) as T;
}

function ok(run: Run, what: string): string {
  assert.equal(run.code, EXIT.ok, `${what} exited ${String(run.code)}: ${run.err}${run.out}`);
  return run.out;
}

function started(): Ring {
  assert.ok(ring, 'the ring did not start (see the first failure)');
  return ring;
}

/** The task ids `status` recorded once the ring was up. */
function tasksUp(): string[] {
  assert.equal(tasksWhenUp.length, NODES, 'the ring never came up (see the first failure)');
  return tasksWhenUp;
}

const TREE_STATUS: Readonly<Record<StepStatus, string>> = {
  done: 'COMPLETE',
  inProgress: 'IN_PROGRESS',
  waiting: 'WAITING',
  failed: 'ERROR',
};

/** node id -> "STATUS, Phase" from `plan show`'s step lines. */
function treeSteps(text: string): Map<string, string> {
  const steps = new Map<string, string>();
  for (const match of text.matchAll(/[├└]─ (node-\d+) \(([A-Z_]+), (\w+)\)/g)) {
    steps.set(match[1] ?? '', `${match[2] ?? ''}, ${match[3] ?? ''}`);
  }
  return steps;
}

function jsonSteps(plan: PlanView): Map<string, string> {
  return new Map(plan.steps.map((s) => [s.nodeId, `${TREE_STATUS[s.status]}, ${s.phase}`]));
}

const sameSteps = (a: PlanView, b: PlanView): boolean =>
  JSON.stringify([...jsonSteps(a)]) === JSON.stringify([...jsonSteps(b)]);

/**
 * `plan show` between two `plan show --json` that agree (the ring moves on between calls), with
 * a step in progress.
 */
async function planWhileBootstrapping(): Promise<{ text: string; plan: PlanView }> {
  return waitFor(
    async () => {
      const before = await cliJson<PlanView>(['plan', 'show']);
      const text = ok(await cli(['plan', 'show']), 'plan show');
      const plan = await cliJson<PlanView>(['plan', 'show']);
      const inProgress = plan.steps.some((s) => s.status === 'inProgress');
      return inProgress && plan.steps.length === NODES && sameSteps(before, plan)
        ? { text, plan }
        : null;
    },
    { timeoutMs: 120_000, intervalMs: 200, what: 'a plan with a step in progress, seen stable' },
  );
}

const taskIds = (status: StatusView): string[] =>
  status.nodes.map((n) => `${n.id}=${n.taskId ?? '-'}`).sort();

void test('plan show while the ring bootstraps: the tree with a step in progress; --json agrees', async (t) => {
  ring = await startRing({
    ...scenarioRingOptions(process.env, { nodes: NODES, schedulers: 1 }),
    settings: { seedCount: 2 },
    env: { API_TOKEN: TOKEN },
  });
  const r = ring;
  apiUrl = r.schedulers.schedulers[0]?.apiUrl ?? assert.fail('no scheduler');
  const { text, plan } = await step(t, r, planWhileBootstrapping);
  t.diagnostic(`plan show during bootstrap:\n${text}`);
  const lines = text.split('\n');
  assert.match(lines[0] ?? '', /^deploy \(IN_PROGRESS\) {2}\[[#.]{20}\] [0-2]\/3 nodes$/);
  assert.match(text, /^├─ seeds \((IN_PROGRESS|COMPLETE)\)$/m);
  assert.match(text, /^└─ nodes \((WAITING|IN_PROGRESS)\)$/m);
  assert.ok(
    lines.some((l) => /─ node-\d \(IN_PROGRESS, \w+\)/.test(l)),
    text,
  );
  // The text and the JSON around it show the same status and phase for every node.
  assert.deepEqual(treeSteps(text), jsonSteps(plan), text);
  assert.deepEqual(
    plan.steps.filter((s) => s.seed).map((s) => s.nodeId),
    ['node-0', 'node-1'],
    'two seeds, listed under the seeds phase',
  );
});

void test('status once the ring is up: 3 nodes, all serving (table and --json)', async (t) => {
  const r = started();
  const up = await step(t, r, () => r.waitForRingUp(600_000));
  figure(t, 'ring_up_all_un', up.allUnMs, 'ms');
  await step(t, r, async () => {
    const text = ok(await cli(['status']), 'status');
    assert.match(text, /^nodes +3\/3 Up, 3 UN; 2 seed\(s\)$/m, text);
    assert.match(text, /^leader +127\.0\.0\.1:\d+ pid \d+ \(this process\)$/m, text);
    const rows = text.split('\n').filter((l) => /^\S\S +node-\d /.test(l));
    assert.equal(rows.length, NODES, text);
    for (const row of rows)
      assert.match(row, /^UN +node-\d +127\.\d+\.\d+\.\d+ .* Up +TASK_RUNNING /);
    const status = await cliJson<StatusView>(['status']);
    assert.equal(status.nodes.length, NODES);
    for (const n of status.nodes) {
      assert.equal(n.phase, 'Up', JSON.stringify(n));
      assert.deepEqual([n.health?.operationMode, n.health?.problem], ['NORMAL', ''], n.id);
    }
    assert.deepEqual(status.nodes.map((n) => n.address).sort(), [...r.addresses].sort());
    tasksWhenUp = taskIds(status);
    assert.ok(status.nodes.every((n) => n.taskId !== null));
    // The plan is complete now, and the client-facing lists follow the nodes.
    const plan = ok(await cli(['plan', 'show']), 'plan show');
    assert.match(plan, /^deploy \(COMPLETE\)$/m, plan);
    const endpoints = ok(await cli(['endpoints']), 'endpoints')
      .trim()
      .split('\n');
    assert.deepEqual(endpoints.sort(), r.addresses.map((a) => `${a}:9042`).sort());
    const seeds = ok(await cli(['seeds']), 'seeds')
      .trim()
      .split('\n');
    assert.equal(seeds.length, 2, seeds.join(' '));
  });
});

void test('config diff of a heap change: every node would restart for the heap, seeds last; nothing restarts', async (t) => {
  const r = started();
  await step(t, r, async () => {
    // The ring's own settings file (JSON, which is YAML) with only the heap changed.
    const settings = JSON.parse(await readFile(join(r.workDir, 'scheduler.yaml'), 'utf8')) as {
      cassandra: { heapMb: number };
    };
    const proposed = join(r.workDir, 'proposed.yaml');
    const heapBefore = settings.cassandra.heapMb;
    await writeFile(
      proposed,
      JSON.stringify({ ...settings, cassandra: { ...settings.cassandra, heapMb: 768 } }),
    );
    const text = ok(await cli(['config', 'diff', proposed]), 'config diff');
    t.diagnostic(`config diff:\n${text}`);
    const change = `cassandra.heapMb ${heapBefore} -> 768`;
    assert.match(text, new RegExp(`^cassandra\\.heapMb +${heapBefore} +768 +restart$`, 'm'));
    const order = text.split('\n').filter((l) => /^ {2}\d\. node-/.test(l));
    assert.deepEqual(order, [
      `  1. node-2: ${change}`,
      `  2. node-0 (seed): ${change}`,
      `  3. node-1 (seed): ${change}`,
    ]);
    const diff = await cliJson<ConfigDiffView>(['config', 'diff', proposed]);
    assert.ok(diff.ok, JSON.stringify(diff));
    assert.deepEqual(
      diff.diff.changes.map((c) => [c.key, c.effect]),
      [['cassandra.heapMb', 'restart']],
      'only the heap changes',
    );
    assert.deepEqual(
      diff.diff.restarts.map((x) => [x.nodeId, x.seed, x.reasons]),
      [
        ['node-2', false, [change]],
        ['node-0', true, [change]],
        ['node-1', true, [change]],
      ],
    );
    // A dry run: the target keeps its heap, nothing is queued, no task changed.
    const config = await cliJson<ConfigView>(['config', 'show']);
    assert.equal((config.target['heapMb'] as number | undefined) ?? -1, heapBefore);
    assert.deepEqual(taskIds(await cliJson<StatusView>(['status'])), tasksUp());
  });
});

void test('exit codes: an unknown node, a change without the token, an unreachable scheduler', async (t) => {
  const r = started();
  await step(t, r, async () => {
    const unknown = await cli(['nodes', 'show', 'node-9']);
    assert.equal(unknown.code, EXIT.refused, unknown.err);
    assert.match(unknown.err, /no node node-9/);
    const noToken = await cli(['repair', 'start']);
    assert.equal(noToken.code, EXIT.refused, noToken.err);
    assert.match(noToken.err, /401/);
    assert.match(noToken.err, /no token sent: set CMF_API_TOKEN or pass --token/);
    const usage = await cli(['nodes', 'show']);
    assert.equal(usage.code, EXIT.usage, usage.err);
    const closed = `http://127.0.0.1:${await freeLoopbackPort()}`;
    const down = await cli(['status', '--url', closed]);
    assert.equal(down.code, EXIT.unreachable, down.err);
    assert.equal(down.out, '');
    assert.match(
      down.err,
      new RegExp(
        `cannot reach the scheduler at ${closed.replaceAll('.', '\\.')}: connection refused`,
      ),
    );
  });
});

void test('repair start, then repair status and history: running, then succeeded on each node', async (t) => {
  const r = started();
  await step(t, r, async () => {
    cql = await connectCql({ contactPoints: r.addresses });
    await createKeyspace(cql, KEYSPACE, 3);
    for (let i = 0; i < 100; i++) await writeQuorum(cql, KEYSPACE, `k${i}`, `v${i}`);
  });
  await step(t, r, async () => {
    const startedAt = performance.now();
    const text = ok(await withToken(['repair', 'start', '--keyspace', KEYSPACE]), 'repair start');
    const runId = /^ *run +(\S+)$/m.exec(text)?.[1] ?? assert.fail(`no run id in:\n${text}`);
    assert.match(text, /^ *status +running/m, text);
    assert.match(text, new RegExp(`^ *keyspaces +${KEYSPACE}$`, 'm'), text);
    const history = ok(await cli(['repair', 'history']), 'repair history');
    assert.match(history, new RegExp(`^${runId} +running +manual `, 'm'), history);
    const seen: string[] = [];
    const finished = await waitFor(
      async () => {
        const run = await cliJson<RepairRunView>(['repair', 'status', runId]);
        if (seen.at(-1) !== run.status) seen.push(run.status);
        return run.status === 'running' ? null : run;
      },
      { timeoutMs: 120_000, intervalMs: 250, what: `repair ${runId} to end` },
    );
    figure(t, 'repair_start_to_end_3_nodes', Math.round(performance.now() - startedAt), 'ms');
    assert.equal(finished.status, 'succeeded', JSON.stringify(finished));
    assert.deepEqual(seen, ['running', 'succeeded'], 'repair status: running, then succeeded');
    assert.deepEqual(
      finished.steps.map((s) => [s.nodeId, s.status, s.attempts]),
      [
        ['node-0', 'succeeded', 1],
        ['node-1', 'succeeded', 1],
        ['node-2', 'succeeded', 1],
      ],
    );
    const shown = ok(await cli(['repair', 'status', runId]), 'repair status');
    assert.match(shown, /^ *status +succeeded$/m, shown);
    for (const id of ['node-0', 'node-1', 'node-2']) {
      assert.match(shown, new RegExp(`^${id} +succeeded +1 +1/1 `, 'm'), shown);
    }
    const after = ok(await cli(['repair', 'history']), 'repair history');
    assert.match(
      after,
      new RegExp(`^${runId} +succeeded +manual .* 3/3 +${KEYSPACE}$`, 'm'),
      after,
    );
  });
});

void test('nothing this scenario did restarted a node', async (t: TestContext) => {
  const r = started();
  await step(t, r, async () => {
    assert.deepEqual(taskIds(await cliJson<StatusView>(['status'])), tasksUp());
    const sorted = [...callMs].sort((a, b) => a - b);
    figure(t, 'cli_call_p50', Math.round(sorted[Math.floor(sorted.length / 2)] ?? 0), 'ms');
    figure(t, 'cli_calls', sorted.length, 'calls');
  });
});
