// The executor's side of the v1 executor API: one subscription at a time, re-subscribed after
// the agent restarts (when the framework checkpoints), with every unacknowledged task and update
// carried in each SUBSCRIBE. Updates are posted one at a time, in the order they were produced.
import { mesos, newUuidBytes, uuidToString } from '@cmf/proto/executor';
import { decideResubscribe, resubscribeDelayMs } from '../domain/backoff.js';
import type { Logger } from '../logger.js';
import {
  encodeCall,
  executorUpdate,
  messageCall,
  subscribeCall,
  updateCall,
  type ExecutorIds,
  type StatusFields,
} from './calls.js';
import { AgentError, AgentHttp, type AgentAddress } from './http.js';
import { UnacknowledgedLedger } from './ledger.js';

const EventType = mesos.v1.executor.Event.Type;
type Event = mesos.v1.executor.Event;
type Update = mesos.v1.executor.Call.Update;

export interface SessionOptions {
  readonly ids: ExecutorIds;
  readonly agent: AgentAddress;
  readonly checkpoint: boolean;
  readonly recoveryTimeoutMs: number;
  readonly backoffMaxMs: number;
  /** The agent destroys an executor that has not subscribed within 1 min (protocol doc §9.4). */
  readonly registrationTimeoutMs?: number;
  readonly log: Logger;
  readonly random?: () => number;
  readonly newUuid?: () => Uint8Array;
}

export type SessionEnd =
  { readonly reason: 'stopped' } | { readonly reason: 'agent-lost'; readonly detail: string };

export class AgentSession {
  private readonly http: AgentHttp;
  private readonly ledger = new UnacknowledgedLedger();
  private readonly stopping = new AbortController();
  private connection = new AbortController();
  private subscribed = false;
  private everSubscribed = false;
  private subscribedThisRound = false;
  private errorEvent = false;
  /** Updates produced after the last SUBSCRIBE was built: posted once SUBSCRIBED arrives. */
  private notCarried: Update[] = [];
  private posting: Promise<void> = Promise.resolve();
  private settledWaiters: (() => void)[] = [];

  constructor(
    private readonly options: SessionOptions,
    private readonly onEvent: (event: Event) => void,
  ) {
    this.http = new AgentHttp(options.agent);
  }

  get isSubscribed(): boolean {
    return this.subscribed;
  }

  get unacknowledgedUpdates(): number {
    return this.ledger.updateCount;
  }

  /** Runs until stop() or until the agent is gone for good. */
  async run(): Promise<SessionEnd> {
    let attempt = 0;
    let disconnectedAtMs = Date.now();
    while (!this.isStopping()) {
      const subscribed = await this.subscribeOnce();
      if (this.isStopping()) break;
      if (subscribed) {
        disconnectedAtMs = Date.now();
        attempt = 0;
      }
      const delayMs = this.nextDelay(attempt++, disconnectedAtMs);
      if (typeof delayMs === 'string') return this.end({ reason: 'agent-lost', detail: delayMs });
      await pause(delayMs, this.stopping.signal);
    }
    return this.end({ reason: 'stopped' });
  }

  /** Records the update (kept until ACKNOWLEDGED) and sends it as soon as it can. */
  update(fields: StatusFields): Update {
    const random = this.options.newUuid ?? newUuidBytes;
    const update = executorUpdate(this.options.ids, fields, random(), Date.now() / 1000);
    this.ledger.addUpdate(update);
    if (this.subscribed) this.enqueuePost(update);
    else this.notCarried.push(update);
    return update;
  }

  /** Unreliable by design (Mesos relays at most once): dropped when not subscribed. */
  message(data: Uint8Array): void {
    if (!this.subscribed) {
      this.options.log.log('warn', 'dropping a framework message: not subscribed');
      return;
    }
    const call = encodeCall(messageCall(this.options.ids, data));
    this.http.post(call).catch((error: unknown) => {
      this.options.log.log('warn', 'framework message not delivered', { error });
    });
  }

  /** Resolves once the agent has acknowledged every update (or at once if none is pending). */
  settled(): Promise<void> {
    if (this.ledger.updateCount === 0) return Promise.resolve();
    return new Promise((resolve) => this.settledWaiters.push(resolve));
  }

  stop(): void {
    this.stopping.abort();
    this.connection.abort();
  }

  private isStopping(): boolean {
    return this.stopping.signal.aborted;
  }

