// Running a task (Slave::runTask → launchExecutor): queue it on its executor (its own, or for a command
// task the agent's command executor), starting the executor if needed (sandbox, fetcher, volumes,
// process); LAUNCH goes out once the executor has subscribed.
import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { mesos } from '@cmf/proto';
import { formatDurationMs } from '../common/duration.js';
import type { ExecutorInfo, FrameworkInfo, TaskInfo } from '../link.js';
import type { AgentCore } from './core.js';
import { commandExecutorInfo } from './command-task.js';
import { executorEnvironment } from './environment.js';
import { fetchUris } from './fetcher.js';
import { destroyContainer, launchExecutor } from './containerizer.js';
import {
  frameworkIdOf,
  isCheckpointing,
  isPartitionAware,
  type ExecutorRun,
  type FrameworkRecord,
} from './model.js';
import { sandboxPath } from './paths.js';
import { agentUpdate } from './task-updates.js';
import { destroyExecutor, executorTerminated, watchExecutor } from './termination.js';
import { mountVolumes } from './volumes.js';

const S = mesos.v1.TaskState;
const R = mesos.v1.TaskStatus.Reason;
const Event = mesos.v1.executor.Event;

export function runTask(core: AgentCore, frameworkInfo: FrameworkInfo, task: TaskInfo): void {
  const frameworkId = frameworkIdOf(frameworkInfo);
  const framework = frameworkFor(core, frameworkId, frameworkInfo);
  const executor = executorFor(frameworkId, task);
  if (framework.phase === 'terminating' || executor === undefined) {
    core.log.warn('ignoring a task the agent cannot run', { taskId: task.task_id.value });
    return;
  }
  const existing = framework.executors.get(executor.info.executor_id.value);
  if (existing === undefined) {
    const run = newExecutorRun(core, frameworkId, executor, task);
    framework.executors.set(run.executorId, run);
    void startExecutor(core, framework, run);
    return;
  }
  if (executor.commandExecutor) {
    // The old task's command executor is still around (MESOS-2198): the id cannot be reused yet.
    agentUpdate(core, frameworkId, {
      taskId: task.task_id.value,
      state: isPartitionAware(framework.info) ? S.TASK_DROPPED : S.TASK_LOST,
      reason: R.REASON_TASK_INVALID,
      message: 'Cannot reuse an already existing executor for a command task',
    });
    return;
  }
  queueOrLaunch(core, framework, existing, task);
}

interface ExecutorChoice {
  readonly info: ExecutorInfo;
  readonly commandExecutor: boolean;
}

/** The task's own executor, or for a command task the agent's command executor. */
function executorFor(frameworkId: string, task: TaskInfo): ExecutorChoice | undefined {
  if (task.executor) {
    return {
      info: { ...task.executor, framework_id: { value: frameworkId } },
      commandExecutor: false,
    };
  }
  if (task.command) return { info: commandExecutorInfo(frameworkId, task), commandExecutor: true };
  return undefined;
}

function frameworkFor(core: AgentCore, frameworkId: string, info: FrameworkInfo): FrameworkRecord {
  let framework = core.frameworks.get(frameworkId);
  if (framework === undefined) {
    framework = { info, phase: 'running', executors: new Map() };
    core.frameworks.set(frameworkId, framework);
  } else {
    framework.info = info;
  }
  return framework;
}

function queueOrLaunch(
  core: AgentCore,
  framework: FrameworkRecord,
  run: ExecutorRun,
  task: TaskInfo,
): void {
  switch (run.phase) {
    case 'terminating':
    case 'terminated':
      agentUpdate(core, run.frameworkId, {
        taskId: task.task_id.value,
        state: isPartitionAware(framework.info) ? S.TASK_DROPPED : S.TASK_LOST,
        reason: R.REASON_EXECUTOR_TERMINATED,
        message: run.phase === 'terminating' ? 'Executor terminating' : 'Executor terminated',
        executorId: run.executorId,
      });
      return;
    case 'registering':
      mountVolumes(core.config.workDir, run.sandbox, task.resources ?? []);
      run.queued.set(task.task_id.value, task);
      void core.save();
      return;
    case 'running':
      mountVolumes(core.config.workDir, run.sandbox, task.resources ?? []);
      deliver(core, run, task);
      void core.save();
      return;
  }
}

