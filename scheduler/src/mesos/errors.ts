// Why talking to the master failed, as a stable code, and whether trying again can help (the
// loop that calls decides how: callees never retry on their own).

export type MesosErrorCode =
  /** 503, connection refused or reset, 404 while the master starts: try again later. */
  | 'UNAVAILABLE'
  /** Too many 307s in a row. */
  | 'REDIRECT_LOOP'
  /** 401: wrong or missing credentials. */
  | 'UNAUTHORIZED'
  /** 403: the framework is not subscribed (yet, or any more). */
  | 'NOT_SUBSCRIBED'
  /** 400/405/406/415: the master refused what we sent; a bug on our side. */
  | 'REJECTED'
  /** The master sent an ERROR event or ended the stream. */
  | 'STREAM_ENDED'
  /** No event for heartbeatMisses intervals: treated as a half-open connection. */
  | 'HEARTBEAT_MISSED'
  | 'TIMEOUT';

const RETRYABLE: ReadonlySet<MesosErrorCode> = new Set([
  'UNAVAILABLE',
  'NOT_SUBSCRIBED',
  'STREAM_ENDED',
  'HEARTBEAT_MISSED',
  'TIMEOUT',
  'REDIRECT_LOOP',
]);

export class MesosError extends Error {
  override readonly name = 'MesosError';

  constructor(
    readonly code: MesosErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(`${code}: ${message}`, options);
  }

  get retryable(): boolean {
    return RETRYABLE.has(this.code);
  }
}

export function errorForStatus(status: number, body: string): MesosError {
  const text = `HTTP ${status}${body ? `: ${body.trim().slice(0, 300)}` : ''}`;
  if (status === 401) return new MesosError('UNAUTHORIZED', text);
  if (status === 403) return new MesosError('NOT_SUBSCRIBED', text);
  if (status === 404 || status === 429 || status >= 500) return new MesosError('UNAVAILABLE', text);
  return new MesosError('REJECTED', text);
}
