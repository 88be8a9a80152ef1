// The per-task status update stream of an agent (Mesos's task status update manager, §6.3): only the
// head is forwarded, the next update only after the head's acknowledgement, the head is retried with a
// doubling interval, duplicates (by uuid) are dropped. No I/O and no clock: time comes in as `nowMs`, and
// each step says what to forward; the shell owns timers. It mutates in place so that a step is O(1):
// benchmarks push thousands of updates through one stream.

/** One update in a stream; `status` is opaque here (a TaskStatus in the agent). */
export interface StreamUpdate<S> {
  readonly uuid: string; // hex of the 16 uuid bytes
  readonly terminal: boolean;
  readonly status: S;
}

export interface RetryPolicy {
  readonly minMs: number; // first retry after this long (Mesos: 10 s)
  readonly maxMs: number; // cap of the doubling interval (Mesos: 10 min)
}

export type ReceiveOutcome = 'queued' | 'duplicate';
export type AckOutcome = 'acknowledged' | 'unexpected' | 'duplicate';

/** The result of a step: `forward` is the update to send to the master now (and re-arm the retry timer). */
export interface StreamStep<S, O extends string> {
  readonly outcome: O;
  readonly forward?: S;
}

/** What a stream checkpoints: enough to resume forwarding and to keep dropping duplicates. */
export interface StreamSnapshot<S> {
  readonly pending: readonly StreamUpdate<S>[];
  readonly acknowledged: readonly string[];
}

/**
 * How many acknowledged uuids a stream remembers for deduplication. An executor resends only updates it
 * has not seen ACKNOWLEDGED for, and the agent sends that right after storing the update, so a duplicate of
 * an acknowledged update is always one of the latest few; Mesos keeps them all, which grows without bound.
 * They are checkpointed too, so a small number keeps each checkpoint write small (agent.bench.ts).
 */
export const ACKNOWLEDGED_MEMORY = 64;

export class UpdateStream<S> {
  #pending: StreamUpdate<S>[] = [];
  #head = 0; // index of the head in #pending: dequeue without shifting the array
  readonly #pendingUuids = new Set<string>();
  readonly #acknowledged = new Set<string>();
  #terminated = false;
  #retry: { atMs: number; intervalMs: number } | undefined;

  constructor(
    private readonly policy: RetryPolicy,
    snapshot?: StreamSnapshot<S>,
  ) {
    for (const uuid of snapshot?.acknowledged ?? []) this.#remember(uuid);
    for (const update of snapshot?.pending ?? []) this.#enqueue(update);
  }

  /** A terminal update was acknowledged: the stream is finished and may be dropped. */
  get terminated(): boolean {
    return this.#terminated;
  }

  get pendingCount(): number {
    return this.#pending.length - this.#head;
  }

  /** The update in flight, if any. */
  get head(): StreamUpdate<S> | undefined {
    return this.#pending[this.#head];
  }

  /** When the head is next due to be resent; undefined while nothing is in flight. */
  get retryAtMs(): number | undefined {
    return this.#retry?.atMs;
  }

  hasSeen(uuid: string): boolean {
    return this.#pendingUuids.has(uuid) || this.#acknowledged.has(uuid);
  }

  /**
   * A new update from the executor or the agent. A uuid seen before is a duplicate (the caller still
   * acknowledges it to the executor). The update is forwarded at once when it becomes the head and
   * `forwarding` is on (it is off while the agent is not registered with a master).
   */
  receive(
    update: StreamUpdate<S>,
    nowMs: number,
    forwarding: boolean,
  ): StreamStep<S, ReceiveOutcome> {
    if (this.hasSeen(update.uuid)) return { outcome: 'duplicate' };
    this.#enqueue(update);
    if (this.pendingCount === 1 && forwarding)
      return this.#forwardHead('queued', nowMs, this.policy.minMs);
    return { outcome: 'queued' };
  }

  /**
   * The scheduler acknowledged `uuid`. Only an ack of the head counts; the next update (if any) becomes
   * the head and is forwarded. After a terminal update is acknowledged the stream is terminated and the
   * updates queued behind it are dropped, as Mesos does.
   */
  acknowledge(uuid: string, nowMs: number, forwarding: boolean): StreamStep<S, AckOutcome> {
    const head = this.head;
    if (head?.uuid !== uuid) {
      return { outcome: this.#acknowledged.has(uuid) ? 'duplicate' : 'unexpected' };
    }
    this.#dequeue();
    this.#remember(uuid);
    this.#retry = undefined;
    if (head.terminal) {
      this.#terminated = true;
      return { outcome: 'acknowledged' };
    }
    if (this.pendingCount === 0 || !forwarding) return { outcome: 'acknowledged' };
    return this.#forwardHead('acknowledged', nowMs, this.policy.minMs);
  }

  /** The retry timer fired: resend the head if it is due, doubling the interval up to the cap. */
  retryDue(nowMs: number): StreamStep<S, 'resent' | 'idle'> {
    const retry = this.#retry;
    if (retry === undefined || this.pendingCount === 0 || nowMs < retry.atMs)
      return { outcome: 'idle' };
    return this.#forwardHead('resent', nowMs, Math.min(retry.intervalMs * 2, this.policy.maxMs));
  }

  /** Resend the head now, back at the first retry interval: the agent registered or the framework came back. */
  resume(nowMs: number): StreamStep<S, 'resent' | 'idle'> {
    if (this.pendingCount === 0) return { outcome: 'idle' };
    return this.#forwardHead('resent', nowMs, this.policy.minMs);
  }

  /** Stop retrying (the agent lost its master); `resume` starts again. */
  pause(): void {
    this.#retry = undefined;
  }

  snapshot(): StreamSnapshot<S> {
    return { pending: this.#pending.slice(this.#head), acknowledged: [...this.#acknowledged] };
  }

  #forwardHead<O extends string>(outcome: O, nowMs: number, intervalMs: number): StreamStep<S, O> {
    const head = this.head;
    if (head === undefined) return { outcome };
    this.#retry = { atMs: nowMs + intervalMs, intervalMs };
    return { outcome, forward: head.status };
  }

  #enqueue(update: StreamUpdate<S>): void {
    this.#pending.push(update);
    this.#pendingUuids.add(update.uuid);
  }

  #dequeue(): void {
    const head = this.head;
    if (head === undefined) return;
    this.#pendingUuids.delete(head.uuid);
    this.#head++;
    if (this.#head > 64 && this.#head * 2 > this.#pending.length) {
      this.#pending = this.#pending.slice(this.#head);
      this.#head = 0;
    }
  }

  #remember(uuid: string): void {
    this.#acknowledged.add(uuid);
    if (this.#acknowledged.size <= ACKNOWLEDGED_MEMORY) return;
    const oldest = this.#acknowledged.values().next();
    if (oldest.done !== true) this.#acknowledged.delete(oldest.value);
  }
}
