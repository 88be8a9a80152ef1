// The real executor process, against a real Cassandra node (from `make deps`) and a loopback fake
// agent: a launch becomes healthy, a node killed behind the executor's back fails the task with
// its exit and log, and a KILL drains the node before stopping it. Failures print the logs.
import { cmf, mesos } from '@cmf/proto/executor';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { FakeAgent } from './testing/fake-agent.js';
import { ExecutorProcess, makeSandbox, type Sandbox } from './testing/executor-process.js';
import { nodeConfigBytes } from './testing/node-config.js';
import { waitFor } from './testing/wait-for.js';

const State = mesos.v1.TaskState;
const ids = { frameworkId: 'fw-int', executorId: 'exec-int' };
const cleanups: (() => Promise<void> | void)[] = [];
after(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

interface Rig {
  readonly agent: FakeAgent;
  readonly sandbox: Sandbox;
  readonly executor: ExecutorProcess;
  /** Everything that explains a failure: the updates, the executor's log, Cassandra's console. */
  evidence(): string;
}

async function rig(withVolume = true): Promise<Rig> {
  const agent = new FakeAgent(ids);
  await agent.start();
  const sandbox = makeSandbox(withVolume);
  const executor = new ExecutorProcess(sandbox, { ...ids, agent: agent.endpoint });
  cleanups.push(async () => {
    executor.kill();
    await agent.close();
    sandbox.remove();
  });
  await waitFor(() => agent.isStreaming, { timeoutMs: 15_000, what: 'the executor to subscribe' });
  const evidence = (): string => {
    const states = agent.updates.map((u) =>
      `${State[u.status.state]} ${u.status.message ?? ''}`.slice(0, 300),
    );
    let console: string;
    try {
      console = readFileSync(sandbox.cassandraStdout, 'utf8').split('\n').slice(-40).join('\n');
    } catch {
      console = '(no Cassandra console log)';
    }
    return `updates:\n${states.join('\n')}\n--- executor log ---\n${executor.log()}\n--- cassandra ---\n${console}`;
  };
  return { agent, sandbox, executor, evidence };
}

function launch(agent: FakeAgent, taskId: string, config: Uint8Array): void {
  agent.launch({
    name: taskId,
    task_id: { value: taskId },
    agent_id: { value: 'agent-1' },
    data: config,
    resources: [{ name: 'mem', type: mesos.v1.Value.Type.SCALAR, scalar: { value: 1024 } }],
  });
}

async function step<T>(r: Rig, what: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    throw new Error(`${what}: ${String(error)}\n${r.evidence()}`, { cause: error });
  }
}

function healthOf(status: mesos.v1.TaskStatus): cmf.v1.NodeHealth {
  assert.ok(status.data, 'a health update carries NodeHealth in data');
  return cmf.v1.NodeHealth.decode(status.data);
}

const isHealthy = (s: mesos.v1.TaskStatus): boolean =>
  s.state === State.TASK_RUNNING && s.healthy === true;

void test('a config without seeds fails the task naming the field, and starts nothing', async () => {
  const r = await rig();
  launch(r.agent, 'bad-task', nodeConfigBytes({ seeds: [] }));
  const failed = await step(r, 'TASK_FAILED', () =>
    r.agent.waitForUpdate('TASK_FAILED', (s) => s.state === State.TASK_FAILED),
  );
  assert.match(failed.message ?? '', /NodeConfig\.seeds is empty/);
  assert.equal(failed.reason, mesos.v1.TaskStatus.Reason.REASON_TASK_INVALID);
  assert.deepEqual(r.agent.statesOf('bad-task'), ['TASK_FAILED']);
  const exit = await r.executor.exited;
  assert.equal(exit.code, 0, 'exits cleanly once the terminal update is acknowledged');
  assert.throws(() => readFileSync(r.sandbox.cassandraStdout), 'no Cassandra was started');
});

void test('launch -> RUNNING healthy -> Cassandra killed with SIGKILL -> TASK_FAILED with its log', async () => {
  const r = await rig();
  launch(
    r.agent,
    'node-0-a',
    nodeConfigBytes({
      listen_address: '127.0.4.1',
      seeds: ['127.0.4.1'],
      health_interval_ms: 5_000,
    }),
  );
  const healthy = await step(r, 'a healthy RUNNING update', () =>
    r.agent.waitForUpdate('healthy RUNNING', isHealthy, 180_000),
  );
  const health = healthOf(healthy);
  assert.equal(health.operation_mode, 'NORMAL');
  assert.equal(health.native_transport_running, true);
  assert.deepEqual(health.live_nodes, ['127.0.4.1:7000']);
  assert.deepEqual(r.agent.statesOf('node-0-a').slice(0, 2), ['TASK_STARTING', 'TASK_RUNNING']);

  const running = r.agent.updates.find((u) => u.status.state === State.TASK_RUNNING)?.status;
  const pid = Number(/pid (\d+)/.exec(running?.message ?? '')?.[1]);
  assert.ok(pid > 0, `the RUNNING message names the pid: ${running?.message ?? ''}`);
  process.kill(pid, 'SIGKILL');

  const failed = await step(r, 'TASK_FAILED', () =>
    r.agent.waitForUpdate('TASK_FAILED', (s) => s.state === State.TASK_FAILED, 30_000),
  );
  assert.match(failed.message ?? '', /^Cassandra was killed by SIGKILL; last log lines:\n/);
  assert.match(failed.message ?? '', /Starting listening for CQL clients/);
  assert.equal((await r.executor.exited).code, 0);
  assert.deepEqual(r.agent.refusals, []);
});

