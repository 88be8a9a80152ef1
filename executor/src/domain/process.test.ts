import assert from 'node:assert/strict';
import { test } from 'node:test';
import { IDLE, step, type NodeProcess, type ProcessEffect, type ProcessSignal } from './process.js';

const T = 'node-0-task';
const kill = (over: Partial<Extract<ProcessSignal, { type: 'kill' }>> = {}): ProcessSignal => ({
  type: 'kill',
  taskId: T,
  graceMs: 5_000,
  drainTimeoutMs: 30_000,
  killingState: false,
  ...over,
});
const exited = (exitCode: number | null, signal: string | null, logTail = ''): ProcessSignal => ({
  type: 'exited',
  exitCode,
  signal,
  logTail,
});

const launching: NodeProcess = { phase: 'Launching', taskId: T };
const running: NodeProcess = { phase: 'Running', taskId: T };
const draining: NodeProcess = { phase: 'Draining', taskId: T, graceMs: 5_000 };
const stopping: NodeProcess = { ...draining, phase: 'Stopping', drainResult: 'drained' };
const exitedNode: NodeProcess = { phase: 'Exited', taskId: T };

const kinds = (effects: readonly ProcessEffect[]): string[] =>
  effects.map((e) => (e.type === 'status' ? e.state : e.type));

interface Case {
  readonly name: string;
  readonly from: NodeProcess;
  readonly signal: ProcessSignal;
  readonly to: NodeProcess['phase'];
  readonly effects: readonly string[];
  readonly message?: RegExp;
}

const cases: readonly Case[] = [
  {
    name: 'a valid launch says STARTING and spawns',
    from: IDLE,
    signal: { type: 'launch', taskId: T },
    to: 'Launching',
    effects: ['TASK_STARTING', 'spawn'],
  },
  {
    name: 'a refused launch fails the task naming the field, and starts nothing',
    from: IDLE,
    signal: { type: 'launchRefused', taskId: T, message: 'NodeConfig.seeds is empty' },
    to: 'Exited',
    effects: ['TASK_FAILED', 'finish'],
    message: /seeds is empty/,
  },
  {
    name: 'a second task is refused; the running node is untouched',
    from: running,
    signal: { type: 'launch', taskId: 'other' },
    to: 'Running',
    effects: ['TASK_FAILED'],
    message: /already runs task node-0-task/,
  },
  {
    name: 'a repeated LAUNCH of our own task changes nothing',
    from: running,
    signal: { type: 'launch', taskId: T },
    to: 'Running',
    effects: [],
  },
  {
    name: 'the process is up: RUNNING and probing starts',
    from: launching,
    signal: { type: 'spawned', pid: 42 },
    to: 'Running',
    effects: ['TASK_RUNNING', 'startProbing'],
    message: /pid 42/,
  },
  {
    name: 'java cannot start: FAILED',
    from: launching,
    signal: { type: 'spawnFailed', message: 'cannot start java: ENOENT' },
    to: 'Exited',
    effects: ['TASK_FAILED', 'finish'],
    message: /ENOENT/,
  },
  {
    name: 'KILL while running drains first, and probing stops',
    from: running,
    signal: kill(),
    to: 'Draining',
    effects: ['stopProbing', 'drain'],
  },
  {
    name: 'KILL says TASK_KILLING when the framework understands it',
    from: running,
    signal: kill({ killingState: true }),
    to: 'Draining',
    effects: ['TASK_KILLING', 'stopProbing', 'drain'],
  },
  {
    name: 'the drain is over: SIGTERM with the grace period',
    from: draining,
    signal: { type: 'drainEnded', result: 'drained' },
    to: 'Stopping',
    effects: ['terminate'],
  },
  {
    name: 'the process is gone after the stop: KILLED',
    from: stopping,
    signal: exited(0, null),
    to: 'Exited',
    effects: ['stopProbing', 'TASK_KILLED', 'finish'],
    message: /drained; Cassandra exited with code 0/,
  },
  {
    name: 'the process dies during the drain: still KILLED (we asked)',
    from: draining,
    signal: exited(null, 'SIGKILL'),
    to: 'Exited',
    effects: ['stopProbing', 'TASK_KILLED', 'finish'],
  },
  {
    name: 'Cassandra dies by itself: FAILED with the signal and its last log lines',
    from: running,
    signal: exited(null, 'SIGKILL', 'INFO  ... Node /127.0.4.1 state jump to NORMAL'),
    to: 'Exited',
    effects: ['stopProbing', 'TASK_FAILED', 'finish'],
    message: /killed by SIGKILL; last log lines:\nINFO .*NORMAL/,
  },
  {
    name: 'Cassandra exits with an error code: FAILED naming it',
    from: running,
    signal: exited(3, null),
    to: 'Exited',
    effects: ['stopProbing', 'TASK_FAILED', 'finish'],
    message: /exited with code 3$/,
  },
  {
    name: 'KILL before any launch: KILLED at once',
    from: IDLE,
    signal: kill(),
    to: 'Exited',
    effects: ['TASK_KILLED', 'finish'],
  },
  {
    name: 'KILL during the spawn is remembered',
    from: launching,
    signal: kill(),
    to: 'Launching',
    effects: [],
  },
  {
    name: 'a duplicate KILL while stopping changes nothing',
    from: stopping,
    signal: kill(),
    to: 'Stopping',
    effects: [],
  },
  {
    name: 'KILL of another task changes nothing',
    from: running,
    signal: kill({ taskId: 'other' }),
    to: 'Running',
    effects: [],
  },
  {
    name: 'KILL after the end changes nothing',
    from: exitedNode,
    signal: kill(),
    to: 'Exited',
    effects: [],
  },
  {
    name: 'a late drain result after exit changes nothing',
    from: exitedNode,
    signal: { type: 'drainEnded', result: 'timed out' },
    to: 'Exited',
    effects: [],
  },
];

