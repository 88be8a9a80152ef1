// Agent restart with the same work dir (protocol §9.4, §10.1): the agent comes back with the same id,
// its checkpointing executors re-subscribe with their unacknowledged updates, those that do not are
// destroyed; executors of non-checkpointing frameworks do not survive; killing an agent kills them all.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { mesos, newUuidBytes } from '@cmf/proto';
import { waitFor } from '../../runtime/wait-for.js';
import {
  agentTest,
  executorEvents,
  executorInfo,
  frameworkInfo,
  sandboxFor,
  taskInfo,
  type TestAgent,
} from '../../testing/agent-harness.js';
import { postCall } from '../../testing/executor-client.js';
import { RawStream } from '../../testing/raw-stream.js';
import { isRunning } from '../../testing/processes.js';

const S = mesos.v1.TaskState;
const R = mesos.v1.TaskStatus.Reason;
const Event = mesos.v1.executor.Event;
const T = mesos.v1.executor.Call.Type;

function executorPid(a: TestAgent, executorId = 'exec-1'): number {
  const status = a.master.updates.find((u) => u.status.executor_id?.value === executorId)?.status;
  return status?.container_status?.executor_pid ?? assert.fail('no executor pid reported');
}

agentTest(
  'a checkpointing executor re-subscribes with its unacknowledged update: SUBSCRIBED, then ACKNOWLEDGED, then the master gets it',
  async (scope) => {
    const a = await scope.agent();
    a.master.autoAck = true;
    a.agent.runTask(
      frameworkInfo('F-1'),
      taskInfo('task-1', executorInfo('exec-1'), {
        mode: 'finish',
        finishAfterMs: 1000,
        agentId: a.agentId,
      }),
    );
    await a.master.waitForUpdate('task-1', S.TASK_RUNNING);
    const pid = executorPid(a);
    await a.agent.stop();
    await waitFor(() => a.master.disconnections.includes(a.agentId), {
      timeoutMs: 1000,
      what: 'the link to drop',
    });
    assert.ok(isRunning(pid), 'executors outlive a stopped agent');
    const events = (): string[] => executorEvents(sandboxFor(a)).map((e) => e.type);
    await waitFor(() => events().includes('UPDATE_FAILED'), {
      timeoutMs: 5000,
      what: 'TASK_FINISHED sent while the agent is down',
    });
    assert.deepEqual(
      executorEvents(sandboxFor(a)).find((e) => e.type === 'DISCONNECTED')?.clean,
      false,
      'the stream broke',
    );

    const b = scope.adopt(await a.restart());
    assert.equal(b.agentId, a.agentId, 'same agent id');
    const reg =
      b.master.registrations[b.master.registrations.length - 1]?.reg ??
      assert.fail('no registration');
    assert.equal(reg.agentId, a.agentId);
    assert.deepEqual(
      reg.executors.map((e) => e.executorInfo.executor_id.value),
      ['exec-1'],
    );
    // The executor re-subscribed during recovery with TASK_FINISHED: the agent reports the latest state.
    assert.deepEqual(
      reg.tasks.map((t) => [t.task_id.value, mesos.v1.TaskState[t.state]]),
      [['task-1', 'TASK_FINISHED']],
    );
    const finished = await b.master.waitForUpdate('task-1', S.TASK_FINISHED);
    assert.equal(finished.agentId, a.agentId);
    const after = events().slice(events().lastIndexOf('DISCONNECTED') + 1);
    const delivered = after.filter((t) => !t.startsWith('UPDATE_'));
    assert.deepEqual(delivered.slice(0, 2), ['SUBSCRIBED', 'ACKNOWLEDGED'], 'no LAUNCH replay');
  },
);

