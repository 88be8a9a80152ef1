// The executor sequences of protocol §18 and §9.4 against the local agent with a real executor process:
// SUBSCRIBE → LAUNCH → UPDATE → ACKNOWLEDGED, the head-of-line rule, KILL, executor exit, SHUTDOWN.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { mesos } from '@cmf/proto';
import { waitFor } from '../../runtime/wait-for.js';
import {
  receivedEvents,
  executorInfo,
  frameworkInfo,
  agentTest,
  sandboxFor,
  taskInfo,
  testTimings,
  type AgentTestScope,
  type TestAgent,
} from '../../testing/agent-harness.js';
import { containerPids, isRunning, readPidFile } from '../../testing/processes.js';

const S = mesos.v1.TaskState;
const R = mesos.v1.TaskStatus.Reason;
const Source = mesos.v1.TaskStatus.Source;

async function agentWithTask(
  scope: AgentTestScope,
  mode: 'run' | 'finish' | 'exit' | 'grandchild' | 'silent',
  options: {
    timings?: ReturnType<typeof testTimings>;
    exitCode?: number;
    graceMs?: number;
    env?: Record<string, string>;
  } = {},
): Promise<{ a: TestAgent; sandbox: () => string }> {
  const a = await scope.agent(options.timings === undefined ? {} : { timings: options.timings });
  const executor = executorInfo('exec-1', {
    ...(options.graceMs === undefined ? {} : { graceMs: options.graceMs }),
    ...(options.env === undefined ? {} : { env: options.env }),
  });
  a.agent.runTask(
    frameworkInfo('F-1'),
    taskInfo('task-1', executor, {
      mode,
      agentId: a.agentId,
      ...(options.exitCode === undefined ? {} : { exitCode: options.exitCode }),
    }),
  );
  const sandbox = (): string => sandboxFor(a);
  return { a, sandbox };
}

agentTest(
  'happy path: SUBSCRIBED then LAUNCH; TASK_RUNNING reaches the master with the agent’s additions',
  async (scope) => {
    const { a, sandbox } = await agentWithTask(scope, 'run');
    const running = await a.master.waitForUpdate('task-1', S.TASK_RUNNING);
    const status = running.status;
    assert.equal(running.agentId, a.agentId);
    assert.equal(status.source, Source.SOURCE_EXECUTOR);
    assert.equal(status.agent_id?.value, a.agentId);
    assert.equal(status.executor_id?.value, 'exec-1');
    assert.equal(status.uuid?.length, 16);
    assert.ok(
      typeof status.timestamp === 'number' && status.timestamp > 1e9,
      'timestamp in epoch seconds',
    );
    const container = status.container_status;
    assert.ok(container, 'the agent adds the container status');
    assert.equal(container.network_infos?.[0]?.ip_addresses?.[0]?.ip_address, '127.0.0.1');
    assert.ok((container.executor_pid ?? 0) > 0);
    const events = await waitFor(
      () => {
        const e = receivedEvents(sandbox());
        return e.includes('ACKNOWLEDGED') && e;
      },
      { timeoutMs: 5000, what: 'ACKNOWLEDGED at the executor' },
    );
    assert.deepEqual(events, ['SUBSCRIBED', 'LAUNCH', 'ACKNOWLEDGED']);
  },
);

agentTest(
  'the next update is forwarded only after the scheduler acknowledges the head',
  async (scope) => {
    const { a } = await agentWithTask(scope, 'finish');
    const running = await a.master.waitForUpdate('task-1', S.TASK_RUNNING);
    // The executor sent FINISHED right after RUNNING; the agent holds it back.
    await waitFor(() => existsSync(join(a.workDir, 'meta', 'agent.json')), {
      timeoutMs: 2000,
      what: 'checkpoint',
    });
    assert.deepEqual(a.master.statesOf('task-1'), ['TASK_RUNNING']);
    a.master.acknowledge(running);
    const finished = await a.master.waitForUpdate('task-1', S.TASK_FINISHED);
    assert.deepEqual(a.master.statesOf('task-1'), ['TASK_RUNNING', 'TASK_FINISHED']);
    assert.notDeepEqual(finished.status.uuid, running.status.uuid);
  },
);

