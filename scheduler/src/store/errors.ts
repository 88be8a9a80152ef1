// Why a store operation failed, as a stable code. CONFLICT and EXISTS are expected outcomes of
// compare-and-set writes; UNAVAILABLE is worth retrying; CORRUPT means a record we cannot read.

export type StoreErrorCode = 'CONFLICT' | 'EXISTS' | 'NOT_FOUND' | 'UNAVAILABLE' | 'CORRUPT';

export class StoreError extends Error {
  override readonly name = 'StoreError';

  constructor(
    readonly code: StoreErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(`${code}: ${message}`, options);
  }

  get retryable(): boolean {
    return this.code === 'UNAVAILABLE';
  }
}

export function isStoreError(error: unknown, code?: StoreErrorCode): error is StoreError {
  return error instanceof StoreError && (code === undefined || error.code === code);
}
