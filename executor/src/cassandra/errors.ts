// The one error class for the Cassandra runtime adapters (process, nodetool, Jolokia): I/O failures
// with a stable code, so callers branch on `code`, never on message text.

export type CassandraRuntimeErrorCode =
  | 'SPAWN_FAILED'
  | 'NODETOOL_TIMEOUT'
  | 'JOLOKIA_UNREACHABLE'
  | 'JOLOKIA_TIMEOUT'
  | 'JOLOKIA_HTTP'
  | 'JOLOKIA_BAD_REPLY'
  | 'DISTRIBUTION_INVALID';

export class CassandraRuntimeError extends Error {
  override readonly name = 'CassandraRuntimeError';

  constructor(
    readonly code: CassandraRuntimeErrorCode,
    message: string,
    readonly retryable: boolean,
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}
