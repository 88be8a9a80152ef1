// The SUBSCRIBE stream: one POST on a connection of its own whose chunked response carries
// RecordIO-framed protobuf Events for as long as the subscription lives. Chunk boundaries mean
// nothing; the RecordIO decoder finds the records. An idle watchdog closes a silent stream.
import { mesos, RecordIoDecoder } from '@cmf/proto';
import type { IncomingMessage } from 'node:http';
import type { Endpoint } from './endpoint.js';
import { MesosError } from './errors.js';
import { post } from './http.js';

export interface Subscription {
  readonly endpoint: Endpoint;
  readonly streamId: string;
  readonly events: AsyncGenerator<mesos.v1.scheduler.Event>;
  /** Closes the stream if no event arrives for this long (0 turns the watchdog off). */
  watchIdle(ms: number): void;
  close(): void;
}

export interface SubscribeOptions {
  readonly endpoint: Endpoint;
  readonly body: Uint8Array;
  readonly authorization: string | null;
  readonly timeoutMs: number;
}

export async function openSubscription(options: SubscribeOptions): Promise<Subscription> {
  const { endpoint, response } = await post(options.endpoint, {
    body: options.body,
    authorization: options.authorization,
    streamId: null,
    agent: false,
    timeoutMs: options.timeoutMs,
  });
  // The request timeout covered the headers; the stream itself is watched by the idle watchdog.
  response.socket.setTimeout(0);
  const streamId = response.headers['mesos-stream-id'];
  if (typeof streamId !== 'string' || streamId === '') {
    response.destroy();
    throw new MesosError('REJECTED', 'SUBSCRIBE answered without a Mesos-Stream-Id');
  }
  return new StreamSubscription(endpoint, streamId, response);
}

class StreamSubscription implements Subscription {
  readonly events: AsyncGenerator<mesos.v1.scheduler.Event>;
  private idleMs = 0;
  private timer: NodeJS.Timeout | null = null;

  constructor(
    readonly endpoint: Endpoint,
    readonly streamId: string,
    private readonly response: IncomingMessage,
  ) {
    this.events = this.read();
  }

  watchIdle(ms: number): void {
    this.idleMs = ms;
    this.touch();
  }

  private touch(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    if (this.idleMs <= 0) return;
    this.timer = setTimeout(() => {
      const error = new MesosError('HEARTBEAT_MISSED', `no event for ${this.idleMs} ms`);
      this.response.destroy(error);
    }, this.idleMs);
    this.timer.unref();
  }

  private async *read(): AsyncGenerator<mesos.v1.scheduler.Event> {
    const decoder = new RecordIoDecoder();
    try {
      for await (const chunk of this.response) {
        this.touch();
        for (const record of decoder.push(chunk as Buffer)) {
          yield mesos.v1.scheduler.Event.decode(record);
        }
      }
      decoder.end();
      throw new MesosError('STREAM_ENDED', 'the master closed the subscription stream');
    } catch (error) {
      if (error instanceof MesosError) throw error;
      throw new MesosError('STREAM_ENDED', `subscription stream broke: ${String(error)}`, {
        cause: error,
      });
    } finally {
      this.close();
    }
  }

  close(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.response.destroy();
  }
}
