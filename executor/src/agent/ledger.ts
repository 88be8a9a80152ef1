// What the agent has not acknowledged yet (protocol doc §9.1, §9.4): every update until its
// ACKNOWLEDGED arrives, and every launched TaskInfo until one of its updates is acknowledged. Both
// lists ride on each SUBSCRIBE, with their original uuids, so a restarted agent loses nothing.
import { uuidToString, type mesos } from '@cmf/proto/executor';

type Update = mesos.v1.executor.Call.Update;
type TaskInfo = mesos.v1.TaskInfo;

export class UnacknowledgedLedger {
  /** By task id, in launch order. */
  private readonly tasks = new Map<string, TaskInfo>();
  /** By uuid (canonical text), in the order produced: the agent keeps per-task order. */
  private readonly updates = new Map<string, Update>();

  addTask(task: TaskInfo): void {
    this.tasks.set(task.task_id.value, task);
  }

  addUpdate(update: Update): void {
    this.updates.set(uuidKey(update), update);
  }

  /**
   * Drops the update with this uuid and its task's TaskInfo. Returns false for a uuid it does not
   * hold (a duplicate ACKNOWLEDGED after a re-subscribe): harmless, nothing changes.
   */
  acknowledge(taskId: string, uuid: Uint8Array): boolean {
    const known = this.updates.delete(uuidToString(uuid));
    if (known) this.tasks.delete(taskId);
    return known;
  }

  unacknowledgedTasks(): TaskInfo[] {
    return [...this.tasks.values()];
  }

  unacknowledgedUpdates(): Update[] {
    return [...this.updates.values()];
  }

  has(update: Update): boolean {
    return this.updates.has(uuidKey(update));
  }

  get updateCount(): number {
    return this.updates.size;
  }
}

function uuidKey(update: Update): string {
  const uuid = update.status.uuid;
  if (uuid === null) throw new Error('an executor update always carries a uuid');
  return uuidToString(uuid);
}
