// A raw HTTP scheduler for conformance tests: hand-built Calls posted with node:http, the SUBSCRIBE
// stream read record by record. Deliberately not our scheduler's client: the master is the thing
// under test, and every header and byte is the test's to choose.
import { request, type IncomingHttpHeaders, type IncomingMessage } from 'node:http';
import { RecordIoDecoder, fromMesosJson, mesos, toMesosJson } from '@cmf/proto';
import { waitFor } from '../../runtime/wait-for.js';

export type Call = mesos.v1.scheduler.Call.$Properties;
export type Event = mesos.v1.scheduler.Event;
export const CallType = mesos.v1.scheduler.Call.Type;
export const EventType = mesos.v1.scheduler.Event.Type;

export const PROTOBUF = 'application/x-protobuf';
export const JSON_TYPE = 'application/json';

export interface HttpReply {
  readonly status: number;
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
}

/** Encodes a Call in the given media type (protobuf bytes, or Mesos-style snake_case JSON). */
export function encodeCall(call: Call, media: string = PROTOBUF): Buffer {
  const Call = mesos.v1.scheduler.Call;
  if (media === JSON_TYPE)
    return Buffer.from(JSON.stringify(toMesosJson(Call, Call.fromObject(call))));
  return Buffer.from(Call.encode(call).finish());
}

export async function post(
  url: string,
  body: Buffer | string,
  headers: Readonly<Record<string, string>>,
  method = 'POST',
): Promise<HttpReply> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method, headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        resolve({
          status: res.statusCode ?? 0,
          headers: res.headers,
          body: Buffer.concat(chunks).toString('utf8'),
        });
      });
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(body);
  });
}

/** An open SUBSCRIBE response: records decoded as they arrive. */
export class EventStream {
  readonly events: Event[] = [];
  /** The raw record payloads, in order (for byte-level comparisons). */
  readonly records: Uint8Array[] = [];
  ended = false;
  error: Error | undefined;
  /** The body of a non-200 answer. */
  body = '';

  constructor(
    readonly status: number,
    readonly headers: IncomingHttpHeaders,
    private readonly res: IncomingMessage,
    readonly media: string,
  ) {
    const decoder = new RecordIoDecoder();
    res.on('data', (chunk: Buffer) => {
      // Only a 200 is a stream; any other answer is a plain-text body.
      if (status !== 200) this.body += chunk.toString('utf8');
      else for (const record of decoder.push(chunk)) this.onRecord(record);
    });
    res.on('end', () => {
      this.ended = true;
    });
    res.on('close', () => {
      this.ended = true;
    });
    res.on('error', (e) => {
      this.error = e;
      this.ended = true;
    });
  }

  get streamId(): string {
    return String(this.headers['mesos-stream-id'] ?? '');
  }

  private onRecord(record: Uint8Array): void {
    this.records.push(record.slice());
    const Event = mesos.v1.scheduler.Event;
    const json = this.media.startsWith(JSON_TYPE);
    this.events.push(
      json
        ? fromMesosJson(Event, JSON.parse(Buffer.from(record).toString('utf8')))
        : Event.decode(record),
    );
  }

  /** The first event (from `from` on) matching `pred`; waits for it. */
  async next(
    pred: (e: Event) => boolean,
    what: string,
    opts: { from?: number; timeoutMs?: number } = {},
  ): Promise<Event> {
    return waitFor(() => this.events.slice(opts.from ?? 0).find(pred), {
      what,
      timeoutMs: opts.timeoutMs ?? 5000,
      intervalMs: 5,
    });
  }

  async nextOfType(
    type: mesos.v1.scheduler.Event.Type,
    opts: { from?: number; timeoutMs?: number } = {},
  ): Promise<Event> {
    return this.next((e) => e.type === type, `a ${EventType[type]} event`, opts);
  }

  ofType(type: mesos.v1.scheduler.Event.Type): Event[] {
    return this.events.filter((e) => e.type === type);
  }

  async waitEnded(timeoutMs = 5000): Promise<void> {
    await waitFor(() => this.ended, {
      what: 'the end of the event stream',
      timeoutMs,
      intervalMs: 5,
    });
  }

  close(): void {
    this.res.destroy();
  }
}

/** POSTs a SUBSCRIBE (or any body) and returns the response as a stream once headers arrive. */
export async function openStream(
  url: string,
  body: Buffer | string,
  headers: Readonly<Record<string, string>>,
): Promise<EventStream> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: 'POST', headers, agent: false }, (res) => {
      resolve(
        new EventStream(res.statusCode ?? 0, res.headers, res, res.headers['content-type'] ?? ''),
      );
    });
    req.on('error', reject);
    req.end(body);
  });
}