  /** One SUBSCRIBE and its stream; true when SUBSCRIBED arrived on it. */
  private async subscribeOnce(): Promise<boolean> {
    this.connection = new AbortController();
    this.subscribedThisRound = false;
    const call = subscribeCall(
      this.options.ids,
      this.ledger.unacknowledgedTasks(),
      this.ledger.unacknowledgedUpdates(),
    );
    this.notCarried = [];
    try {
      await this.http.subscribe(
        encodeCall(call),
        (event) => {
          this.receive(event);
        },
        this.connection.signal,
      );
      if (!this.isStopping()) this.options.log.log('warn', 'the agent ended the event stream');
    } catch (error) {
      this.options.log.log('warn', 'subscription failed or broke', { error });
    }
    this.subscribed = false;
    return this.subscribedThisRound;
  }

  /** A delay before the next SUBSCRIBE, or why there will be none. */
  private nextDelay(attempt: number, disconnectedAtMs: number): number | string {
    const random = (this.options.random ?? Math.random)();
    if (this.errorEvent) {
      // The agent told us to start over; it is there, so checkpointing does not matter.
      this.errorEvent = false;
      return resubscribeDelayMs(attempt, this.options.backoffMaxMs, random);
    }
    const decision = decideResubscribe({
      checkpoint: this.options.checkpoint,
      wasSubscribed: this.everSubscribed,
      disconnectedAtMs,
      nowMs: Date.now(),
      attempt,
      recoveryTimeoutMs: this.options.recoveryTimeoutMs,
      registrationTimeoutMs: this.options.registrationTimeoutMs ?? 60_000,
      backoffMaxMs: this.options.backoffMaxMs,
      random,
    });
    return decision.retry ? decision.delayMs : decision.reason;
  }

  /** What the session itself does with an event before the executor sees it. */
  private readonly bookkeeping: Partial<
    Record<mesos.v1.executor.Event.Type, (event: Event) => void>
  > = {
    [EventType.SUBSCRIBED]: () => {
      this.onSubscribed();
    },
    [EventType.LAUNCH]: (event) => {
      if (event.launch) this.ledger.addTask(event.launch.task);
    },
    [EventType.LAUNCH_GROUP]: (event) => {
      for (const task of event.launch_group?.task_group.tasks ?? []) this.ledger.addTask(task);
    },
    [EventType.ACKNOWLEDGED]: (event) => {
      if (event.acknowledged) this.onAcknowledged(event.acknowledged);
    },
    [EventType.ERROR]: (event) => {
      this.options.log.log('warn', 'agent sent ERROR; subscribing again', {
        error: event.error?.message,
      });
      this.errorEvent = true;
      this.connection.abort();
    },
  };

  private receive(event: Event): void {
    if (event.type !== null) this.bookkeeping[event.type]?.(event);
    this.onEvent(event);
  }

  private onSubscribed(): void {
    this.subscribed = true;
    this.subscribedThisRound = true;
    this.everSubscribed = true;
    const pending = this.notCarried;
    this.notCarried = [];
    for (const update of pending) this.enqueuePost(update);
  }

  private onAcknowledged(ack: mesos.v1.executor.Event.Acknowledged): void {
    const known = this.ledger.acknowledge(ack.task_id.value, ack.uuid);
    if (!known) {
      this.options.log.log('debug', 'acknowledgement of an update already settled', {
        uuid: uuidToString(ack.uuid),
      });
    }
    if (this.ledger.updateCount === 0) {
      const waiters = this.settledWaiters;
      this.settledWaiters = [];
      for (const resolve of waiters) resolve();
    }
  }

  private enqueuePost(update: Update): void {
    this.posting = this.posting.then(() => this.post(update));
  }

  private async post(update: Update): Promise<void> {
    if (!this.ledger.has(update)) return;
    try {
      await this.http.post(encodeCall(updateCall(this.options.ids, update)));
    } catch (error) {
      this.onPostFailed(update, error);
    }
  }

  /**
   * A refused update (400) is our bug and would poison every later SUBSCRIBE: drop it. Any other
   * failure means the agent is in trouble: start over, and the SUBSCRIBE carries the update.
   */
  private onPostFailed(update: Update, error: unknown): void {
    const refused =
      error instanceof AgentError && error.code === 'AGENT_REJECTED' && !error.retryable;
    const uuid = update.status.uuid ? uuidToString(update.status.uuid) : '';
    if (refused && error.status !== 403) {
      this.options.log.log('error', 'the agent refused a status update; dropping it', {
        uuid,
        error,
      });
      this.ledger.acknowledge(update.status.task_id.value, update.status.uuid ?? new Uint8Array());
      return;
    }
    this.options.log.log('warn', 'status update not delivered; subscribing again', { uuid, error });
    this.connection.abort();
  }

  private end(end: SessionEnd): SessionEnd {
    this.http.close();
    return end;
  }
}

function pause(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const done = (): void => {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', done, { once: true });
  });
}
