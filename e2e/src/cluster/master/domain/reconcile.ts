// Answers to RECONCILE (protocol §7): explicit per task, implicit for all tasks the master tracks on
// registered agents. Every answer is SOURCE_MASTER, REASON_RECONCILIATION, without uuid.
import { Reason, TaskState, masterStatus, stateFor, type TaskStatus } from './statuses.js';

/** How the master knows an agent. `recovered`: in the registry after a master restart, but not
 * re-registered yet. */
export type AgentStanding = 'registered' | 'unreachable' | 'recovered' | 'unknown';

export interface KnownTask {
  readonly agentId: string;
  /** The latest state already forwarded to the framework (status_update_state), else the state. */
  readonly latest: TaskStatus;
}

export interface ReconcileView {
  readonly partitionAware: boolean;
  /** Tracked tasks on registered agents. */
  readonly tasks: ReadonlyMap<string, KnownTask>;
  /** Tasks of agents marked unreachable. */
  readonly unreachableTasks: ReadonlyMap<string, { agentId: string; unreachableTimeMs: number }>;
  standing(agentId: string): AgentStanding;
  unreachableSinceMs(agentId: string): number | undefined;
  readonly hasRecoveredAgents: boolean;
  readonly nowMs: number;
}

export interface ReconcileRequest {
  readonly taskId: string;
  readonly agentId?: string | undefined;
}

function known(view: ReconcileView, task: KnownTask): TaskStatus {
  const { latest } = task;
  const status = masterStatus({
    taskId: latest.task_id.value,
    state: stateFor(latest.state, view.partitionAware),
    reason: Reason.REASON_RECONCILIATION,
    message: 'Reconciliation: Latest task state',
    nowMs: view.nowMs,
    agentId: task.agentId,
    executorId: latest.executor_id?.value,
  });
  if (latest.healthy !== undefined && latest.healthy !== null) status.healthy = latest.healthy;
  if (latest.check_status) status.check_status = latest.check_status;
  if (latest.container_status) status.container_status = latest.container_status;
  return status;
}

function answer(
  view: ReconcileView,
  req: ReconcileRequest,
  state: TaskState,
  message: string,
  unreachableTimeMs?: number,
): TaskStatus {
  return masterStatus({
    taskId: req.taskId,
    state: stateFor(state, view.partitionAware),
    reason: Reason.REASON_RECONCILIATION,
    message,
    nowMs: view.nowMs,
    agentId: req.agentId,
    unreachableTimeMs,
  });
}

function unknownOnAgent(
  view: ReconcileView,
  req: ReconcileRequest,
  agentId: string,
): TaskStatus | null {
  switch (view.standing(agentId)) {
    case 'recovered':
      return null;
    case 'registered':
      return answer(view, req, TaskState.TASK_GONE, 'Reconciliation: Task is unknown to the agent');
    case 'unreachable':
      return answer(
        view,
        req,
        TaskState.TASK_UNREACHABLE,
        'Reconciliation: Task is unreachable',
        view.unreachableSinceMs(agentId),
      );
    case 'unknown':
      return answer(view, req, TaskState.TASK_UNKNOWN, 'Reconciliation: Task is unknown');
  }
}

/** The answer to one explicit request; null means Mesos stays silent (a recovered agent). */
export function explicitAnswer(view: ReconcileView, req: ReconcileRequest): TaskStatus | null {
  const task = view.tasks.get(req.taskId);
  if (task !== undefined) return known(view, task);
  const unreachable = view.unreachableTasks.get(req.taskId);
  if (unreachable !== undefined) {
    return answer(
      view,
      { taskId: req.taskId, agentId: unreachable.agentId },
      TaskState.TASK_UNREACHABLE,
      'Reconciliation: Task is unreachable',
      unreachable.unreachableTimeMs,
    );
  }
  if (req.agentId !== undefined) return unknownOnAgent(view, req, req.agentId);
  if (view.hasRecoveredAgents) return null;
  return answer(view, req, TaskState.TASK_UNKNOWN, 'Reconciliation: Task is unknown');
}

export function explicitAnswers(
  view: ReconcileView,
  reqs: readonly ReconcileRequest[],
): TaskStatus[] {
  return reqs.map((r) => explicitAnswer(view, r)).filter((s): s is TaskStatus => s !== null);
}

/** Implicit reconciliation: one answer per tracked task on a registered agent, nothing else. */
export function implicitAnswers(view: ReconcileView): TaskStatus[] {
  return [...view.tasks.values()].map((t) => known(view, t));
}
