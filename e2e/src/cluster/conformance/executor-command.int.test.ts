// Command tasks (TaskInfo.command, protocol §5.6): the agent runs them with its command executor, as
// Mesos runs mesos-executor. The scheduler sees TASK_STARTING, TASK_RUNNING, then TASK_FINISHED /
// TASK_FAILED ("Command exited with status N") / TASK_KILLED ("Command terminated with signal
// Terminated"), all SOURCE_EXECUTOR with uuids, shaped like the recorded event-04/05/08.
import assert from 'node:assert/strict';
import { existsSync, readFileSync, realpathSync } from 'node:fs';
import { join } from 'node:path';
import { mesos } from '@cmf/proto';
import { waitFor } from '../../runtime/wait-for.js';
import {
  agentTest,
  commandTaskInfo,
  frameworkInfo,
  sandboxOf,
  type AgentTestScope,
  type TestAgent,
} from '../../testing/agent-harness.js';
import { containerPids, isRunning, readPidFile } from '../../testing/processes.js';
import { acceptCall, acknowledgeCall, cpus, launch, mem } from '../testing/calls.js';
import { clusterTest } from '../testing/cluster-harness.js';
import { frameworkInfo as recordedFramework, type Framework } from '../testing/master-harness.js';
import { CallType, EventType } from '../testing/scheduler-wire.js';
import { eventShape, fixtureEvent } from '../testing/shape.js';

const S = mesos.v1.TaskState;
const R = mesos.v1.TaskStatus.Reason;
const Source = mesos.v1.TaskStatus.Source;
type CommandInfo = mesos.v1.CommandInfo.$Properties;

interface CommandRun {
  readonly a: TestAgent;
  /** The task's sandbox (its command executor's). */
  readonly sandbox: () => string;
}

async function runCommand(
  scope: AgentTestScope,
  command: CommandInfo,
  options: Parameters<typeof commandTaskInfo>[2] & {
    framework?: mesos.v1.FrameworkInfo.$Properties;
  } = {},
): Promise<CommandRun> {
  const a = await scope.agent();
  a.master.autoAck = true;
  const { framework = frameworkInfo('F-1'), ...taskOptions } = options;
  a.agent.runTask(
    framework,
    commandTaskInfo('ct-1', command, { agentId: a.agentId, ...taskOptions }),
  );
  const sandbox = (): string =>
    sandboxOf(a.workDir, a.agentId, 'F-1', 'ct-1') ?? assert.fail('no sandbox for ct-1');
  return { a, sandbox };
}

/** Once the checkpoint no longer lists the executor, the agent has reported everything about it. */
async function executorForgotten(a: TestAgent, executorId = 'ct-1'): Promise<void> {
  await waitFor(
    () => {
      const text = readFileSync(join(a.workDir, 'meta', 'agent.json'), 'utf8');
      const meta = JSON.parse(text) as { frameworks: { executors: { sandbox: string }[] }[] };
      return meta.frameworks.every((f) =>
        f.executors.every((e) => !e.sandbox.includes(`/executors/${executorId}/`)),
      );
    },
    { timeoutMs: 10_000, intervalMs: 20, what: `the agent to forget executor ${executorId}` },
  );
}

agentTest(
  'a command task runs in its sandbox with its environment: STARTING, RUNNING, FINISHED from the executor',
  async (scope) => {
    const { a, sandbox } = await runCommand(scope, {
      value: 'pwd > cwd.txt; echo "$GREETING from $MESOS_EXECUTOR_ID" > out.txt',
      environment: { variables: [{ name: 'GREETING', value: 'hello' }] },
    });
    const finished = await a.master.waitForUpdate('ct-1', S.TASK_FINISHED);
    assert.deepEqual(a.master.statesOf('ct-1'), ['TASK_STARTING', 'TASK_RUNNING', 'TASK_FINISHED']);
    for (const { status } of a.master.updates) {
      assert.equal(status.source, Source.SOURCE_EXECUTOR);
      assert.equal(status.executor_id?.value, 'ct-1', 'the executor id is the task id');
      assert.equal(status.uuid?.length, 16);
      assert.ok((status.container_status?.executor_pid ?? 0) > 0);
    }
    assert.equal(finished.status.message, 'Command exited with status 0');
    assert.equal(finished.status.reason, undefined);
    assert.equal(readFileSync(join(sandbox(), 'out.txt'), 'utf8'), 'hello from ct-1\n');
    assert.equal(
      realpathSync(readFileSync(join(sandbox(), 'cwd.txt'), 'utf8').trim()),
      realpathSync(sandbox()),
    );
    await executorForgotten(a);
    assert.deepEqual(a.master.exits, [], 'the master never knew the command executor: no FAILURE');
    assert.deepEqual(containerPids(sandbox()), []);
  },
);

