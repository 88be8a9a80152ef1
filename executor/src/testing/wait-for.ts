// Waiting on a condition with a deadline, the only way executor tests wait (never a fixed sleep).
// The last error the predicate threw is kept, so a timeout says what was still wrong.

export interface WaitOptions {
  readonly timeoutMs: number;
  readonly what: string;
  readonly intervalMs?: number;
}

type Falsy = false | null | undefined | 0 | '';

export async function waitFor<T>(
  predicate: () => T | Falsy | Promise<T | Falsy>,
  options: WaitOptions,
): Promise<T> {
  const started = performance.now();
  let lastError: unknown;
  for (;;) {
    try {
      const value = await predicate();
      if (value) return value;
    } catch (error) {
      lastError = error;
    }
    if (performance.now() - started > options.timeoutMs) {
      const last = lastError instanceof Error ? `; last error: ${lastError.message}` : '';
      throw new Error(`timed out after ${options.timeoutMs} ms waiting for ${options.what}${last}`);
    }
    await new Promise((resolve) => setTimeout(resolve, options.intervalMs ?? 20));
  }
}
