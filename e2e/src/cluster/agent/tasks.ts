// The master's requests about single tasks and messages (Slave::killTask, Slave::runTask's executor
// lookup, frameworkMessage): kill a task wherever it is in its life, relay scheduler messages.
import { mesos } from '@cmf/proto';
import type { KillPolicy } from '../link.js';
import type { AgentCore } from './core.js';
import { executorOfTask, isPartitionAware } from './model.js';
import { agentUpdate } from './task-updates.js';

const S = mesos.v1.TaskState;
const R = mesos.v1.TaskStatus.Reason;
const Event = mesos.v1.executor.Event;

export function killTask(
  core: AgentCore,
  frameworkId: string,
  taskId: string,
  killPolicy?: KillPolicy,
): void {
  const framework = core.frameworks.get(frameworkId);
  // A terminating framework cannot acknowledge updates, so Mesos sends none.
  if (framework === undefined || framework.phase === 'terminating') return;
  const run = executorOfTask(framework, taskId);
  if (run === undefined) {
    agentUpdate(core, frameworkId, {
      taskId,
      state: isPartitionAware(framework.info) ? S.TASK_DROPPED : S.TASK_LOST,
      reason: R.REASON_EXECUTOR_TERMINATED,
      message: 'Cannot find executor',
    });
    return;
  }
  if (run.phase === 'terminating' || run.phase === 'terminated') return;
  if (run.phase === 'registering' || run.queued.has(taskId)) {
    agentUpdate(core, frameworkId, {
      taskId,
      state: S.TASK_KILLED,
      reason: R.REASON_TASK_KILLED_DURING_LAUNCH,
      message: 'Killed before delivery to the executor',
      executorId: run.executorId,
    });
    return;
  }
  core.streams.get(run)?.send({
    type: Event.Type.KILL,
    kill: {
      task_id: { value: taskId },
      ...(killPolicy === undefined ? {} : { kill_policy: killPolicy }),
    },
  });
}

/** A scheduler MESSAGE: unreliable, dropped unless the executor is subscribed. */
export function frameworkMessage(
  core: AgentCore,
  frameworkId: string,
  executorId: string,
  data: Uint8Array,
): void {
  const run = core.executorRun(frameworkId, executorId);
  if (run?.phase !== 'running') return;
  core.streams.get(run)?.send({ type: Event.Type.MESSAGE, message: { data } });
}