agentTest(
  'an unacknowledged head is retried with the same uuid after statusUpdateRetryMs',
  async (scope) => {
    const { a } = await agentWithTask(scope, 'run', {
      timings: testTimings({ statusUpdateRetryMs: 200 }),
    });
    const first = await a.master.waitForUpdate('task-1', S.TASK_RUNNING);
    await waitFor(() => a.master.statesOf('task-1').length >= 2, {
      timeoutMs: 3000,
      what: 'a retry',
    });
    const [, again] = a.master.updates.filter((u) => u.status.task_id.value === 'task-1');
    assert.deepEqual(again?.status.uuid, first.status.uuid);
    a.master.acknowledge(first);
  },
);

agentTest('KILL reaches the executor, which answers TASK_KILLED', async (scope) => {
  const { a } = await agentWithTask(scope, 'run');
  a.master.autoAck = true;
  await a.master.waitForUpdate('task-1', S.TASK_RUNNING);
  a.agent.killTask('F-1', 'task-1');
  const killed = await a.master.waitForUpdate('task-1', S.TASK_KILLED);
  assert.equal(killed.status.source, Source.SOURCE_EXECUTOR);
});

agentTest(
  'an executor that exits makes its live tasks TASK_FAILED and reports the wait status',
  async (scope) => {
    const { a } = await agentWithTask(scope, 'exit', { exitCode: 3 });
    a.master.autoAck = true;
    const failed = await a.master.waitForUpdate('task-1', S.TASK_FAILED);
    assert.equal(failed.status.source, Source.SOURCE_AGENT);
    assert.equal(failed.status.reason, R.REASON_EXECUTOR_TERMINATED);
    assert.equal(failed.status.message, 'Executor terminated');
    assert.equal(failed.status.uuid?.length, 16);
    assert.deepEqual(a.master.exits, [{ executorId: 'exec-1', waitStatus: 3 << 8 }]);
  },
);

agentTest(
  'SHUTDOWN: everything the executor started dies with it, in its group or not',
  async (scope) => {
    const { a, sandbox } = await agentWithTask(scope, 'grandchild');
    a.master.autoAck = true;
    await a.master.waitForUpdate('task-1', S.TASK_RUNNING);
    const inGroup = readPidFile(join(sandbox(), 'grandchild.pid'));
    const detached = readPidFile(join(sandbox(), 'detached-grandchild.pid'));
    assert.ok(isRunning(inGroup) && isRunning(detached));
    a.agent.shutdownExecutor('F-1', 'exec-1');
    await a.master.waitForUpdate('task-1', S.TASK_KILLED);
    await waitFor(() => a.master.exits.length === 1, { timeoutMs: 5000, what: 'executorExited' });
    assert.ok(!isRunning(inGroup), 'the grandchild in the executor’s group is gone');
    assert.ok(!isRunning(detached), 'the grandchild in a session of its own is gone');
    assert.deepEqual(containerPids(sandbox()), []);
  },
);

agentTest(
  'executor SIGKILLed: TASK_FAILED, and by then every process it started is gone too',
  async (scope) => {
    const { a, sandbox } = await agentWithTask(scope, 'grandchild');
    a.master.autoAck = true;
    const running = await a.master.waitForUpdate('task-1', S.TASK_RUNNING);
    const executorPid = running.status.container_status?.executor_pid ?? assert.fail('no pid');
    const inGroup = readPidFile(join(sandbox(), 'grandchild.pid'));
    const detached = readPidFile(join(sandbox(), 'detached-grandchild.pid'));
    assert.equal(containerPids(sandbox()).length, 3, 'executor and its two grandchildren');
    process.kill(executorPid, 'SIGKILL'); // the executor alone, as a crash would
    const failed = await a.master.waitForUpdate('task-1', S.TASK_FAILED);
    // Checked at the moment the scheduler would hear of it: the container is already empty.
    assert.ok(!isRunning(detached), 'the grandchild in a session of its own is gone');
    assert.ok(!isRunning(inGroup), 'the grandchild in the executor’s group is gone');
    assert.deepEqual(containerPids(sandbox()), []);
    assert.equal(failed.status.reason, R.REASON_EXECUTOR_TERMINATED);
    assert.equal(failed.status.source, Source.SOURCE_AGENT);
    assert.deepEqual(a.master.exits, [{ executorId: 'exec-1', waitStatus: 9 }]);
  },
);

