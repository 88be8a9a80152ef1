// A scripted stand-in for the Mesos master's scheduler endpoint on a loopback port: it answers
// SUBSCRIBE with a real-shaped RecordIO protobuf stream, records every call, and lets a test push
// events, end the stream, redirect to another master or demand credentials.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { encodeRecord, mesos } from '@cmf/proto';

type Event = mesos.v1.scheduler.Event.$Properties;
type Call = mesos.v1.scheduler.Call;
const EventType = mesos.v1.scheduler.Event.Type;
const CallType = mesos.v1.scheduler.Call.Type;

export interface Received {
  readonly headers: IncomingMessage['headers'];
  readonly call: Call;
  /** The client's port: two requests on one connection share it. */
  readonly remotePort: number;
}

export interface FakeMasterOptions {
  /** Answer every request with a 307 to this host:port. */
  readonly redirectTo?: string;
  /** Required Authorization header value; 401 otherwise. */
  readonly authorization?: string;
  readonly heartbeatIntervalSeconds?: number;
  /** Write each record one byte per chunk (chunk boundaries must not matter). */
  readonly dribble?: boolean;
}

export class FakeMaster {
  readonly subscriptions: Received[] = [];
  readonly calls: Received[] = [];
  private stream: { res: ServerResponse; id: string } | null = null;
  private streams = 0;
  private waiters: (() => void)[] = [];
  frameworkId = '4b6e2c1a-0000-4000-8000-000000000001-0000';
  /** Runs before a call is answered (e.g. to look at the store when an ACCEPT arrives). */
  beforeAnswer: ((received: Received) => Promise<void>) | null = null;

  private constructor(
    private readonly server: Server,
    private readonly options: FakeMasterOptions,
  ) {}

  static async start(options: FakeMasterOptions = {}): Promise<FakeMaster> {
    let master: FakeMaster | null = null;
    const server = createServer((req, res) => {
      void master?.handle(req, res);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    master = new FakeMaster(server, options);
    return master;
  }

  get address(): string {
    return `127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  get streamId(): string | null {
    return this.stream?.id ?? null;
  }

  private changed(): void {
    for (const w of this.waiters.splice(0)) w();
  }

  /** Resolves once `predicate` holds (checked after every request). */
  async until(predicate: () => boolean, what: string, timeoutMs = 5000): Promise<void> {
    const deadline = performance.now() + timeoutMs;
    while (!predicate()) {
      const left = deadline - performance.now();
      if (left <= 0) throw new Error(`fake master: timed out waiting for ${what}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const received: Received = {
      headers: req.headers,
      call: mesos.v1.scheduler.Call.decode(Buffer.concat(chunks)),
      remotePort: req.socket.remotePort ?? 0,
    };
    if (this.options.redirectTo) {
      res.writeHead(307, { Location: `//${this.options.redirectTo}/api/v1/scheduler` }).end();
    } else if (
      this.options.authorization &&
      req.headers.authorization !== this.options.authorization
    ) {
      res.writeHead(401, { 'WWW-Authenticate': 'Basic realm="mesos-master-scheduler"' }).end();
    } else if (received.call.type === CallType.SUBSCRIBE) {
      this.subscribe(received, res);
    } else {
      await this.beforeAnswer?.(received);
      this.calls.push(received);
      const ok = req.headers['mesos-stream-id'] === this.stream?.id;
      res.writeHead(ok ? 202 : 400).end(ok ? '' : 'The stream ID is not valid');
    }
    this.changed();
  }

  private subscribe(received: Received, res: ServerResponse): void {
    this.subscriptions.push(received);
    this.endStream();
    const id = `00000000-0000-4000-8000-${String(++this.streams).padStart(12, '0')}`;
    res.writeHead(200, { 'Content-Type': 'application/x-protobuf', 'Mesos-Stream-Id': id });
    this.stream = { res, id };
    const frameworkId = received.call.framework_id?.value ?? this.frameworkId;
    this.send({
      type: EventType.SUBSCRIBED,
      subscribed: {
        framework_id: { value: frameworkId },
        heartbeat_interval_seconds: this.options.heartbeatIntervalSeconds ?? 15,
      },
    });
    this.send({ type: EventType.HEARTBEAT });
  }

  /** Writes one event on the current stream. */
  send(event: Event): void {
    const record = encodeRecord(mesos.v1.scheduler.Event.encode(event).finish());
    const res = this.stream?.res;
    if (!res) throw new Error('fake master: no subscription to send on');
    if (!this.options.dribble) {
      res.write(record);
      return;
    }
    for (const byte of record) res.write(Buffer.from([byte]));
  }

  /** Ends the current stream the way a dying master does (EOF, no event). */
  endStream(): void {
    this.stream?.res.end();
    this.stream = null;
  }

  /** Sends ERROR and closes, like "Framework failed over" or "Framework has been removed". */
  error(message: string): void {
    this.send({ type: EventType.ERROR, error: { message } });
    this.endStream();
  }

  callsOf(type: mesos.v1.scheduler.Call.Type): Call[] {
    return this.calls.filter((c) => c.call.type === type).map((c) => c.call);
  }

  async close(): Promise<void> {
    this.endStream();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) =>
      this.server.close(() => {
        resolve();
      }),
    );
  }
}
