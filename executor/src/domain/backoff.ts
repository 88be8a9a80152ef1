// How long to wait before the next SUBSCRIBE after the agent went away (protocol doc §9.4): each
// wait at most MESOS_SUBSCRIPTION_BACKOFF_MAX, so a restarted agent hears from us before its
// reregistration timeout, and retries stop once MESOS_RECOVERY_TIMEOUT has passed. Pure.

const FIRST_WAIT_MS = 100;

/**
 * Exponential from 100 ms, capped at ¾ of `maxMs` (as mesos-go does: the agent's re-registration
 * window is exactly `maxMs`, and the SUBSCRIBE itself takes time too), with jitter in [½, 1] of
 * the step so that many executors on one agent do not all knock at the same instant. `random` is
 * in [0, 1).
 */
export function resubscribeDelayMs(attempt: number, maxMs: number, random: number): number {
  const step = Math.min(maxMs * 0.75, FIRST_WAIT_MS * 2 ** Math.min(attempt, 30));
  return Math.round(step * (0.5 + random / 2));
}

export type ResubscribeDecision =
  | { readonly retry: true; readonly delayMs: number }
  | { readonly retry: false; readonly reason: string };

export interface ResubscribeInputs {
  readonly checkpoint: boolean;
  /** Whether this executor was ever subscribed; the first SUBSCRIBE is always retried. */
  readonly wasSubscribed: boolean;
  readonly disconnectedAtMs: number;
  readonly nowMs: number;
  readonly attempt: number;
  readonly recoveryTimeoutMs: number;
  /** Budget for the very first subscription (the agent's executor registration timeout). */
  readonly registrationTimeoutMs: number;
  readonly backoffMaxMs: number;
  readonly random: number;
}

export function decideResubscribe(inputs: ResubscribeInputs): ResubscribeDecision {
  if (inputs.wasSubscribed && !inputs.checkpoint) {
    return { retry: false, reason: 'lost the agent and the framework does not checkpoint' };
  }
  const budgetMs = inputs.wasSubscribed ? inputs.recoveryTimeoutMs : inputs.registrationTimeoutMs;
  const elapsedMs = inputs.nowMs - inputs.disconnectedAtMs;
  const delayMs = resubscribeDelayMs(inputs.attempt, inputs.backoffMaxMs, inputs.random);
  if (elapsedMs + delayMs > budgetMs) {
    return { retry: false, reason: `no agent to subscribe to within ${budgetMs} ms` };
  }
  return { retry: true, delayMs };
}
