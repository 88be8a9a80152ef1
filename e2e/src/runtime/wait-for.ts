// Waiting on a condition with a deadline, the only way tests wait (never a fixed sleep). The
// predicate's last error is kept so a timeout says what was still wrong.

export interface WaitOptions {
  readonly timeoutMs: number;
  /** Pause between polls. */
  readonly intervalMs?: number;
  /** What is awaited, in words: named in the timeout error. */
  readonly what: string;
  /** Stops waiting at once, failing with the signal's reason (e.g. the process died). */
  readonly signal?: AbortSignal;
}

export class WaitTimeoutError extends Error {
  override readonly name = 'WaitTimeoutError';
  readonly code = 'WAIT_TIMEOUT';

  constructor(
    readonly what: string,
    readonly timeoutMs: number,
    lastError: unknown,
  ) {
    const last = lastError instanceof Error ? ` (last error: ${lastError.message})` : '';
    super(`timed out after ${timeoutMs} ms waiting for ${what}${last}`, { cause: lastError });
  }
}

type Falsy = false | null | undefined | 0 | '';

/**
 * Polls `predicate` until it returns a truthy value, and returns that value. A throwing predicate
 * counts as "not yet"; its error is reported if the deadline passes.
 */
export async function waitFor<T>(
  predicate: () => T | Falsy | Promise<T | Falsy>,
  options: WaitOptions,
): Promise<T> {
  const { timeoutMs, intervalMs = 100, what, signal } = options;
  const deadline = performance.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    signal?.throwIfAborted();
    try {
      const value = await predicate();
      if (value) return value;
    } catch (error) {
      lastError = error;
    }
    signal?.throwIfAborted();
    const left = deadline - performance.now();
    if (left <= 0) throw new WaitTimeoutError(what, timeoutMs, lastError);
    await pause(Math.min(intervalMs, left), signal);
  }
}

function pause(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    function done(): void {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    }
    signal?.addEventListener('abort', done, { once: true });
  });
}