/** Sends LAUNCH: the task is now the executor's (TASK_STAGING until it reports). */
export function deliver(core: AgentCore, run: ExecutorRun, task: TaskInfo): void {
  run.queued.delete(task.task_id.value);
  run.launched.set(task.task_id.value, { info: task, state: S.TASK_STAGING });
  run.everSentTask = true;
  core.streams.get(run)?.send({ type: Event.Type.LAUNCH, launch: { task } });
}

function newExecutorRun(
  core: AgentCore,
  frameworkId: string,
  executor: ExecutorChoice,
  task: TaskInfo,
): ExecutorRun {
  const containerId = randomUUID();
  const executorId = executor.info.executor_id.value;
  const ids = { agentId: core.agentId ?? '', frameworkId, executorId, containerId };
  return {
    frameworkId,
    executorId,
    info: executor.info,
    containerId,
    sandbox: sandboxPath(core.config.workDir, ids),
    commandExecutor: executor.commandExecutor,
    phase: 'registering',
    queued: new Map([[task.task_id.value, task]]),
    launched: new Map(),
    everSentTask: false,
  };
}

/** Sandbox, fetcher, volumes, process; any failure fails the launch (TASK_FAILED, CONTAINER_LAUNCH_FAILED). */
async function startExecutor(
  core: AgentCore,
  framework: FrameworkRecord,
  run: ExecutorRun,
): Promise<void> {
  const timeoutMs = core.config.timings.executorRegistrationTimeoutMs;
  core.after(timeoutMs, () => {
    registrationTimeout(core, run, timeoutMs);
  });
  try {
    prepareSandbox(core, run);
    await fetchUris(run.info.command?.uris ?? [], run.sandbox);
    if (!core.isAlive || run.phase === 'terminated') return;
    if (run.phase === 'terminating') {
      executorTerminated(core, run, -1); // torn down while fetching: nothing ever ran
      return;
    }
    const env = environmentOf(core, framework, run);
    const launched = await launchExecutor(run.info.command ?? {}, env, run.sandbox);
    if (core.hasDied()) {
      // The agent went away while it started: nobody would know it.
      void destroyContainer({ sandbox: run.sandbox, pid: launched.pid });
      return;
    }
    run.pid = launched.pid;
    core.log.info('executor launched', { executorId: run.executorId, pid: launched.pid });
    watchExecutor(core, run, launched.exited);
    void core.save();
  } catch (err) {
    if (!core.isAlive || run.phase === 'terminated') return;
    run.pendingTermination = {
      state: S.TASK_FAILED,
      reason: R.REASON_CONTAINER_LAUNCH_FAILED,
      message: `Failed to launch container: ${(err as Error).message}`,
    };
    executorTerminated(core, run, -1);
  }
}

function prepareSandbox(core: AgentCore, run: ExecutorRun): void {
  mkdirSync(run.sandbox, { recursive: true });
  mountVolumes(core.config.workDir, run.sandbox, run.info.resources ?? []);
  for (const task of run.queued.values()) {
    mountVolumes(core.config.workDir, run.sandbox, task.resources ?? []);
  }
  void core.save();
}

function environmentOf(
  core: AgentCore,
  framework: FrameworkRecord,
  run: ExecutorRun,
): Record<string, string> {
  const graceNs = run.info.shutdown_grace_period?.nanoseconds;
  const timings = core.config.timings;
  return executorEnvironment({
    frameworkId: run.frameworkId,
    executorId: run.executorId,
    agentId: core.agentId ?? '',
    agentIp: core.ip,
    agentPort: core.port,
    sandbox: run.sandbox,
    checkpoint: isCheckpointing(framework.info),
    shutdownGraceNs: BigInt(graceNs ?? timings.executorShutdownGraceMs * 1_000_000),
    recoveryTimeoutMs: timings.recoveryTimeoutMs,
    reregistrationTimeoutMs: timings.executorReregistrationTimeoutMs,
    ...(core.config.executorEnvironment === undefined
      ? {}
      : { base: core.config.executorEnvironment }),
    user: (run.info.command?.environment?.variables ?? []).flatMap((v) =>
      v.value === undefined || v.value === null ? [] : [{ name: v.name, value: v.value }],
    ),
  });
}

/** An executor that has not subscribed in time is destroyed; its tasks fail. */
function registrationTimeout(core: AgentCore, run: ExecutorRun, timeoutMs: number): void {
  if (run.phase !== 'registering') return;
  destroyExecutor(core, run, {
    state: S.TASK_FAILED,
    reason: R.REASON_EXECUTOR_REGISTRATION_TIMEOUT,
    message: `Executor did not register within ${formatDurationMs(timeoutMs)}`,
  });
}
