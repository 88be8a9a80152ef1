// An executor's SUBSCRIBE (Slave::subscribe for HTTP executors): replace an older connection, take in the
// updates it carries, drop tasks it never received, then SUBSCRIBED and the queued LAUNCHes.
import { mesos } from '@cmf/proto';
import type { AgentCore } from './core.js';
import type { ExecutorStream } from './event-stream.js';
import { deliver } from './launch.js';
import { isPartitionAware, type ExecutorRun, type FrameworkRecord } from './model.js';
import { agentUpdate, executorUpdate } from './task-updates.js';
import { shutdownExecutor } from './termination.js';

const S = mesos.v1.TaskState;
const R = mesos.v1.TaskStatus.Reason;
const Event = mesos.v1.executor.Event;
type Subscribe = mesos.v1.executor.Call.Subscribe.$Properties;

export function subscribeExecutor(
  core: AgentCore,
  run: ExecutorRun,
  subscribe: Subscribe,
  stream: ExecutorStream,
): void {
  const framework = core.frameworks.get(run.frameworkId);
  if (framework === undefined || !isSubscribable(framework, run)) {
    stream.send({ type: Event.Type.SHUTDOWN });
    stream.close();
    return;
  }
  const carried = subscribe.unacknowledged_updates ?? [];
  core.log.info('executor subscribed', { executorId: run.executorId, carried: carried.length });
  core.streams.get(run)?.close();
  core.streams.set(run, stream);
  run.phase = 'running';
  // Their ACKNOWLEDGED events follow SUBSCRIBED: they wait for the checkpoint write.
  for (const update of carried) executorUpdate(core, run, update.status);
  dropTasksUnknownToExecutor(core, run, subscribe, isPartitionAware(framework.info));
  if (!run.everSentTask && run.queued.size === 0) {
    // Every task it was started for was killed before delivery (MESOS-8411): nothing to do.
    shutdownExecutor(core, run);
    return;
  }
  stream.send({
    type: Event.Type.SUBSCRIBED,
    subscribed: {
      executor_info: run.info,
      framework_info: framework.info,
      agent_info: core.agentInfo(),
      container_id: { value: run.containerId },
    },
  });
  for (const task of [...run.queued.values()]) deliver(core, run, task);
  void core.save();
}

/** An executor on its way out (or of a framework on its way out) is told to shut down instead. */
function isSubscribable(framework: FrameworkRecord, run: ExecutorRun): boolean {
  return (
    framework.phase !== 'terminating' && (run.phase === 'registering' || run.phase === 'running')
  );
}

/**
 * A task still STAGING that the executor does not list as unacknowledged was sent while the agent was
 * going down and never reached it: TASK_DROPPED (TASK_LOST without PARTITION_AWARE).
 */
function dropTasksUnknownToExecutor(
  core: AgentCore,
  run: ExecutorRun,
  subscribe: Subscribe,
  pa: boolean,
): void {
  const known = new Set((subscribe.unacknowledged_tasks ?? []).map((t) => t.task_id.value));
  for (const [taskId, task] of run.launched) {
    if (task.state !== S.TASK_STAGING || known.has(taskId)) continue;
    agentUpdate(core, run.frameworkId, {
      taskId,
      state: pa ? S.TASK_DROPPED : S.TASK_LOST,
      reason: R.REASON_AGENT_RESTARTED,
      message: 'Task launched during agent restart',
      executorId: run.executorId,
    });
  }
}
