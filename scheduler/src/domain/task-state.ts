// Mesos TaskState names, sorted once into what they mean for a node. The one exhaustive table;
// everything else asks it.

export type TaskStateName =
  | 'TASK_STAGING'
  | 'TASK_STARTING'
  | 'TASK_RUNNING'
  | 'TASK_KILLING'
  | 'TASK_FINISHED'
  | 'TASK_FAILED'
  | 'TASK_KILLED'
  | 'TASK_ERROR'
  | 'TASK_LOST'
  | 'TASK_DROPPED'
  | 'TASK_UNREACHABLE'
  | 'TASK_GONE'
  | 'TASK_GONE_BY_OPERATOR'
  | 'TASK_UNKNOWN';

/**
 * - `starting`: Mesos has it, Cassandra is not running yet.
 * - `running`: the executor runs it.
 * - `stopping`: a kill is under way.
 * - `ended`: it will never run again (Mesos freed its resources, or never had it).
 * - `unreachable`: its agent is partitioned; it may come back.
 */
export type TaskStateClass = 'starting' | 'running' | 'stopping' | 'ended' | 'unreachable';

const CLASS: Readonly<Record<TaskStateName, TaskStateClass>> = {
  TASK_STAGING: 'starting',
  TASK_STARTING: 'starting',
  TASK_RUNNING: 'running',
  TASK_KILLING: 'stopping',
  TASK_FINISHED: 'ended',
  TASK_FAILED: 'ended',
  TASK_KILLED: 'ended',
  TASK_ERROR: 'ended',
  // Non-partition-aware masters report a partition as LOST, and the task may come back; we declare
  // PARTITION_AWARE, so LOST only reaches us from older masters and is treated as an end.
  TASK_LOST: 'ended',
  TASK_DROPPED: 'ended',
  TASK_UNREACHABLE: 'unreachable',
  TASK_GONE: 'ended',
  TASK_GONE_BY_OPERATOR: 'ended',
  // Reconciliation's answer for a task the master has no record of: the launch never happened or
  // the task is long gone. Either way it is not running.
  TASK_UNKNOWN: 'ended',
};

export function classifyTaskState(state: TaskStateName): TaskStateClass {
  return CLASS[state];
}

export function isTaskStateName(name: string): name is TaskStateName {
  return Object.hasOwn(CLASS, name);
}

export const TASK_STATE_NAMES = Object.keys(CLASS) as readonly TaskStateName[];
