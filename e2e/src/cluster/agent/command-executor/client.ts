// A bare-bones v1 executor client over node:http, for the command executor, the test executor and
// conformance tests: POST a Call (protobuf), or SUBSCRIBE and read RecordIO-framed events as they arrive.
import { request, type IncomingMessage } from 'node:http';
import { RecordIoDecoder, mesos } from '@cmf/proto';

export type ExecutorCallProps = mesos.v1.executor.Call.$Properties;
export type ExecutorEventMsg = mesos.v1.executor.Event;

export interface PostResult {
  readonly status: number;
  readonly body: string;
  readonly headers: IncomingMessage['headers'];
}

const PROTOBUF = 'application/x-protobuf';

/** POSTs raw bytes with the given headers to the executor endpoint at `endpoint` (ip:port). */
export function postRaw(
  endpoint: string,
  body: Uint8Array | string,
  headers: Record<string, string>,
  options: { method?: string; path?: string } = {},
): Promise<PostResult> {
  return new Promise((resolve, reject) => {
    const req = request(
      `http://${endpoint}${options.path ?? '/api/v1/executor'}`,
      { method: options.method ?? 'POST', headers, agent: false },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          resolve({
            status: res.statusCode ?? 0,
            body: Buffer.concat(chunks).toString('utf8'),
            headers: res.headers,
          });
        });
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/** POSTs a protobuf Call. */
export function postCall(endpoint: string, call: ExecutorCallProps): Promise<PostResult> {
  const bytes = mesos.v1.executor.Call.encode(call).finish();
  return postRaw(endpoint, bytes, { 'Content-Type': PROTOBUF, Accept: PROTOBUF });
}

export interface Subscription {
  readonly status: number;
  readonly headers: IncomingMessage['headers'];
  /** Closes the connection from our side. */
  close(): void;
}

export interface SubscribeHandlers {
  onEvent(event: ExecutorEventMsg): void;
  /** The stream ended: `clean` when the agent finished the response, false when it broke. */
  onEnd(clean: boolean): void;
}

/** SUBSCRIBE with protobuf events; resolves once the response status is known. */
export function subscribe(
  endpoint: string,
  call: ExecutorCallProps,
  handlers: SubscribeHandlers,
): Promise<Subscription> {
  const bytes = mesos.v1.executor.Call.encode(call).finish();
  return new Promise((resolve, reject) => {
    const req = request(`http://${endpoint}/api/v1/executor`, {
      method: 'POST',
      headers: { 'Content-Type': PROTOBUF, Accept: PROTOBUF },
      agent: false,
    });
    req.on('response', (res) => {
      resolve({ status: res.statusCode ?? 0, headers: res.headers, close: () => req.destroy() });
      readEvents(res, handlers);
    });
    req.on('error', reject);
    req.end(bytes);
  });
}

function readEvents(res: IncomingMessage, handlers: SubscribeHandlers): void {
  const decoder = new RecordIoDecoder();
  let ended = false;
  const end = (clean: boolean): void => {
    if (ended) return;
    ended = true;
    handlers.onEnd(clean);
  };
  res.on('data', (chunk: Buffer) => {
    if (res.statusCode !== 200) return;
    for (const record of decoder.push(chunk))
      handlers.onEvent(mesos.v1.executor.Event.decode(record));
  });
  res.on('end', () => {
    end(res.complete);
  });
  res.on('aborted', () => {
    end(false);
  });
  res.on('error', () => {
    end(false);
  });
  res.on('close', () => {
    end(res.complete);
  });
}
