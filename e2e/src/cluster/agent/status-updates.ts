// The agent's task status update manager: one UpdateStream per (framework, task), a retry timer per
// stream head, and forwarding to the master only while the agent is registered (paused otherwise).
import type { TaskStatus } from '../link.js';
import { isTerminalState } from './model.js';
import { uuidHex } from './statuses.js';
import { UpdateStream, type RetryPolicy, type StreamSnapshot } from './update-stream.js';

export type Forward = (frameworkId: string, status: TaskStatus) => void;

export interface StreamCheckpoint {
  readonly frameworkId: string;
  readonly taskId: string;
  readonly snapshot: StreamSnapshot<TaskStatus>;
}

interface Entry {
  readonly frameworkId: string;
  readonly taskId: string;
  readonly stream: UpdateStream<TaskStatus>;
  readonly checkpoint: boolean;
  timer: NodeJS.Timeout | undefined;
}

export class StatusUpdateManager {
  readonly #entries = new Map<string, Entry>();
  #forwarding = false;

  constructor(
    private readonly policy: RetryPolicy,
    private readonly forward: Forward,
  ) {}

  /** A new update (its uuid set). 'duplicate' means seen before: drop it, but still ack the executor. */
  update(frameworkId: string, status: TaskStatus, checkpoint: boolean): 'queued' | 'duplicate' {
    const taskId = status.task_id.value;
    const entry = this.#entry(frameworkId, taskId, checkpoint);
    const uuid = status.uuid;
    if (!uuid) throw new RangeError('a status update without uuid cannot be sent reliably');
    const update = { uuid: uuidHex(uuid), terminal: isTerminalState(status.state), status };
    const step = entry.stream.receive(update, Date.now(), this.#forwarding);
    this.#send(entry, step.forward);
    return step.outcome;
  }

  /** The scheduler acknowledged an update. `terminated`: the task's last update is through; forget it. */
  acknowledge(
    frameworkId: string,
    taskId: string,
    uuid: Uint8Array,
  ): { acknowledged: boolean; terminated: boolean } {
    const entry = this.#entries.get(key(frameworkId, taskId));
    if (entry === undefined) return { acknowledged: false, terminated: false };
    const step = entry.stream.acknowledge(uuidHex(uuid), Date.now(), this.#forwarding);
    this.#send(entry, step.forward);
    if (entry.stream.terminated) this.#drop(entry);
    return { acknowledged: step.outcome === 'acknowledged', terminated: entry.stream.terminated };
  }

  /** Start forwarding (again) and resend every head now, or only those of one framework. */
  resume(frameworkId?: string): void {
    this.#forwarding = true;
    for (const entry of this.#entries.values()) {
      if (frameworkId !== undefined && entry.frameworkId !== frameworkId) continue;
      this.#send(entry, entry.stream.resume(Date.now()).forward);
    }
  }

  /** The agent lost its master: keep everything, send nothing until resume(). */
  pause(): void {
    this.#forwarding = false;
    for (const entry of this.#entries.values()) this.#disarm(entry);
  }

  /** The framework is gone: its updates can never be acknowledged. */
  cleanup(frameworkId: string): void {
    for (const entry of [...this.#entries.values()]) {
      if (entry.frameworkId === frameworkId) this.#drop(entry);
    }
  }

  /** Whether a task still has updates the scheduler has not acknowledged. */
  isPending(frameworkId: string, taskId: string): boolean {
    return this.#entries.has(key(frameworkId, taskId));
  }

  /** Streams of checkpointing frameworks, for the agent's checkpoint. */
  checkpoint(): StreamCheckpoint[] {
    return [...this.#entries.values()]
      .filter((e) => e.checkpoint)
      .map((e) => ({
        frameworkId: e.frameworkId,
        taskId: e.taskId,
        snapshot: e.stream.snapshot(),
      }));
  }

  /** Streams read back from a checkpoint; nothing is sent until resume(). */
  restore(streams: readonly StreamCheckpoint[]): void {
    for (const s of streams) {
      const stream = new UpdateStream<TaskStatus>(this.policy, s.snapshot);
      this.#entries.set(key(s.frameworkId, s.taskId), {
        ...s,
        stream,
        checkpoint: true,
        timer: undefined,
      });
    }
  }

  /** The agent is gone: no more retries. */
  stop(): void {
    this.pause();
  }

  #entry(frameworkId: string, taskId: string, checkpoint: boolean): Entry {
    const k = key(frameworkId, taskId);
    let entry = this.#entries.get(k);
    if (entry === undefined) {
      entry = {
        frameworkId,
        taskId,
        stream: new UpdateStream(this.policy),
        checkpoint,
        timer: undefined,
      };
      this.#entries.set(k, entry);
    }
    return entry;
  }

  #send(entry: Entry, status: TaskStatus | undefined): void {
    if (status === undefined) return;
    this.forward(entry.frameworkId, status);
    this.#arm(entry);
  }

  #arm(entry: Entry): void {
    this.#disarm(entry);
    const at = entry.stream.retryAtMs;
    if (at === undefined) return;
    entry.timer = setTimeout(
      () => {
        entry.timer = undefined;
        const step = entry.stream.retryDue(Date.now());
        // A timer may fire a little before the wall clock reaches the due time: then wait on.
        if (step.forward === undefined) this.#arm(entry);
        else this.#send(entry, step.forward);
      },
      Math.max(0, at - Date.now()),
    );
  }

  #disarm(entry: Entry): void {
    if (entry.timer !== undefined) clearTimeout(entry.timer);
    entry.timer = undefined;
  }

  #drop(entry: Entry): void {
    this.#disarm(entry);
    this.#entries.delete(key(entry.frameworkId, entry.taskId));
  }
}

function key(frameworkId: string, taskId: string): string {
  return `${frameworkId}\u0000${taskId}`;
}
