// The clock settings of the local cluster, master and agents alike. Defaults are real Mesos 1.x's
// (protocol doc §10); tests shrink them so fault scenarios finish in milliseconds.

export interface Timings {
  /** SUBSCRIBED.heartbeat_interval_seconds; the first HEARTBEAT goes out at once. */
  readonly heartbeatIntervalMs: number;
  /** The allocator's batch interval. */
  readonly allocationIntervalMs: number;
  /** `--offer_timeout`: null means offers live until used or rescinded. */
  readonly offerTimeoutMs: number | null;
  /** `Filters.refuse_seconds` when a DECLINE/ACCEPT carries none. */
  readonly defaultRefuseSeconds: number;
  /** `--agent_ping_timeout`: how often the master pings each agent. */
  readonly agentPingIntervalMs: number;
  /** `--max_agent_ping_timeouts`: misses in a row before the agent is unreachable. */
  readonly maxAgentPingTimeouts: number;
  /** First retry of an unacknowledged status update; doubles on each retry. */
  readonly statusUpdateRetryMs: number;
  /** Cap of the doubling above. */
  readonly statusUpdateRetryMaxMs: number;
  readonly executorRegistrationTimeoutMs: number;
  /** Also handed to executors as MESOS_SUBSCRIPTION_BACKOFF_MAX. */
  readonly executorReregistrationTimeoutMs: number;
  readonly executorShutdownGraceMs: number;
  /** Handed to checkpointing executors as MESOS_RECOVERY_TIMEOUT. */
  readonly recoveryTimeoutMs: number;
}

export const MESOS_TIMINGS: Timings = Object.freeze({
  heartbeatIntervalMs: 15_000,
  allocationIntervalMs: 1_000,
  offerTimeoutMs: null,
  defaultRefuseSeconds: 5,
  agentPingIntervalMs: 15_000,
  maxAgentPingTimeouts: 5,
  statusUpdateRetryMs: 10_000,
  statusUpdateRetryMaxMs: 600_000,
  executorRegistrationTimeoutMs: 60_000,
  executorReregistrationTimeoutMs: 2_000,
  executorShutdownGraceMs: 5_000,
  recoveryTimeoutMs: 900_000,
});

/** Mesos's defaults with the given overrides (tests pass only what they shrink). */
export function makeTimings(overrides: Partial<Timings> = {}): Timings {
  return Object.freeze({ ...MESOS_TIMINGS, ...overrides });
}

/** Mesos caps refuse_seconds at one year and treats a negative value as the default. */
export const MAX_REFUSE_SECONDS = 31_536_000;

/** How long a DECLINE/ACCEPT filter lasts, in ms, given the call's refuse_seconds (if any). */
export function refuseMs(refuseSeconds: number | undefined, timings: Timings): number {
  const seconds =
    refuseSeconds === undefined || refuseSeconds < 0 || Number.isNaN(refuseSeconds)
      ? timings.defaultRefuseSeconds
      : Math.min(refuseSeconds, MAX_REFUSE_SECONDS);
  return Math.round(seconds * 1000);
}

/** How long an agent may stay silent before the master marks it unreachable. */
export function agentUnreachableAfterMs(timings: Timings): number {
  return timings.agentPingIntervalMs * timings.maxAgentPingTimeouts;
}