agentTest(
  'an executor that does not re-subscribe in time is destroyed: TASK_GONE, REASON_EXECUTOR_REREGISTRATION_TIMEOUT',
  async (scope) => {
    const a = await scope.agent();
    a.master.autoAck = true;
    const executor = executorInfo('exec-1', { env: { TEST_EXECUTOR_STAY_DISCONNECTED: '1' } });
    a.agent.runTask(frameworkInfo('F-1'), taskInfo('task-1', executor, { agentId: a.agentId }));
    await a.master.waitForUpdate('task-1', S.TASK_RUNNING);
    const pid = executorPid(a);
    await a.agent.stop();
    const b = scope.adopt(await a.restart());
    b.master.autoAck = true;
    const gone = await b.master.waitForUpdate('task-1', S.TASK_GONE);
    assert.equal(gone.status.reason, R.REASON_EXECUTOR_REREGISTRATION_TIMEOUT);
    assert.equal(gone.status.message, 'Executor did not reregister within 1500ms');
    assert.equal(gone.status.source, mesos.v1.TaskStatus.Source.SOURCE_AGENT);
    await waitFor(() => !isRunning(pid), { timeoutMs: 3000, what: 'the executor to be killed' });
    await waitFor(() => b.master.exits.length > 0, { timeoutMs: 3000, what: 'executorExited' });
    assert.equal(b.master.exits[0]?.waitStatus, 9, 'killed by the agent (SIGKILL)');
  },
);

agentTest('without PARTITION_AWARE the timed-out executor’s task is TASK_LOST', async (scope) => {
  const a = await scope.agent();
  a.master.autoAck = true;
  const executor = executorInfo('exec-1', { env: { TEST_EXECUTOR_STAY_DISCONNECTED: '1' } });
  a.agent.runTask(
    frameworkInfo('F-1', { partitionAware: false }),
    taskInfo('task-1', executor, { agentId: a.agentId }),
  );
  await a.master.waitForUpdate('task-1', S.TASK_RUNNING);
  await a.agent.stop();
  const b = scope.adopt(await a.restart());
  const lost = await b.master.waitForUpdate('task-1', S.TASK_LOST);
  assert.equal(lost.status.reason, R.REASON_EXECUTOR_REREGISTRATION_TIMEOUT);
});

const ids = { executor_id: { value: 'exec-1' }, framework_id: { value: 'F-1' } };
const PB_HEADERS = { 'Content-Type': 'application/x-protobuf', Accept: 'application/x-protobuf' };

function subscribeCall(unacknowledgedTasks: mesos.v1.TaskInfo.$Properties[] = []): Uint8Array {
  return mesos.v1.executor.Call.encode({
    ...ids,
    type: T.SUBSCRIBE,
    subscribe: { unacknowledged_tasks: unacknowledgedTasks },
  }).finish();
}

/** Subscribes as soon as the restarting agent listens (it waits for executors before it registers). */
function resubscribe(endpoint: string, call: Uint8Array): Promise<RawStream> {
  return waitFor(() => RawStream.open(endpoint, call, PB_HEADERS).catch(() => undefined), {
    timeoutMs: 5000,
    intervalMs: 20,
    what: 'the restarted agent to accept SUBSCRIBE',
  });
}

agentTest(
  'a task sent just before the restart that the executor never got becomes TASK_DROPPED, REASON_AGENT_RESTARTED',
  async (scope) => {
    const a = await scope.agent();
    const executor = executorInfo('exec-1', { command: 'exec sleep 600' });
    a.agent.runTask(frameworkInfo('F-1'), taskInfo('task-1', executor, { agentId: a.agentId }));
    const first = await RawStream.open(a.agent.endpoint, subscribeCall(), PB_HEADERS);
    await first.next(2); // SUBSCRIBED, LAUNCH: the task is the executor's, still STAGING
    await a.agent.stop();
    const restarting = a.restart();
    const again = await resubscribe(a.agent.endpoint, subscribeCall()); // without the task
    const [subscribed] = await again.next(1);
    assert.equal(Event.decode(subscribed ?? new Uint8Array()).type, Event.Type.SUBSCRIBED);
    const b = scope.adopt(await restarting);
    const dropped = await b.master.waitForUpdate('task-1', S.TASK_DROPPED);
    assert.equal(dropped.status.reason, R.REASON_AGENT_RESTARTED);
    assert.equal(dropped.status.message, 'Task launched during agent restart');
    again.close();
    first.close();
  },
);

