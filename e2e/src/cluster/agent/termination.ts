// Executors ending: SHUTDOWN with a grace period, destroying the container (every process the executor
// started), and what the agent reports once the container is empty (Slave::executorTerminated): FAILURE
// with the raw wait status to the master, then a terminal update for every task that had not ended.
import { mesos } from '@cmf/proto';
import type { AgentCore } from './core.js';
import { destroyContainer } from './containerizer.js';
import { liveTaskIds, type ExecutorRun, type Termination } from './model.js';
import { agentUpdate, removeIfDone } from './task-updates.js';

const S = mesos.v1.TaskState;
const R = mesos.v1.TaskStatus.Reason;
const Event = mesos.v1.executor.Event;

/** Follows the executor's process; its exit is handled only while this agent is alive. */
export function watchExecutor(
  core: AgentCore,
  run: ExecutorRun,
  exited: Promise<number>,
  cancel?: () => void,
): void {
  let watching = true;
  core.unwatch.set(run, () => {
    watching = false;
    cancel?.();
  });
  void exited.then((waitStatus) => {
    if (watching && core.isAlive) executorTerminated(core, run, waitStatus);
  });
}

/** Executors whose container is being destroyed after their exit: reported once it is empty. */
const ending = new WeakSet<ExecutorRun>();

/** The executor's process is gone (or never started: waitStatus -1). */
export function executorTerminated(core: AgentCore, run: ExecutorRun, waitStatus: number): void {
  if (run.phase === 'terminated' || ending.has(run)) return;
  ending.add(run);
  run.phase = 'terminating';
  core.unwatch.delete(run);
  core.streams.get(run)?.close();
  core.streams.delete(run);
  core.log.info('executor terminated', { executorId: run.executorId, waitStatus });
  // A Mesos container dies whole: whatever the executor started, in any process group or session, is
  // gone before its tasks are reported.
  void destroyContainer(run).then((left) => {
    if (left.length > 0) {
      core.log.warn('container processes survived SIGKILL', { executorId: run.executorId, left });
    }
    if (!core.hasDied()) reportTerminated(core, run, waitStatus);
  });
}

function reportTerminated(core: AgentCore, run: ExecutorRun, waitStatus: number): void {
  run.phase = 'terminated';
  const framework = core.frameworks.get(run.frameworkId);
  if (framework === undefined) return;
  // The master never knew of a command executor: Mesos's agent does not report its exit either.
  if (!run.commandExecutor) {
    core.tell((master, agentId) => {
      master.executorExited(agentId, run.frameworkId, run.executorId, waitStatus);
    });
  }
  if (framework.phase === 'terminating') {
    run.queued.clear();
    run.launched.clear();
  } else {
    const ending = run.pendingTermination ?? executorGone;
    for (const taskId of liveTaskIds(run)) {
      agentUpdate(core, run.frameworkId, { taskId, ...ending, executorId: run.executorId });
    }
  }
  removeIfDone(core, framework, run);
  void core.save();
}

const executorGone: Termination = {
  state: S.TASK_FAILED,
  reason: R.REASON_EXECUTOR_TERMINATED,
  message: 'Executor terminated',
};

/** Kills the executor now; its exit then reports its tasks with `why`. */
export function destroyExecutor(core: AgentCore, run: ExecutorRun, why?: Termination): void {
  if (run.phase === 'terminated' || ending.has(run)) return;
  if (why !== undefined) run.pendingTermination = why;
  run.phase = 'terminating';
  if (run.pid === undefined) {
    // Still fetching: there is no process; the launch stops when the fetch returns.
    executorTerminated(core, run, -1);
    return;
  }
  void destroyContainer(run); // its exit, seen by watchExecutor, then reports the tasks
}

/** SHUTDOWN, then after the grace period (ExecutorInfo's, or the agent's) the container is destroyed. */
export function shutdownExecutor(core: AgentCore, run: ExecutorRun): void {
  if (run.phase !== 'registering' && run.phase !== 'running') return;
  run.phase = 'terminating';
  core.streams.get(run)?.send({ type: Event.Type.SHUTDOWN });
  const graceNs = run.info.shutdown_grace_period?.nanoseconds;
  const graceMs =
    graceNs === undefined ? core.config.timings.executorShutdownGraceMs : graceNs / 1e6;
  core.after(graceMs, () => {
    if (run.phase === 'terminating') destroyExecutor(core, run);
  });
}

/** The framework is gone: its executors shut down, and nothing more is reported to it. */
export function shutdownFramework(core: AgentCore, frameworkId: string): void {
  const framework = core.frameworks.get(frameworkId);
  if (framework === undefined) return;
  framework.phase = 'terminating';
  core.updates.cleanup(frameworkId);
  for (const run of [...framework.executors.values()]) {
    if (run.phase !== 'terminated') {
      shutdownExecutor(core, run);
      continue;
    }
    // Gone already, only waiting for acknowledgements that will never come.
    run.launched.clear();
    removeIfDone(core, framework, run);
  }
  if (framework.executors.size === 0) core.frameworks.delete(frameworkId);
  void core.save();
}
