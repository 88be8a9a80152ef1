// Bookkeeping of tasks in the master: adding a launched or re-registered task, recording the statuses
// it goes through, freeing its resources when it ends, and forgetting it once acknowledged.
import type { MasterCore } from './core.js';
import { isTerminal, type TaskStatus } from './domain/statuses.js';
import { taskKey, type FrameworkRecord, type TaskRecord } from './model.js';

/** Mesos keeps a bounded history of finished tasks for /state. */
const COMPLETED_TASKS_KEPT = 1000;

export function trackTask(core: MasterCore, framework: FrameworkRecord, task: TaskRecord): void {
  framework.tasks.set(task.taskId, task);
  if (!isTerminal(task.state)) {
    core.agents.get(task.agentId)?.used.set(taskKey(framework.id, task.taskId), task.resources);
  }
}

/** Records a status the agent (or the master) produced for a tracked task. */
export function recordStatus(
  core: MasterCore,
  framework: FrameworkRecord,
  task: TaskRecord,
  status: TaskStatus,
): void {
  task.latest = status;
  task.state = status.state;
  // Like Mesos, a status of the same state as the last one replaces it (health updates would
  // otherwise grow the list without bound).
  if (task.statuses.at(-1)?.state === status.state) task.statuses.pop();
  task.statuses.push(status);
  if (isTerminal(status.state)) {
    core.agents.get(task.agentId)?.used.delete(taskKey(framework.id, task.taskId));
  }
}

/** The task leaves the master's tracking (terminal and acknowledged, or its framework removed). */
export function completeTask(core: MasterCore, framework: FrameworkRecord, task: TaskRecord): void {
  framework.tasks.delete(task.taskId);
  core.agents.get(task.agentId)?.used.delete(taskKey(framework.id, task.taskId));
  framework.completedTasks.push(task);
  if (framework.completedTasks.length > COMPLETED_TASKS_KEPT) framework.completedTasks.shift();
}
