// An executor's side of the v1 executor API (protocol §9): SUBSCRIBE carrying the unacknowledged tasks
// and updates, UPDATE calls with fresh uuids that are kept until ACKNOWLEDGED, and re-subscription with
// backoff after the agent went away. What to do on each event, and whether to come back after a
// disconnection, is the executor's own business (the handlers).
import { mesos, newUuidBytes } from '@cmf/proto';
import { postCall, subscribe, type ExecutorEventMsg } from './client.js';

const C = mesos.v1.executor.Call.Type;
const E = mesos.v1.executor.Event.Type;
type TaskInfo = mesos.v1.TaskInfo;
export type TaskStatus = mesos.v1.TaskStatus.$Properties;

export interface SessionConfig {
  /** MESOS_AGENT_ENDPOINT: ip:port. */
  readonly endpoint: string;
  readonly frameworkId: string;
  readonly executorId: string;
  /** MESOS_SUBSCRIPTION_BACKOFF_MAX: no wait between SUBSCRIBE attempts is longer. */
  readonly backoffMaxMs: number;
  /** MESOS_RECOVERY_TIMEOUT: how long to try to re-subscribe before giving up. */
  readonly recoveryTimeoutMs: number;
}

export interface SessionHandlers {
  onEvent(event: ExecutorEventMsg): void;
  /** An update of ours was ACKNOWLEDGED (after onEvent): `status` is the update, if it was ours. */
  onAcknowledged?(taskId: string, status: TaskStatus | undefined): void;
  /** The event stream ended; `clean` if the agent ended it, false if it broke. */
  onDisconnected(clean: boolean): void;
  /** The agent could not be reached again within the recovery timeout. */
  onLost(): void;
  /** An UPDATE call was answered (`httpStatus`) or could not be sent (undefined). */
  onUpdatePosted?(status: TaskStatus, httpStatus: number | undefined): void;
}

/** How long an UPDATE answered 503 (the agent is recovering) is retried, in 50 ms steps. */
const RECOVERING_RETRIES = 100;

export class ExecutorSession {
  readonly #unackedTasks = new Map<string, TaskInfo>();
  readonly #unackedUpdates = new Map<string, TaskStatus>();
  readonly #ids: { executor_id: { value: string }; framework_id: { value: string } };

  constructor(
    private readonly config: SessionConfig,
    private readonly handlers: SessionHandlers,
  ) {
    this.#ids = {
      executor_id: { value: config.executorId },
      framework_id: { value: config.frameworkId },
    };
  }

  /** Updates sent and not acknowledged yet. */
  get pendingUpdates(): number {
    return this.#unackedUpdates.size;
  }

  /** SUBSCRIBE; throws when the agent cannot be reached or does not answer 200. */
  async connect(): Promise<void> {
    const sub = await subscribe(
      this.config.endpoint,
      {
        ...this.#ids,
        type: C.SUBSCRIBE,
        subscribe: {
          unacknowledged_tasks: [...this.#unackedTasks.values()],
          unacknowledged_updates: [...this.#unackedUpdates.values()].map((status) => ({ status })),
        },
      },
      {
        onEvent: (event) => {
          this.#received(event);
        },
        onEnd: (clean) => {
          this.handlers.onDisconnected(clean);
        },
      },
    );
    if (sub.status !== 200) throw new Error(`SUBSCRIBE answered ${sub.status.toString()}`);
  }

  /** Tries SUBSCRIBE again, each wait at most backoffMaxMs, until the recovery timeout (then onLost). */
  async resubscribe(): Promise<void> {
    const deadline = Date.now() + this.config.recoveryTimeoutMs;
    let waitMs = Math.min(50, this.config.backoffMaxMs);
    while (Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, waitMs));
      try {
        await this.connect();
        return;
      } catch {
        waitMs = Math.min(waitMs * 2, this.config.backoffMaxMs / 2);
      }
    }
    this.handlers.onLost();
  }

  /** Sends an update (SOURCE_EXECUTOR, a new uuid), kept until the agent acknowledges it. */
  update(status: Omit<TaskStatus, 'uuid' | 'source' | 'executor_id'>): TaskStatus {
    const uuid = newUuidBytes();
    const full: TaskStatus = {
      ...status,
      source: mesos.v1.TaskStatus.Source.SOURCE_EXECUTOR,
      executor_id: this.#ids.executor_id,
      uuid,
    };
    this.#unackedUpdates.set(Buffer.from(uuid).toString('hex'), full);
    void this.#post(full);
    return full;
  }

  /** One try, plus retries while the agent is recovering (503); if unreachable, SUBSCRIBE carries it. */
  async #post(status: TaskStatus): Promise<void> {
    for (let attempt = 0; attempt < RECOVERING_RETRIES; attempt++) {
      const call = { ...this.#ids, type: C.UPDATE, update: { status } };
      const result = await postCall(this.config.endpoint, call).catch(() => undefined);
      this.handlers.onUpdatePosted?.(status, result?.status);
      if (result?.status !== 503) return;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  /** A MESSAGE to the scheduler (unreliable, as in Mesos). */
  message(data: Uint8Array): void {
    void postCall(this.config.endpoint, { ...this.#ids, type: C.MESSAGE, message: { data } });
  }

  #received(event: ExecutorEventMsg): void {
    if (event.type === E.LAUNCH && event.launch) {
      this.#unackedTasks.set(event.launch.task.task_id.value, event.launch.task);
    }
    this.handlers.onEvent(event);
    if (event.type === E.ACKNOWLEDGED && event.acknowledged) {
      const taskId = event.acknowledged.task_id.value;
      const key = Buffer.from(event.acknowledged.uuid).toString('hex');
      const status = this.#unackedUpdates.get(key);
      this.#unackedUpdates.delete(key);
      this.#unackedTasks.delete(taskId);
      this.handlers.onAcknowledged?.(taskId, status);
    }
  }
}
