// Task-level calls and agent reports in the shell: status updates forwarded to the framework and
// acknowledged back to the agent, KILL, RECONCILE, SHUTDOWN, MESSAGE, executor exits.
import { mesos } from '@cmf/proto';
import type { KillPolicy, TaskStatus } from '../link.js';
import type { MasterCore } from './core.js';
import { Capability, hasCapability } from './domain/framework-info.js';
import {
  explicitAnswers,
  implicitAnswers,
  type ReconcileRequest,
  type ReconcileView,
} from './domain/reconcile.js';
import { isTerminal } from './domain/statuses.js';
import { sendUpdate } from './launch.js';
import { executorKey, executorUseKey, type FrameworkRecord, type TaskRecord } from './model.js';
import { completeTask, recordStatus } from './task-book.js';

const EventType = mesos.v1.scheduler.Event.Type;

function sameUuid(a: Uint8Array | null | undefined, b: Uint8Array): boolean {
  return a !== undefined && a !== null && Buffer.compare(Buffer.from(a), Buffer.from(b)) === 0;
}

/** An update from the agent (always with a uuid): recorded and forwarded, even for a task the master
 * does not know, as Mesos does. A disconnected framework gets it when the agent resends it. */
export function statusUpdate(
  core: MasterCore,
  agentId: string,
  frameworkId: string,
  status: TaskStatus,
): void {
  const agent = core.agents.get(agentId);
  const framework = core.frameworks.get(frameworkId);
  if (agent?.standing !== 'active' || framework === undefined) return;
  const task = framework.tasks.get(status.task_id.value);
  const forwarded: TaskStatus = { ...status, agent_id: status.agent_id ?? { value: agentId } };
  const executorId = task?.executorId;
  if (!forwarded.executor_id && executorId !== undefined)
    forwarded.executor_id = { value: executorId };
  forwarded.timestamp ??= core.now() / 1000;
  if (task !== undefined) {
    recordStatus(core, framework, task, forwarded);
    task.forwarded = forwarded;
  }
  sendUpdate(core, framework, forwarded);
}

export function acknowledge(
  core: MasterCore,
  framework: FrameworkRecord,
  ack: { agentId: string; taskId: string; uuid: Uint8Array },
): void {
  const agent = core.agents.get(ack.agentId);
  if (agent?.standing !== 'active') return;
  const task = framework.tasks.get(ack.taskId);
  if (
    task?.forwarded &&
    isTerminal(task.forwarded.state) &&
    sameUuid(task.forwarded.uuid, ack.uuid)
  ) {
    completeTask(core, framework, task);
  }
  core.toAgent(agent, (port) => {
    port.acknowledge(framework.id, ack.taskId, ack.uuid);
  });
}

export function reconcileView(core: MasterCore, framework: FrameworkRecord): ReconcileView {
  const tasks = new Map<string, { agentId: string; latest: TaskStatus }>();
  for (const t of framework.tasks.values()) {
    if (core.agents.get(t.agentId)?.standing === 'unreachable') continue;
    tasks.set(t.taskId, { agentId: t.agentId, latest: t.forwarded ?? latestOrStaging(t) });
  }
  const unreachable = new Map<string, { agentId: string; unreachableTimeMs: number }>();
  for (const t of framework.unreachableTasks.values()) {
    unreachable.set(t.taskId, { agentId: t.agentId, unreachableTimeMs: t.unreachableSinceMs ?? 0 });
  }
  return {
    partitionAware: hasCapability(framework.info, Capability.PARTITION_AWARE),
    tasks,
    unreachableTasks: unreachable,
    standing: (id) => {
      if (core.recoveredAgents.has(id)) return 'recovered';
      const agent = core.agents.get(id);
      if (agent === undefined) return 'unknown';
      return agent.standing === 'unreachable' ? 'unreachable' : 'registered';
    },
    unreachableSinceMs: (id) => core.agents.get(id)?.unreachableSinceMs,
    hasRecoveredAgents: core.recoveredAgents.size > 0,
    nowMs: core.now(),
  };
}

function latestOrStaging(t: TaskRecord): TaskStatus {
  return (
    t.latest ?? {
      task_id: { value: t.taskId },
      state: t.state,
      ...(t.executorId ? { executor_id: { value: t.executorId } } : {}),
    }
  );
}

export function reconcile(
  core: MasterCore,
  framework: FrameworkRecord,
  requests: ReconcileRequest[],
): void {
  const view = reconcileView(core, framework);
  const answers = requests.length === 0 ? implicitAnswers(view) : explicitAnswers(view, requests);
  for (const status of answers) sendUpdate(core, framework, status);
}

/** Unknown task: an explicit reconciliation answer instead of an error; wrong agent: ignored. */
export function kill(
  core: MasterCore,
  framework: FrameworkRecord,
  req: { taskId: string; agentId?: string; killPolicy?: KillPolicy },
): void {
  const task = framework.tasks.get(req.taskId);
  if (task === undefined) {
    reconcile(core, framework, [{ taskId: req.taskId, agentId: req.agentId }]);
    return;
  }
  if (req.agentId !== undefined && req.agentId !== task.agentId) return;
  const agent = core.agents.get(task.agentId);
  if (agent === undefined) return;
  if (agent.standing !== 'active') {
    agent.pendingKills.set(`${framework.id}/${req.taskId}`, {
      frameworkId: framework.id,
      taskId: req.taskId,
      ...(req.killPolicy ? { killPolicy: req.killPolicy } : {}),
    });
    return;
  }
  core.toAgent(agent, (port) => {
    port.killTask(framework.id, req.taskId, req.killPolicy);
  });
}

export function shutdownExecutor(
  core: MasterCore,
  framework: FrameworkRecord,
  agentId: string,
  executorId: string,
): void {
  const agent = core.agents.get(agentId);
  if (agent === undefined) return;
  core.toAgent(agent, (port) => {
    port.shutdownExecutor(framework.id, executorId);
  });
}

export function frameworkMessage(
  core: MasterCore,
  framework: FrameworkRecord,
  agentId: string,
  executorId: string,
  data: Uint8Array,
): void {
  const agent = core.agents.get(agentId);
  if (agent === undefined) return;
  core.toAgent(agent, (port) => {
    port.frameworkMessage(framework.id, executorId, data);
  });
}

export function executorMessage(
  core: MasterCore,
  agentId: string,
  frameworkId: string,
  executorId: string,
  data: Uint8Array,
): void {
  const framework = core.frameworks.get(frameworkId);
  if (framework === undefined) return;
  core.send(framework, {
    type: EventType.MESSAGE,
    message: { agent_id: { value: agentId }, executor_id: { value: executorId }, data },
  });
}

/** FAILURE with the raw wait status; the agent reports the tasks' TASK_FAILED itself. */
export function executorExited(
  core: MasterCore,
  agentId: string,
  frameworkId: string,
  executorId: string,
  waitStatus: number,
): void {
  const agent = core.agents.get(agentId);
  agent?.executors.delete(executorKey(frameworkId, executorId));
  agent?.used.delete(executorUseKey(frameworkId, executorId));
  const framework = core.frameworks.get(frameworkId);
  if (framework !== undefined) {
    core.send(framework, {
      type: EventType.FAILURE,
      failure: {
        agent_id: { value: agentId },
        executor_id: { value: executorId },
        status: waitStatus,
      },
    });
  }
}
