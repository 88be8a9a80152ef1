// JSON over HTTP to the scheduler (node:http, one connection per call), and the sorting of every
// way a call can fail into the few errors the CLI turns into exit codes.
import http from 'node:http';
import https from 'node:https';

export interface Transport {
  /** e.g. http://127.0.0.1:8080 */
  readonly baseUrl: string;
  /** Sent as `Authorization: Bearer <token>`; null sends no header. */
  readonly token: string | null;
  readonly timeoutMs: number;
}

export interface Reply {
  readonly status: number;
  /** Parsed JSON; null for an empty body. */
  readonly body: unknown;
}

export type ApiErrorCode = 'UNREACHABLE' | 'REJECTED' | 'SERVER_ERROR' | 'BAD_RESPONSE';

export class ApiError extends Error {
  override readonly name = 'ApiError';

  constructor(
    readonly code: ApiErrorCode,
    message: string,
    /** The HTTP status, when there was an answer. */
    readonly status: number | null = null,
    readonly body: unknown = null,
  ) {
    super(message);
  }
}

const NETWORK_WORDS: Readonly<Record<string, string>> = {
  ECONNREFUSED: 'connection refused',
  ENOTFOUND: 'no such host',
  EAI_AGAIN: 'the host name did not resolve',
  EHOSTUNREACH: 'host unreachable',
  ENETUNREACH: 'network unreachable',
  ECONNRESET: 'connection reset',
  EPIPE: 'connection closed',
};

export async function send(
  transport: Transport,
  method: 'GET' | 'POST',
  path: string,
  payload?: unknown,
): Promise<Reply> {
  // Appended, not resolved: a scheduler behind a proxy keeps its path prefix (/service/ring1).
  const url = new URL(transport.baseUrl + path);
  const text = await exchange(transport, method, url, payload);
  return { status: text.status, body: parseBody(text.body, text.status, url) };
}

function exchange(
  transport: Transport,
  method: string,
  url: URL,
  payload: unknown,
): Promise<{ status: number; body: string }> {
  const data = payload === undefined ? undefined : JSON.stringify(payload);
  const client = url.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const request = client.request(url, {
      method,
      headers: headers(transport, data),
      agent: false,
    });
    request.setTimeout(transport.timeoutMs, () => {
      request.destroy(Object.assign(new Error('timeout'), { code: 'TIMEOUT' }));
    });
    request.on('error', (error) => {
      reject(unreachable(transport, error));
    });
    request.on('response', (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('error', (error) => {
        reject(unreachable(transport, error));
      });
      response.on('end', () => {
        resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') });
      });
    });
    request.end(data);
  });
}

function headers(transport: Transport, data: string | undefined): http.OutgoingHttpHeaders {
  const out: http.OutgoingHttpHeaders = { accept: 'application/json' };
  if (transport.token !== null) out.authorization = `Bearer ${transport.token}`;
  if (data !== undefined) {
    out['content-type'] = 'application/json';
    out['content-length'] = Buffer.byteLength(data);
  }
  return out;
}

function unreachable(transport: Transport, error: Error): ApiError {
  const code = (error as NodeJS.ErrnoException).code ?? '';
  const words =
    code === 'TIMEOUT'
      ? `no answer within ${transport.timeoutMs / 1000} s`
      : (NETWORK_WORDS[code] ?? error.message);
  return new ApiError(
    'UNREACHABLE',
    `cannot reach the scheduler at ${transport.baseUrl}: ${words}`,
  );
}

function parseBody(text: string, status: number, url: URL): unknown {
  if (text.trim() === '') return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    // An error page from a proxy is still an answer worth showing; a 2xx that is not JSON is not.
    if (status >= 400) return { message: text.trim().slice(0, 500) };
    throw new ApiError('BAD_RESPONSE', `${url.pathname} answered ${status} with non-JSON`, status);
  }
}

/** Turns a reply whose status is not among `ok` into the matching ApiError. */
export function expectStatus(reply: Reply, ok: readonly number[], what: string): void {
  if (ok.includes(reply.status)) return;
  const reason = reasonOf(reply.body) ?? `HTTP ${reply.status}`;
  const code: ApiErrorCode = reply.status >= 500 ? 'SERVER_ERROR' : 'REJECTED';
  const prefix = reply.status >= 500 ? 'the scheduler failed' : 'the scheduler refused';
  throw new ApiError(
    code,
    `${prefix} to ${what} (${reply.status}): ${reason}`,
    reply.status,
    reply.body,
  );
}

/** The human reason in an error body: {message}, {error}, or {errors: [...]}. */
export function reasonOf(body: unknown): string | null {
  if (typeof body !== 'object' || body === null) return null;
  const record = body as Record<string, unknown>;
  for (const key of ['message', 'error', 'reason']) {
    const value = record[key];
    if (typeof value === 'string' && value !== '') return value;
  }
  const errors = record['errors'];
  if (Array.isArray(errors) && errors.length > 0) {
    return errors
      .map((e) => (typeof e === 'string' ? e : (reasonOf(e) ?? JSON.stringify(e))))
      .join('; ');
  }
  return null;
}