for (const c of cases) {
  void test(c.name, () => {
    const next = step(c.from, c.signal);
    assert.equal(next.node.phase, c.to);
    assert.deepEqual(kinds(next.effects), c.effects);
    if (c.effects.length === 0) assert.ok(next.note, 'an ignored signal says why');
    if (c.message) {
      const status = next.effects.find((e) => e.type === 'status');
      assert.match(status?.type === 'status' ? status.message : '', c.message);
    }
  });
}

void test('a KILL that came during the spawn stops the process once it is up, without a drain', () => {
  const pending = step(launching, kill({ graceMs: 1_234 })).node;
  const next = step(pending, { type: 'spawned', pid: 7 });
  assert.equal(next.node.phase, 'Stopping');
  assert.deepEqual(next.effects, [{ type: 'terminate', graceMs: 1_234 }]);
  const end = step(next.node, exited(0, null));
  assert.deepEqual(kinds(end.effects), ['stopProbing', 'TASK_KILLED', 'finish']);
});

void test('a refused config is marked as an invalid task; a crash is not', () => {
  const refused = step(IDLE, { type: 'launchRefused', taskId: T, message: 'x' }).effects[0];
  assert.equal(refused?.type === 'status' && refused.invalidTask, true);
  const crash = step(running, exited(1, null)).effects[1];
  assert.equal(crash?.type === 'status' && crash.invalidTask, false);
});

void test('a long log tail is clipped from the middle, keeping its last lines', () => {
  const tail = Array.from({ length: 400 }, (_, i) => `line ${i} ${'x'.repeat(40)}`).join('\n');
  const status = step(running, exited(1, null, tail)).effects[1];
  assert.ok(status?.type === 'status');
  assert.ok(status.message.length <= 4_000);
  assert.match(status.message, /^Cassandra exited with code 1/);
  assert.match(status.message, /line 399 x+$/);
});

void test('every phase reached by any signal sequence is one of the six, and Exited is final', () => {
  const signals: ProcessSignal[] = [
    { type: 'launch', taskId: T },
    { type: 'spawned', pid: 1 },
    { type: 'spawnFailed', message: 'x' },
    kill(),
    { type: 'drainEnded', result: 'drained' },
    exited(0, null),
  ];
  let frontier: NodeProcess[] = [IDLE];
  const seen = new Set<string>();
  for (let depth = 0; depth < 6; depth++) {
    frontier = frontier.flatMap((node) => signals.map((s) => step(node, s).node));
    for (const node of frontier) seen.add(node.phase);
  }
  assert.deepEqual([...seen].sort(), [
    'Draining',
    'Exited',
    'Idle',
    'Launching',
    'Running',
    'Stopping',
  ]);
  for (const s of signals) assert.equal(step(exitedNode, s).node.phase, 'Exited');
});