agentTest('a non-zero exit is TASK_FAILED "Command exited with status 3"', async (scope) => {
  const { a } = await runCommand(scope, { value: 'exit 3' });
  const failed = await a.master.waitForUpdate('ct-1', S.TASK_FAILED);
  assert.equal(failed.status.message, 'Command exited with status 3');
  assert.equal(failed.status.source, Source.SOURCE_EXECUTOR);
  assert.deepEqual(a.master.statesOf('ct-1'), ['TASK_STARTING', 'TASK_RUNNING', 'TASK_FAILED']);
});

agentTest(
  'shell false: value is the program, arguments its whole argv (argv[0] included)',
  async (scope) => {
    const { a, sandbox } = await runCommand(scope, {
      shell: false,
      value: '/bin/sh',
      arguments: ['my-shell', '-c', 'echo "$0" > argv0.txt'],
    });
    await a.master.waitForUpdate('ct-1', S.TASK_FINISHED);
    assert.equal(readFileSync(join(sandbox(), 'argv0.txt'), 'utf8'), 'my-shell\n');
  },
);

agentTest(
  'a program that cannot be executed: TASK_RUNNING, then TASK_FAILED with status 1',
  async (scope) => {
    const { a } = await runCommand(scope, {
      shell: false,
      value: '/nonexistent/program',
      arguments: ['x'],
    });
    const failed = await a.master.waitForUpdate('ct-1', S.TASK_FAILED);
    assert.equal(failed.status.message, 'Command exited with status 1');
    assert.deepEqual(a.master.statesOf('ct-1'), ['TASK_STARTING', 'TASK_RUNNING', 'TASK_FAILED']);
  },
);

agentTest(
  'KILL: SIGTERM to every process of the task, even in a session of its own; TASK_KILLED "terminated with signal Terminated"',
  async (scope) => {
    const { a, sandbox } = await runCommand(scope, {
      value: 'setsid sleep 600 & echo $! > detached.pid; exec sleep 600',
    });
    await a.master.waitForUpdate('ct-1', S.TASK_RUNNING);
    const detached = await waitFor(
      () =>
        existsSync(join(sandbox(), 'detached.pid')) && readPidFile(join(sandbox(), 'detached.pid')),
      {
        timeoutMs: 5000,
        what: 'detached.pid',
      },
    );
    a.agent.killTask('F-1', 'ct-1');
    const killed = await a.master.waitForUpdate('ct-1', S.TASK_KILLED);
    assert.equal(killed.status.message, 'Command terminated with signal Terminated');
    assert.equal(killed.status.source, Source.SOURCE_EXECUTOR);
    assert.deepEqual(a.master.statesOf('ct-1'), ['TASK_STARTING', 'TASK_RUNNING', 'TASK_KILLED']);
    await executorForgotten(a);
    assert.ok(!isRunning(detached), 'the process in its own session is gone');
    assert.deepEqual(containerPids(sandbox()), []);
  },
);

agentTest(
  'a task that ignores SIGTERM is SIGKILLed when the kill policy grace is over',
  async (scope) => {
    const { a } = await runCommand(
      scope,
      { value: "trap '' TERM; sleep 600 & wait" },
      { killGraceMs: 300 },
    );
    await a.master.waitForUpdate('ct-1', S.TASK_RUNNING);
    const start = Date.now();
    a.agent.killTask('F-1', 'ct-1');
    const killed = await a.master.waitForUpdate('ct-1', S.TASK_KILLED);
    assert.ok(Date.now() - start >= 300, 'not before the grace period');
    assert.equal(killed.status.message, 'Command terminated with signal Killed');
  },
);

