// One protobuf POST to /api/v1/scheduler on node:http, following 307s to the leading master.
// Content-Type and Accept are exactly application/x-protobuf: Mesos compares Content-Type by string
// equality and answers JSON to any Accept that admits it (including none at all).
import { request, type Agent, type IncomingMessage } from 'node:http';
import { followLocation, showEndpoint, type Endpoint } from './endpoint.js';
import { MesosError, errorForStatus } from './errors.js';

export const SCHEDULER_PATH = '/api/v1/scheduler';
const PROTOBUF = 'application/x-protobuf';
const MAX_REDIRECTS = 9;

export interface PostOptions {
  readonly body: Uint8Array;
  readonly authorization: string | null;
  readonly streamId: string | null;
  /** false: a connection of its own (the subscription); an Agent: shared keep-alive sockets. */
  readonly agent: Agent | false;
  /** Until the response headers arrive. */
  readonly timeoutMs: number;
}

export interface Posted {
  readonly endpoint: Endpoint;
  readonly response: IncomingMessage;
}

function headers(options: PostOptions): Record<string, string> {
  return {
    'Content-Type': PROTOBUF,
    Accept: PROTOBUF,
    ...(options.authorization ? { Authorization: options.authorization } : {}),
    ...(options.streamId ? { 'Mesos-Stream-Id': options.streamId } : {}),
  };
}

function postOnce(endpoint: Endpoint, options: PostOptions): Promise<IncomingMessage> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: endpoint.host,
        port: endpoint.port,
        method: 'POST',
        path: SCHEDULER_PATH,
        headers: { ...headers(options), 'Content-Length': String(options.body.length) },
        agent: options.agent,
      },
      resolve,
    );
    req.setTimeout(options.timeoutMs, () => {
      req.destroy(
        new MesosError(
          'TIMEOUT',
          `no answer from ${showEndpoint(endpoint)} in ${options.timeoutMs} ms`,
        ),
      );
    });
    req.on('error', (error) => {
      reject(
        error instanceof MesosError
          ? error
          : new MesosError('UNAVAILABLE', `${showEndpoint(endpoint)}: ${error.message}`, {
              cause: error,
            }),
      );
    });
    req.end(options.body);
  });
}

export async function readBody(response: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of response) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** POSTs, following redirects; resolves on 2xx, rejects with a MesosError otherwise. */
export async function post(start: Endpoint, options: PostOptions): Promise<Posted> {
  let endpoint = start;
  for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
    const response = await postOnce(endpoint, options);
    const status = response.statusCode ?? 0;
    if (status >= 200 && status < 300) return { endpoint, response };
    const body = await readBody(response);
    if (status !== 307) throw errorForStatus(status, body);
    const next = followLocation(response.headers.location ?? '');
    if (!next)
      throw new MesosError(
        'UNAVAILABLE',
        `307 without a usable Location: ${response.headers.location ?? '(none)'}`,
      );
    endpoint = next;
  }
  throw new MesosError(
    'REDIRECT_LOOP',
    `more than ${MAX_REDIRECTS} redirects from ${showEndpoint(start)}`,
  );
}

/** "Basic base64(principal:secret)", or null without a secret. */
export function basicAuthorization(principal: string, secret: string | null): string | null {
  if (secret === null) return null;
  return `Basic ${Buffer.from(`${principal}:${secret}`).toString('base64')}`;
}
