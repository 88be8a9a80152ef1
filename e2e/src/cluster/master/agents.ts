// Agents in the shell (the MasterPort side of the link): registration and re-registration, the link
// dropping, pings, and marking an agent unreachable (protocol §9.4, §10.1).
import { mesos } from '@cmf/proto';
import { toPostRefinement, withoutAllocation } from '../common/reservations.js';
import {
  isPersistentVolume,
  subtractResources,
  sumResources,
  type Resource,
} from '../common/resources.js';
import type { AgentPort, AgentRegistration, Task } from '../link.js';
import { reconcileUnreportedTasks } from './agent-reconcile.js';
import type { MasterCore } from './core.js';
import { Capability, hasCapability } from './domain/framework-info.js';
import { popReservation, withoutVolume } from './domain/operations.js';
import { Reason, TaskState, isTerminal, masterStatus, stateFor } from './domain/statuses.js';
import { newFrameworkRecord } from './frameworks.js';
import { sendUpdate } from './launch.js';
import {
  executorKey,
  executorUseKey,
  tasksOnAgent,
  type AgentRecord,
  type FrameworkRecord,
  type TaskRecord,
} from './model.js';
import { removeAgentOffers } from './offers.js';
import { completeTask, trackTask } from './task-book.js';

const EventType = mesos.v1.scheduler.Event.Type;

/** The configured total with the checkpointed reservations and volumes carved out of it. */
export function agentTotal(
  configured: readonly Resource[],
  checkpointed: readonly Resource[],
): Resource[] {
  const held = checkpointed.map(toPostRefinement).map(withoutAllocation);
  const base = held.map((r) => {
    let plain = isPersistentVolume(r) ? withoutVolume(r) : r;
    while ((plain.reservations ?? []).length > 0) plain = popReservation(plain);
    return plain;
  });
  return sumResources(subtractResources(configured.map(toPostRefinement), base), held);
}

function newAgentRecord(
  id: string,
  reg: AgentRegistration,
  port: AgentPort,
  nowMs: number,
): AgentRecord {
  return {
    id,
    info: { ...reg.info, id: { value: id } },
    port,
    standing: 'active',
    total: agentTotal(reg.info.resources ?? [], reg.checkpointedResources),
    used: new Map(),
    offered: new Map(),
    executors: new Map(),
    pendingKills: new Map(),
    missedPings: 0,
    registeredAtMs: nowMs,
    unreachableSinceMs: undefined,
  };
}

function frameworkFor(
  core: MasterCore,
  frameworkId: string,
  reg: AgentRegistration,
): FrameworkRecord | undefined {
  const known = core.frameworks.get(frameworkId);
  if (known !== undefined || core.completedFrameworks.has(frameworkId)) return known;
  // After a master restart the agent tells the new master about its frameworks ("recovered").
  const info = reg.frameworks.find((f) => f.id?.value === frameworkId);
  if (info === undefined) return undefined;
  const framework = newFrameworkRecord(frameworkId, info, core.now());
  framework.recovered = true;
  core.frameworks.set(frameworkId, framework);
  return framework;
}

function taskRecord(agentId: string, frameworkId: string, task: Task): TaskRecord {
  const latest = task.statuses?.[task.statuses.length - 1];
  return {
    taskId: task.task_id.value,
    frameworkId,
    agentId,
    executorId: task.executor_id?.value,
    info: {
      name: task.name,
      task_id: task.task_id,
      agent_id: { value: agentId },
      resources: task.resources ?? [],
    },
    role: task.resources?.[0]?.allocation_info?.role ?? '*',
    resources: (task.resources ?? []).map(withoutAllocation),
    state: task.state,
    latest,
    forwarded: latest,
    statuses: [...(task.statuses ?? [])],
    unreachableSinceMs: undefined,
  };
}

/** Tasks the agent reports: adopted if new to the master, back from unreachable if they were. */
function adoptTasks(core: MasterCore, agent: AgentRecord, reg: AgentRegistration): void {
  for (const task of reg.tasks) {
    const framework = frameworkFor(core, task.framework_id.value, reg);
    if (framework === undefined) continue;
    const taskId = task.task_id.value;
    const wasUnreachable = framework.unreachableTasks.get(taskId);
    framework.unreachableTasks.delete(taskId);
    if (!framework.tasks.has(taskId))
      trackTask(core, framework, taskRecord(agent.id, framework.id, task));
    if (wasUnreachable !== undefined) {
      sendUpdate(
        core,
        framework,
        masterStatus({
          taskId,
          state: stateFor(task.state, hasCapability(framework.info, Capability.PARTITION_AWARE)),
          reason: Reason.REASON_AGENT_REREGISTERED,
          message: 'Unreachable agent re-reregistered',
          nowMs: core.now(),
          agentId: agent.id,
          executorId: task.executor_id?.value,
        }),
      );
    }
  }
}

function adoptExecutors(core: MasterCore, agent: AgentRecord, reg: AgentRegistration): void {
  for (const { frameworkId, executorInfo } of reg.executors) {
    if (frameworkFor(core, frameworkId, reg) === undefined) continue;
    const id = executorInfo.executor_id.value;
    const resources = (executorInfo.resources ?? []).map(withoutAllocation);
    agent.executors.set(executorKey(frameworkId, id), {
      frameworkId,
      executorId: id,
      info: executorInfo,
      resources,
    });
    agent.used.set(executorUseKey(frameworkId, id), resources);
  }
}