agentTest('a framework with TASK_KILLING_STATE hears TASK_KILLING first', async (scope) => {
  const base = frameworkInfo('F-1');
  const KILLING = mesos.v1.FrameworkInfo.Capability.Type.TASK_KILLING_STATE;
  const { a } = await runCommand(
    scope,
    { value: 'exec sleep 600' },
    { framework: { ...base, capabilities: [...(base.capabilities ?? []), { type: KILLING }] } },
  );
  await a.master.waitForUpdate('ct-1', S.TASK_RUNNING);
  a.agent.killTask('F-1', 'ct-1');
  await a.master.waitForUpdate('ct-1', S.TASK_KILLED);
  assert.deepEqual(a.master.statesOf('ct-1'), [
    'TASK_STARTING',
    'TASK_RUNNING',
    'TASK_KILLING',
    'TASK_KILLED',
  ]);
});

agentTest(
  'max_completion_time over: TASK_FAILED, REASON_MAX_COMPLETION_TIME_REACHED',
  async (scope) => {
    const { a } = await runCommand(scope, { value: 'exec sleep 600' }, { maxCompletionMs: 300 });
    const failed = await a.master.waitForUpdate('ct-1', S.TASK_FAILED);
    assert.equal(failed.status.reason, R.REASON_MAX_COMPLETION_TIME_REACHED);
    assert.match(failed.status.message ?? '', /^Command terminated with signal /);
  },
);

agentTest(
  'the command executor killed: TASK_FAILED REASON_EXECUTOR_TERMINATED, and the task’s processes are gone',
  async (scope) => {
    const { a, sandbox } = await runCommand(scope, {
      value: 'setsid sleep 600 & echo $! > detached.pid; exec sleep 600',
    });
    const running = await a.master.waitForUpdate('ct-1', S.TASK_RUNNING);
    const detached = await waitFor(
      () =>
        existsSync(join(sandbox(), 'detached.pid')) && readPidFile(join(sandbox(), 'detached.pid')),
      {
        timeoutMs: 5000,
        what: 'detached.pid',
      },
    );
    process.kill(running.status.container_status?.executor_pid ?? assert.fail('no pid'), 'SIGKILL');
    const failed = await a.master.waitForUpdate('ct-1', S.TASK_FAILED);
    assert.equal(failed.status.source, Source.SOURCE_AGENT);
    assert.equal(failed.status.reason, R.REASON_EXECUTOR_TERMINATED);
    assert.ok(!isRunning(detached));
    assert.deepEqual(containerPids(sandbox()), []);
  },
);

agentTest('SHUTDOWN of the command executor kills its task: TASK_KILLED', async (scope) => {
  const { a, sandbox } = await runCommand(scope, { value: 'exec sleep 600' });
  await a.master.waitForUpdate('ct-1', S.TASK_RUNNING);
  a.agent.shutdownExecutor('F-1', 'ct-1');
  const killed = await a.master.waitForUpdate('ct-1', S.TASK_KILLED);
  assert.match(killed.status.message ?? '', /^Command terminated with signal /);
  await executorForgotten(a);
  assert.deepEqual(containerPids(sandbox()), []);
});

agentTest(
  'a command task id whose command executor is still there cannot be run again: TASK_DROPPED, REASON_TASK_INVALID',
  async (scope) => {
    const { a } = await runCommand(scope, { value: 'exec sleep 600' });
    await a.master.waitForUpdate('ct-1', S.TASK_RUNNING);
    a.agent.runTask(
      frameworkInfo('F-1'),
      commandTaskInfo('ct-1', { value: 'true' }, { agentId: a.agentId }),
    );
    const dropped = await a.master.waitForUpdate('ct-1', S.TASK_DROPPED);
    assert.equal(dropped.status.source, Source.SOURCE_AGENT);
    assert.equal(dropped.status.reason, R.REASON_TASK_INVALID);
    assert.equal(
      dropped.status.message,
      'Cannot reuse an already existing executor for a command task',
    );
  },
);

