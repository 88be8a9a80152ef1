// The v1 scheduler client: keeps one subscription alive (SUBSCRIBE with the stored framework id,
// backoff with jitter between attempts, leader redirects, a heartbeat watchdog) and sends calls on
// other connections with the current Mesos-Stream-Id. The framework id from SUBSCRIBED is
// persisted before any event reaches the handler.
import { Agent } from 'node:http';
import { mesos } from '@cmf/proto';
import type { Logger } from '../ports.js';
import { backoffDelayMs, type BackoffPolicy } from './backoff.js';
import { encodeCall, frameworkInfo, subscribe, type FrameworkSettings } from './calls.js';
import { showEndpoint, type Endpoint } from './endpoint.js';
import { MesosError } from './errors.js';
import { post, readBody } from './http.js';
import { openSubscription, type Subscription } from './subscription.js';

type Event = mesos.v1.scheduler.Event;
type Call = mesos.v1.scheduler.Call.$Properties;
const EventType = mesos.v1.scheduler.Event.Type;

export interface FrameworkIdStore {
  frameworkId(): Promise<string | null>;
  saveFrameworkId(id: string): Promise<void>;
}

export interface ClientOptions {
  readonly master: Endpoint;
  readonly framework: FrameworkSettings;
  readonly authorization: string | null;
  readonly heartbeatMisses: number;
  readonly backoff: BackoffPolicy;
  readonly callTimeoutMs: number;
  readonly ids: FrameworkIdStore;
  readonly logger: Logger;
  readonly random: () => number;
  /** Resolves after `ms`, or early when `signal` aborts. */
  readonly sleep: (ms: number, signal: AbortSignal) => Promise<void>;
}

/** Handles one event; the next one waits until it resolves (ordering is the master's). */
export type EventHandler = (event: Event) => Promise<void>;

export interface Connection {
  readonly frameworkId: string;
  readonly streamId: string;
  readonly endpoint: Endpoint;
}

export class SchedulerClient {
  private connection: Connection | null = null;
  private readonly callAgent = new Agent({ keepAlive: true, maxSockets: 4 });

  constructor(private readonly options: ClientOptions) {}

  get connected(): Connection | null {
    return this.connection;
  }

  /**
   * Subscribes and re-subscribes until `signal` aborts. Rejects on what retrying cannot fix (bad
   * credentials, a refused call shape, a removed framework): the process should exit then.
   */
  async run(handler: EventHandler, signal: AbortSignal): Promise<void> {
    let attempt = 0;
    while (!signal.aborted) {
      try {
        await this.session(handler, signal, () => {
          attempt = 0;
        });
      } catch (error) {
        if (!(error instanceof MesosError) || !error.retryable) throw error;
        this.options.logger.warn('subscription ended; re-subscribing', {
          reason: error.message,
          attempt,
        });
      } finally {
        this.connection = null;
      }
      await this.options.sleep(
        backoffDelayMs(attempt++, this.options.backoff, this.options.random),
        signal,
      );
    }
  }

  private async session(
    handler: EventHandler,
    signal: AbortSignal,
    onSubscribed: () => void,
  ): Promise<void> {
    const stored = await this.options.ids.frameworkId();
    const info = frameworkInfo(this.options.framework, stored);
    const sub = await openSubscription({
      endpoint: this.options.master,
      body: encodeCall(subscribe(info), null),
      authorization: this.options.authorization,
      timeoutMs: this.options.callTimeoutMs,
    });
    const stop = (): void => {
      sub.close();
    };
    signal.addEventListener('abort', stop, { once: true });
    // Aborted while SUBSCRIBE was in flight: the listener above will never fire.
    if (signal.aborted) stop();
    try {
      for await (const event of sub.events) {
        if (event.type === EventType.SUBSCRIBED) await this.subscribed(event, sub, onSubscribed);
        if (event.type === EventType.ERROR) throw errorEvent(event);
        await handler(event);
      }
    } finally {
      signal.removeEventListener('abort', stop);
      sub.close();
    }
  }

  private async subscribed(
    event: Event,
    sub: Subscription,
    onSubscribed: () => void,
  ): Promise<void> {
    const frameworkId = event.subscribed?.framework_id.value ?? '';
    // Persist first: a scheduler that dies now must come back as this framework, not a new one.
    await this.options.ids.saveFrameworkId(frameworkId);
    const intervalS = event.subscribed?.heartbeat_interval_seconds ?? 0;
    sub.watchIdle(intervalS > 0 ? intervalS * 1000 * this.options.heartbeatMisses : 0);
    this.connection = { frameworkId, streamId: sub.streamId, endpoint: sub.endpoint };
    onSubscribed();
    this.options.logger.info('subscribed', { frameworkId, master: showEndpoint(sub.endpoint) });
  }

  /** Sends one call on a connection other than the subscription's; resolves on 202. */
  async call(call: Call): Promise<void> {
    const connection = this.connection;
    if (!connection) throw new MesosError('NOT_SUBSCRIBED', 'no subscription to call through');
    const { response } = await post(connection.endpoint, {
      body: encodeCall(call, connection.frameworkId),
      authorization: this.options.authorization,
      streamId: connection.streamId,
      agent: this.callAgent,
      timeoutMs: this.options.callTimeoutMs,
    });
    await readBody(response);
  }

  close(): void {
    this.callAgent.destroy();
  }
}

function errorEvent(event: Event): MesosError {
  const message = event.error?.message ?? '(no message)';
  // A removed framework id can never subscribe again: retrying would only loop.
  const code = /removed/i.test(message) ? 'REJECTED' : 'STREAM_ENDED';
  return new MesosError(code, `master sent ERROR: ${message}`);
}