function sendPendingKills(core: MasterCore, agent: AgentRecord): void {
  for (const kill of agent.pendingKills.values()) {
    core.toAgent(agent, (port) => {
      port.killTask(kill.frameworkId, kill.taskId, kill.killPolicy);
    });
  }
  agent.pendingKills.clear();
}

export function register(
  core: MasterCore,
  reg: AgentRegistration,
  port: AgentPort,
): { agentId: string } {
  const nowMs = core.now();
  const id = reg.agentId ?? core.newAgentId();
  const known = core.agents.get(id);
  const agent = known ?? newAgentRecord(id, reg, port, nowMs);
  if (known !== undefined) {
    known.port = port;
    known.info = { ...reg.info, id: { value: id } };
    known.total = agentTotal(reg.info.resources ?? [], reg.checkpointedResources);
    known.registeredAtMs = nowMs;
  }
  agent.standing = 'active';
  agent.missedPings = 0;
  agent.unreachableSinceMs = undefined;
  core.agents.set(id, agent);
  core.recoveredAgents.delete(id);
  adoptExecutors(core, agent, reg);
  if (known !== undefined) reconcileUnreportedTasks(core, agent, reg);
  adoptTasks(core, agent, reg);
  sendPendingKills(core, agent);
  core.log.info(
    known === undefined && reg.agentId === undefined ? 'agent registered' : 'agent re-registered',
    {
      agentId: id,
      hostname: reg.info.hostname,
    },
  );
  core.requestAllocation();
  return { agentId: id };
}

/** Tasks of frameworks that do not checkpoint die with the agent's link (even PARTITION_AWARE). */
function loseUncheckpointedTasks(core: MasterCore, agent: AgentRecord): void {
  for (const framework of core.frameworks.values()) {
    if (framework.info.checkpoint === true) continue;
    for (const task of tasksOnAgent(framework, agent.id)) {
      const status = masterStatus({
        taskId: task.taskId,
        state: TaskState.TASK_LOST,
        reason: Reason.REASON_AGENT_DISCONNECTED,
        message: `Agent ${agent.info.hostname} disconnected`,
        nowMs: core.now(),
        agentId: agent.id,
        executorId: task.executorId,
      });
      task.state = TaskState.TASK_LOST;
      task.statuses.push(status);
      sendUpdate(core, framework, status);
      completeTask(core, framework, task);
    }
  }
}

export function disconnected(core: MasterCore, agentId: string): void {
  const agent = core.agents.get(agentId);
  if (agent?.standing !== 'active') return;
  agent.standing = 'disconnected';
  agent.port = null;
  core.log.info('agent disconnected', { agentId });
  removeAgentOffers(core, agent, true);
  loseUncheckpointedTasks(core, agent);
}

function markTaskUnreachable(
  core: MasterCore,
  framework: FrameworkRecord,
  task: TaskRecord,
  agent: AgentRecord,
  nowMs: number,
): void {
  const status = masterStatus({
    taskId: task.taskId,
    state: stateFor(
      TaskState.TASK_UNREACHABLE,
      hasCapability(framework.info, Capability.PARTITION_AWARE),
    ),
    reason: Reason.REASON_AGENT_REMOVED,
    message: 'health check timed out',
    nowMs,
    agentId: agent.id,
    unreachableTimeMs: nowMs,
  });
  framework.tasks.delete(task.taskId);
  agent.used.delete(`task/${framework.id}/${task.taskId}`);
  if (!isTerminal(task.state)) {
    task.state = TaskState.TASK_UNREACHABLE;
    task.unreachableSinceMs = nowMs;
    task.statuses.push(status);
    framework.unreachableTasks.set(task.taskId, task);
  }
  sendUpdate(core, framework, status);
}

/** Ping timeouts ran out: tasks TASK_UNREACHABLE (TASK_LOST without PARTITION_AWARE), FAILURE to all. */
export function markUnreachable(core: MasterCore, agent: AgentRecord): void {
  const nowMs = core.now();
  agent.standing = 'unreachable';
  agent.port = null;
  agent.unreachableSinceMs = nowMs;
  core.log.info('agent unreachable', { agentId: agent.id });
  removeAgentOffers(core, agent, true);
  for (const framework of core.frameworks.values()) {
    for (const task of tasksOnAgent(framework, agent.id))
      markTaskUnreachable(core, framework, task, agent, nowMs);
  }
  agent.executors.clear();
  agent.used.clear();
  for (const framework of core.frameworks.values()) {
    core.send(framework, { type: EventType.FAILURE, failure: { agent_id: { value: agent.id } } });
  }
}

/** One ping round: a failed or missing answer counts a miss; enough misses make the agent unreachable. */
export function pingAgents(core: MasterCore): void {
  for (const agent of core.agents.values()) {
    if (agent.standing === 'unreachable') continue;
    let alive: boolean;
    try {
      alive = agent.port?.ping() === true;
    } catch {
      alive = false;
    }
    agent.missedPings = alive ? 0 : agent.missedPings + 1;
    if (agent.missedPings >= core.timings.maxAgentPingTimeouts) markUnreachable(core, agent);
  }
}
