// Task states as the master sees them, and the TaskStatus values the master itself makes
// (validation failures, invalid offers, reconciliation, agent loss): SOURCE_MASTER, never a uuid.
import { mesos } from '@cmf/proto';

export type TaskStatus = mesos.v1.TaskStatus.$Properties;
export const TaskState = mesos.v1.TaskState;
export type TaskState = mesos.v1.TaskState;
export const Reason = mesos.v1.TaskStatus.Reason;
export type Reason = mesos.v1.TaskStatus.Reason;

const TERMINAL = new Set<TaskState>([
  TaskState.TASK_FINISHED,
  TaskState.TASK_FAILED,
  TaskState.TASK_KILLED,
  TaskState.TASK_ERROR,
  TaskState.TASK_LOST,
  TaskState.TASK_DROPPED,
  TaskState.TASK_GONE,
  TaskState.TASK_GONE_BY_OPERATOR,
]);

/** Terminal states free the task's resources (TASK_UNREACHABLE and TASK_UNKNOWN do not). */
export function isTerminal(state: TaskState): boolean {
  return TERMINAL.has(state);
}

const PARTITION_AWARE_ONLY = new Set<TaskState>([
  TaskState.TASK_DROPPED,
  TaskState.TASK_UNREACHABLE,
  TaskState.TASK_GONE,
  TaskState.TASK_GONE_BY_OPERATOR,
  TaskState.TASK_UNKNOWN,
]);

/** What a framework is told: without PARTITION_AWARE every partition state reads TASK_LOST. */
export function stateFor(state: TaskState, partitionAware: boolean): TaskState {
  return !partitionAware && PARTITION_AWARE_ONLY.has(state) ? TaskState.TASK_LOST : state;
}

export interface MasterStatusInput {
  readonly taskId: string;
  readonly state: TaskState;
  readonly reason: Reason;
  readonly message: string;
  /** Epoch milliseconds; TaskStatus.timestamp is seconds. */
  readonly nowMs: number;
  readonly agentId?: string | undefined;
  readonly executorId?: string | undefined;
  readonly unreachableTimeMs?: number | undefined;
}

/** A master-generated update: SOURCE_MASTER and no uuid, so the scheduler must not ack it. */
export function masterStatus(input: MasterStatusInput): TaskStatus {
  const status: TaskStatus = {
    task_id: { value: input.taskId },
    state: input.state,
    message: input.message,
    timestamp: input.nowMs / 1000,
    source: mesos.v1.TaskStatus.Source.SOURCE_MASTER,
    reason: input.reason,
  };
  if (input.agentId !== undefined) status.agent_id = { value: input.agentId };
  if (input.executorId !== undefined) status.executor_id = { value: input.executorId };
  if (input.unreachableTimeMs !== undefined) {
    status.unreachable_time = { nanoseconds: input.unreachableTimeMs * 1e6 };
  }
  return status;
}