agentTest(
  'during the reregistration wait UPDATE gets 503; the re-subscribed executor works afterwards',
  async (scope) => {
    const a = await scope.agent();
    const executor = executorInfo('exec-1', { command: 'exec sleep 600' });
    a.agent.runTask(frameworkInfo('F-1'), taskInfo('task-1', executor, { agentId: a.agentId }));
    const first = await RawStream.open(a.agent.endpoint, subscribeCall(), PB_HEADERS);
    const [, launchRecord] = await first.next(2);
    const task =
      Event.decode(launchRecord ?? new Uint8Array()).launch?.task ?? assert.fail('no LAUNCH');
    await a.agent.stop();
    const restarting = a.restart();
    const again = await resubscribe(a.agent.endpoint, subscribeCall([task]));
    await again.next(1);
    const update = {
      ...ids,
      type: T.UPDATE,
      update: {
        status: {
          task_id: { value: 'task-1' },
          state: S.TASK_RUNNING,
          source: mesos.v1.TaskStatus.Source.SOURCE_EXECUTOR,
          uuid: newUuidBytes(),
        },
      },
    };
    const early = await postCall(a.agent.endpoint, update);
    assert.deepEqual([early.status, early.body], [503, 'Agent has not finished recovery']);
    const b = scope.adopt(await restarting);
    assert.equal((await postCall(b.agent.endpoint, update)).status, 202);
    await b.master.waitForUpdate('task-1', S.TASK_RUNNING);
    assert.deepEqual(
      b.master.statesOf('task-1'),
      ['TASK_RUNNING'],
      'a task the executor knows is not dropped',
    );
    again.close();
    first.close();
  },
);

agentTest('executors of a non-checkpointing framework do not survive the agent', async (scope) => {
  const a = await scope.agent();
  const executor = executorInfo('exec-1', { command: 'exec sleep 600' });
  a.agent.runTask(
    frameworkInfo('F-1', { checkpoint: false }),
    taskInfo('task-1', executor, { agentId: a.agentId }),
  );
  const pidFile = await waitFor(() => readPid(a), {
    timeoutMs: 5000,
    what: 'the executor to start',
  });
  await a.agent.stop();
  assert.ok(isRunning(pidFile));
  const b = scope.adopt(await a.restart());
  await waitFor(() => !isRunning(pidFile), { timeoutMs: 3000, what: 'the orphan to be killed' });
  const reg =
    b.master.registrations[b.master.registrations.length - 1]?.reg ??
    assert.fail('no registration');
  assert.deepEqual(reg.executors, []);
  assert.deepEqual(reg.tasks, []);
});

function readPid(a: TestAgent): number | false {
  try {
    const meta = JSON.parse(readFileSync(join(a.workDir, 'meta', 'agent.json'), 'utf8')) as {
      orphans: { pid?: number }[];
    };
    return meta.orphans[0]?.pid ?? false;
  } catch {
    return false;
  }
}

agentTest('killing an agent kills its executors; it answers pings no more', async (scope) => {
  const a = await scope.agent();
  a.master.autoAck = true;
  a.agent.runTask(
    frameworkInfo('F-1'),
    taskInfo('task-1', executorInfo('exec-1'), { agentId: a.agentId }),
  );
  await a.master.waitForUpdate('task-1', S.TASK_RUNNING);
  const pid = executorPid(a);
  assert.equal(a.agent.ping(), true);
  await a.agent.kill();
  assert.equal(a.agent.ping(), false);
  await waitFor(() => !isRunning(pid), {
    timeoutMs: 3000,
    what: 'the executor to die with its agent',
  });
  await waitFor(() => a.master.disconnections.length === 1, {
    timeoutMs: 1000,
    what: 'the link to drop',
  });
});