agentTest(
  'agent restart: the command executor re-subscribes; the re-registration lists the task without executor, and no executor',
  async (scope) => {
    const { a, sandbox } = await runCommand(scope, { value: 'exec sleep 600' });
    await a.master.waitForUpdate('ct-1', S.TASK_RUNNING);
    await a.agent.stop();
    const b = scope.adopt(await a.restart());
    b.master.autoAck = true;
    const reg =
      b.master.registrations[b.master.registrations.length - 1]?.reg ??
      assert.fail('no registration');
    assert.deepEqual(reg.executors, [], 'the master does not keep command executors');
    assert.deepEqual(
      reg.tasks.map((t) => [t.task_id.value, S[t.state], t.executor_id?.value]),
      [['ct-1', 'TASK_RUNNING', undefined]],
    );
    b.agent.killTask('F-1', 'ct-1');
    const killed = await b.master.waitForUpdate('ct-1', S.TASK_KILLED);
    assert.equal(killed.status.message, 'Command terminated with signal Terminated');
    await executorForgotten(b);
    assert.deepEqual(containerPids(sandbox()), []);
  },
);

/** The next UPDATE about t1 in `state`, acknowledged as a scheduler would. */
async function updateAcked(
  fw: Framework,
  state: mesos.v1.TaskState,
): Promise<mesos.v1.scheduler.Event> {
  const event = await fw.stream.next(
    (e) => e.update?.status.task_id.value === 't1' && e.update.status.state === state,
    `t1 ${S[state]}`,
    { timeoutMs: 20_000 },
  );
  const status = event.update?.status ?? assert.fail('UPDATE without status');
  const reply = await fw.call(acknowledgeCall(status));
  assert.equal(reply.status, 202);
  return event;
}

clusterTest(
  'a command task through the master: STARTING, RUNNING, KILLED shaped as the recorded event-04/05/08',
  async (scope) => {
    const fw = await scope.subscribe(recordedFramework());
    const [offer] = await fw.nextOffers(0);
    assert.ok(offer);
    const t1 = {
      name: 't1',
      task_id: { value: 't1' },
      agent_id: offer.agent_id,
      resources: [cpus(0.5), mem(128)],
      command: { value: 'exec sleep 600', shell: true },
    };
    assert.equal((await fw.call(acceptCall([offer.id.value], [launch(t1)]))).status, 202);
    const pairs: [mesos.v1.TaskState, string][] = [
      [S.TASK_STARTING, 'event-04-update-task-starting.pb'],
      [S.TASK_RUNNING, 'event-05-update-task-running.pb'],
    ];
    for (const [state, fixture] of pairs) {
      const ours = await updateAcked(fw, state);
      assert.deepEqual(eventShape(ours), eventShape(fixtureEvent(fixture)), S[state]);
      assert.equal(ours.update?.status.executor_id?.value, 't1', 'the executor id is the task id');
    }
    assert.equal(
      (
        await fw.call({
          type: CallType.KILL,
          kill: { task_id: { value: 't1' }, agent_id: offer.agent_id },
        })
      ).status,
      202,
    );
    const killed = await updateAcked(fw, S.TASK_KILLED);
    const recorded = fixtureEvent('event-08-update-task-killed.pb');
    assert.deepEqual(eventShape(killed), eventShape(recorded));
    assert.equal(killed.update?.status.message, recorded.update?.status.message);
    await waitFor(
      () => !scope.cluster.master.core.frameworks.get(fw.frameworkId)?.tasks.has('t1'),
      {
        what: 'the master to forget t1',
        timeoutMs: 5000,
        intervalMs: 10,
      },
    );
    assert.deepEqual(fw.stream.ofType(EventType.FAILURE), [], 'no FAILURE for a command executor');
  },
);