agentTest(
  'SHUTDOWN ignored: after the grace period the container is destroyed and tasks fail',
  async (scope) => {
    const { a } = await agentWithTask(scope, 'run', {
      graceMs: 300,
      env: { TEST_EXECUTOR_IGNORE_SHUTDOWN: '1' },
    });
    a.master.autoAck = true;
    await a.master.waitForUpdate('task-1', S.TASK_RUNNING);
    a.agent.shutdownExecutor('F-1', 'exec-1');
    const failed = await a.master.waitForUpdate('task-1', S.TASK_FAILED);
    assert.equal(failed.status.reason, R.REASON_EXECUTOR_TERMINATED);
    await waitFor(() => a.master.exits.length === 1, { timeoutMs: 2000, what: 'executorExited' });
    assert.equal(a.master.exits[0]?.waitStatus, 9, 'SIGKILL');
  },
);

agentTest(
  'a task killed before the executor subscribes is TASK_KILLED by the agent',
  async (scope) => {
    const a = await scope.agent();
    const executor = executorInfo('exec-slow', { command: 'exec sleep 600' });
    a.agent.runTask(frameworkInfo('F-1'), taskInfo('task-1', executor, { agentId: a.agentId }));
    a.agent.killTask('F-1', 'task-1');
    const killed = await a.master.waitForUpdate('task-1', S.TASK_KILLED);
    assert.equal(killed.status.source, Source.SOURCE_AGENT);
    assert.equal(killed.status.reason, R.REASON_TASK_KILLED_DURING_LAUNCH);
    assert.equal(killed.status.message, 'Killed before delivery to the executor');
  },
);

agentTest(
  'an executor that never subscribes is destroyed after the registration timeout',
  async (scope) => {
    const a = await scope.agent({ timings: testTimings({ executorRegistrationTimeoutMs: 300 }) });
    const executor = executorInfo('exec-mute', { command: 'exec sleep 600' });
    a.agent.runTask(frameworkInfo('F-1'), taskInfo('task-1', executor, { agentId: a.agentId }));
    const failed = await a.master.waitForUpdate('task-1', S.TASK_FAILED);
    assert.equal(failed.status.reason, R.REASON_EXECUTOR_REGISTRATION_TIMEOUT);
    assert.equal(failed.status.message, 'Executor did not register within 300ms');
  },
);

agentTest(
  'a framework that re-subscribes gets the unacknowledged head again at once, same uuid',
  async (scope) => {
    const { a } = await agentWithTask(scope, 'run');
    const first = await a.master.waitForUpdate('task-1', S.TASK_RUNNING);
    a.master.agent.frameworkReconnected('F-1');
    await waitFor(() => a.master.statesOf('task-1').length === 2, {
      timeoutMs: 1000,
      what: 'the resend (long before the 10 s retry)',
    });
    assert.deepEqual(a.master.updates[1]?.status.uuid, first.status.uuid);
  },
);

agentTest(
  'shutdownFramework: its executors get SHUTDOWN and exit; nothing more is reported for it',
  async (scope) => {
    const { a, sandbox } = await agentWithTask(scope, 'run');
    await a.master.waitForUpdate('task-1', S.TASK_RUNNING);
    a.agent.shutdownFramework('F-1');
    await waitFor(() => a.master.exits.length === 1, {
      timeoutMs: 5000,
      what: 'the executor to exit',
    });
    assert.ok(receivedEvents(sandbox()).includes('SHUTDOWN'));
    assert.deepEqual(a.master.statesOf('task-1'), ['TASK_RUNNING'], 'no TASK_KILLED forwarded');
  },
);
