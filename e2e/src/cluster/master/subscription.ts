// One framework's event stream: the 200 chunked response of its SUBSCRIBE, written as RecordIO
// records in the negotiated encoding, with HEARTBEATs on the announced interval.
import type { ServerResponse } from 'node:http';
import { mesos } from '@cmf/proto';
import { encodeEvent, type Event } from './codec.js';
import type { MediaType } from './domain/negotiation.js';

const EventType = mesos.v1.scheduler.Event.Type;

export class Subscription {
  private heartbeat: NodeJS.Timeout | undefined;
  private closed = false;
  private readonly closeHandlers: (() => void)[] = [];

  constructor(
    private readonly res: ServerResponse,
    readonly media: MediaType,
    readonly streamId: string,
  ) {
    res.on('close', () => {
      this.markClosed();
    });
  }

  /** Sends the 200 with the stream headers; nothing is written before the first event. */
  open(): void {
    this.res.writeHead(200, { 'Content-Type': this.media, 'Mesos-Stream-Id': this.streamId });
    this.res.flushHeaders();
  }

  get isOpen(): boolean {
    return !this.closed;
  }

  send(event: Event): void {
    if (this.closed) return;
    this.res.write(encodeEvent(event, this.media));
  }

  /** The first HEARTBEAT goes out at once, then one every interval. */
  startHeartbeats(intervalMs: number): void {
    this.stopHeartbeats();
    this.send({ type: EventType.HEARTBEAT });
    this.heartbeat = setInterval(() => {
      this.send({ type: EventType.HEARTBEAT });
    }, intervalMs);
    this.heartbeat.unref();
  }

  stopHeartbeats(): void {
    if (this.heartbeat !== undefined) clearInterval(this.heartbeat);
    this.heartbeat = undefined;
  }

  /** ERROR then the end of the stream (a refused subscription, or a failover). */
  fail(message: string): void {
    this.send({ type: EventType.ERROR, error: { message } });
    this.close();
  }

  /** Ends the response cleanly (the client reads EOF). */
  close(): void {
    if (!this.closed) this.res.end();
    this.markClosed();
  }

  /** Drops the connection without a clean end, as a dying master's socket does. */
  destroy(): void {
    this.res.destroy();
    this.markClosed();
  }

  /** Called once when the stream ends for any reason (the client going away included). */
  onClose(handler: () => void): void {
    if (this.closed) handler();
    else this.closeHandlers.push(handler);
  }

  private markClosed(): void {
    if (this.closed) return;
    this.closed = true;
    this.stopHeartbeats();
    for (const handler of this.closeHandlers.splice(0)) handler();
  }
}
