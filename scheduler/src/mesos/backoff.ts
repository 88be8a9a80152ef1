// Exponential backoff with full jitter: the n-th retry waits a random time up to
// min(max, min * 2^n). Random is injected so tests pin it.

export interface BackoffPolicy {
  readonly minMs: number;
  readonly maxMs: number;
}

export function backoffDelayMs(
  attempt: number,
  policy: BackoffPolicy,
  random: () => number,
): number {
  const ceiling = Math.min(policy.maxMs, policy.minMs * 2 ** Math.min(attempt, 30));
  // Never below minMs: a master that just failed is not asked again at once.
  return Math.round(policy.minMs + random() * Math.max(0, ceiling - policy.minMs));
}
