// How a task status update travels through the agent (Slave::statusUpdate and friends): book the task's
// new state, hand the update to its stream, checkpoint, and only then acknowledge the executor.
import { mesos, newUuidBytes } from '@cmf/proto';
import type { TaskStatus } from '../link.js';
import type { AgentCore } from './core.js';
import {
  executorOfTask,
  isCheckpointing,
  isRemovable,
  isTerminalState,
  type ExecutorRun,
  type FrameworkRecord,
} from './model.js';
import { agentStatus, completeStatus } from './statuses.js';

const Event = mesos.v1.executor.Event;

/** An update from an executor: a validated UPDATE call, or one carried in a re-SUBSCRIBE. */
export function executorUpdate(core: AgentCore, from: ExecutorRun, status: TaskStatus): void {
  if (status.agent_id && status.agent_id.value !== core.agentId) {
    // Mesos drops it after the 202, without ACKNOWLEDGED (protocol §16 item 31).
    core.log.warn('dropping status update for another agent', { agentId: status.agent_id.value });
    return;
  }
  statusUpdate(core, from.frameworkId, status, true);
}

export interface AgentUpdate {
  readonly taskId: string;
  readonly state: mesos.v1.TaskState;
  readonly reason: mesos.v1.TaskStatus.Reason;
  readonly message: string;
  readonly executorId?: string;
}

/** An update the agent itself generates (SOURCE_AGENT, a fresh uuid). */
export function agentUpdate(core: AgentCore, frameworkId: string, update: AgentUpdate): void {
  const status = agentStatus({
    ...update,
    agentId: core.agentId ?? '',
    uuid: newUuidBytes(),
    nowMs: Date.now(),
  });
  statusUpdate(core, frameworkId, status, false);
}

function statusUpdate(
  core: AgentCore,
  frameworkId: string,
  status: TaskStatus,
  ackExecutor: boolean,
): void {
  const framework = core.frameworks.get(frameworkId);
  // A terminating framework cannot acknowledge anything: Mesos sends it nothing more.
  if (framework === undefined || framework.phase === 'terminating') return;
  const taskId = status.task_id.value;
  const owner = executorOfTask(framework, taskId);
  if (owner !== undefined && !bookTaskState(owner, status)) {
    // A task that already ended cannot change state; the executor is still acknowledged so it stops resending.
    acknowledgeLater(core, owner, status);
    return;
  }
  const complete = completeStatus(status, {
    agentId: core.agentId ?? '',
    ...(owner === undefined ? {} : { executorId: owner.executorId }),
    nowMs: Date.now(),
    ...(owner?.launched.has(taskId) === true ? { container: containerOf(core, owner) } : {}),
  });
  core.updates.update(frameworkId, complete, isCheckpointing(framework.info));
  if (ackExecutor && owner !== undefined) acknowledgeLater(core, owner, status);
  else void core.save();
}

/** Records the task's latest state; false when the task is already terminal (the update is dropped). */
function bookTaskState(run: ExecutorRun, status: TaskStatus): boolean {
  const taskId = status.task_id.value;
  const queued = run.queued.get(taskId);
  if (queued !== undefined) {
    // Only a terminal update can reach a queued task (killed or failed before delivery): never launch it.
    run.queued.delete(taskId);
    run.launched.set(taskId, { info: queued, state: status.state });
    return true;
  }
  const task = run.launched.get(taskId);
  if (task === undefined) return true;
  if (isTerminalState(task.state)) return false;
  task.state = status.state;
  return true;
}

function containerOf(
  core: AgentCore,
  run: ExecutorRun,
): { containerId: string; pid: number | undefined; ip: string } {
  return { containerId: run.containerId, pid: run.pid, ip: core.ip };
}

/** ACKNOWLEDGED goes to the executor once the update is checkpointed (not when the scheduler acks it). */
function acknowledgeLater(core: AgentCore, run: ExecutorRun, status: TaskStatus): void {
  void core.save().then((saved) => {
    if (!saved || status.uuid === null || status.uuid === undefined) return;
    core.streams.get(run)?.send({
      type: Event.Type.ACKNOWLEDGED,
      acknowledged: { task_id: status.task_id, uuid: status.uuid },
    });
  });
}

/** The scheduler acknowledged an update; after the terminal one the task is forgotten. */
export function acknowledge(
  core: AgentCore,
  frameworkId: string,
  taskId: string,
  uuid: Uint8Array,
): void {
  const result = core.updates.acknowledge(frameworkId, taskId, uuid);
  if (!result.acknowledged) return;
  if (result.terminated) forgetTask(core, frameworkId, taskId);
  void core.save();
}

function forgetTask(core: AgentCore, frameworkId: string, taskId: string): void {
  const framework = core.frameworks.get(frameworkId);
  if (framework === undefined) return;
  const run = executorOfTask(framework, taskId);
  if (run === undefined) return;
  run.launched.delete(taskId);
  removeIfDone(core, framework, run);
}

/** Forgets a terminated executor with no task left to report, and a framework with no executor left. */
export function removeIfDone(core: AgentCore, framework: FrameworkRecord, run: ExecutorRun): void {
  if (isRemovable(run)) framework.executors.delete(run.executorId);
  if (framework.executors.size === 0) {
    core.frameworks.delete(framework.info.id?.value ?? '');
    core.updates.cleanup(framework.info.id?.value ?? '');
  }
}