function admin(agent: FakeAgent, fields: cmf.v1.AdminRequest.$Properties): void {
  agent.frameworkMessage(cmf.v1.AdminRequest.encode(new cmf.v1.AdminRequest(fields)).finish());
}

function reportsOf(agent: FakeAgent, requestId: string): cmf.v1.AdminReport[] {
  return agent.messages
    .map((m) => cmf.v1.AdminReport.decode(m))
    .filter((r) => r.request_id === requestId);
}

async function finalReport(r: Rig, requestId: string): Promise<cmf.v1.AdminReport> {
  const Report = cmf.v1.AdminReport.State;
  const done = [Report.SUCCEEDED, Report.FAILED, Report.ABORTED, Report.REJECTED];
  return step(r, `the final report of ${requestId}`, () =>
    waitFor(() => reportsOf(r.agent, requestId).find((x) => done.includes(x.state)), {
      timeoutMs: 60_000,
      what: `${requestId} to finish`,
    }),
  );
}

void test('admin operations one at a time over messages, then KILL drains (DRAINED) and TASK_KILLED', async () => {
  const r = await rig();
  const config = { listen_address: '127.0.4.2', seeds: ['127.0.4.2'], drain_timeout_ms: 60_000 };
  launch(r.agent, 'node-0-b', nodeConfigBytes(config));
  await step(r, 'a healthy RUNNING update', () =>
    r.agent.waitForUpdate('healthy RUNNING', isHealthy, 180_000),
  );

  // Two requests back to back: the snapshot runs, the cleanup is refused while it does.
  admin(r.agent, {
    request_id: 'snap-1',
    snapshot: { tag: 'before-kill', keyspaces: ['system_auth'] },
  });
  admin(r.agent, { request_id: 'clean-1', cleanup: {} });
  const State = cmf.v1.AdminReport.State;
  assert.equal((await finalReport(r, 'clean-1')).state, State.REJECTED);
  const snapshot = await finalReport(r, 'snap-1');
  assert.equal(snapshot.state, State.SUCCEEDED, snapshot.message);
  assert.equal(snapshot.node_id, 'node-0');
  assert.deepEqual(
    reportsOf(r.agent, 'snap-1').map((x) => State[x.state]),
    ['ACCEPTED', 'RUNNING', 'SUCCEEDED'],
  );
  const tables = readdirSync(join(r.sandbox.volume, 'data', 'system_auth'));
  assert.ok(
    tables.some((t) =>
      existsSync(join(r.sandbox.volume, 'data', 'system_auth', t, 'snapshots', 'before-kill')),
    ),
    'the snapshot is on the persistent volume',
  );

  // A repair the node cannot do (RF 3 on one node) fails with Cassandra's own reason.
  admin(r.agent, {
    request_id: 'repair-1',
    repair: { keyspaces: ['system_distributed'], full: true },
  });
  const repair = await finalReport(r, 'repair-1');
  assert.equal(repair.state, State.FAILED);
  assert.match(repair.message, /Nothing to repair for .* in system_distributed/);
  // Asking again about a finished request gives the same answer (messages are at most once).
  admin(r.agent, { request_id: 'q-1', query: { request_id: 'snap-1' } });
  await waitFor(() => reportsOf(r.agent, 'snap-1').length === 4, {
    timeoutMs: 10_000,
    what: 'the queried report',
  });
  assert.equal(reportsOf(r.agent, 'snap-1').at(-1)?.state, State.SUCCEEDED);

  r.agent.kill('node-0-b', 20_000);
  const killed = await step(r, 'TASK_KILLED', () =>
    r.agent.waitForUpdate('TASK_KILLED', (s) => s.state === mesos.v1.TaskState.TASK_KILLED, 60_000),
  );
  assert.match(killed.message ?? '', /^Cassandra stopped: drained; Cassandra exited with code/);
  assert.match(readFileSync(r.sandbox.cassandraStdout, 'utf8'), /DRAINED/);
  assert.equal((await r.executor.exited).code, 0);
  assert.equal(r.agent.statesOf('node-0-b').at(-1), 'TASK_KILLED');
  assert.deepEqual(r.agent.refusals, []);
});

void test('SHUTDOWN stops the node within the grace period and the executor exits', async () => {
  const r = await rig();
  launch(
    r.agent,
    'node-0-c',
    nodeConfigBytes({ listen_address: '127.0.4.3', seeds: ['127.0.4.3'] }),
  );
  await step(r, 'a healthy RUNNING update', () =>
    r.agent.waitForUpdate('healthy RUNNING', isHealthy, 180_000),
  );
  const running = r.agent.updates.find(
    (u) => u.status.state === mesos.v1.TaskState.TASK_RUNNING,
  )?.status;
  const pid = Number(/pid (\d+)/.exec(running?.message ?? '')?.[1]);
  const t0 = performance.now();
  r.agent.shutdown();
  const exit = await step(r, 'the executor to exit', () => r.executor.exited);
  // MESOS_EXECUTOR_SHUTDOWN_GRACE_PERIOD is 5secs: after it the agent would destroy the container.
  assert.ok(
    performance.now() - t0 < 5_000,
    `exited after ${Math.round(performance.now() - t0)} ms`,
  );
  assert.equal(exit.code, 0);
  assert.equal(r.agent.statesOf('node-0-c').at(-1), 'TASK_KILLED', r.evidence());
  assert.throws(() => process.kill(pid, 0), 'the Cassandra process is gone');
});
