// The knobs of healing and change: when to replace, what counts as crash-looping, how long each
// step may take, how full a disk may get after a decommission. The runtime reads them from config.
import type { StepName } from './queue.js';

export interface CrashLoopPolicy {
  /** This many failures within `windowMs` is a crash loop. */
  readonly failures: number;
  readonly windowMs: number;
  /** Relaunch delay at the `failures`-th failure, doubled for each one after, capped. */
  readonly backoffMs: number;
  readonly maxBackoffMs: number;
}

export interface OpsPolicy {
  /** A node whose reservation nobody offers (agent gone or unreachable) for this long is replaced. */
  readonly replaceAfterMs: number;
  readonly crashLoop: CrashLoopPolicy;
  /** How long a step may stand before its item fails; null: no limit. */
  readonly stepTimeoutMs: Readonly<Record<StepName, number | null>>;
  /** `await-up` of a node that streams data in (bootstrap, scale-up, replace). */
  readonly joinTimeoutMs: number;
  /** Opt-in: after a scale-up, clean up the nodes that gave ranges away. */
  readonly cleanupAfterScaleUp: boolean;
  /** After a replace succeeds, repair the replacement (full, all its ranges) through the queue. */
  readonly repairAfterReplace: boolean;
  /** Decommission only if every remaining node stays below this share of its disk. */
  readonly maxDiskFill: number;
  /** Finished items kept for the API. */
  readonly keepFinished: number;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

export const DEFAULT_OPS_POLICY: OpsPolicy = {
  replaceAfterMs: 30 * MINUTE,
  crashLoop: { failures: 3, windowMs: 10 * MINUTE, backoffMs: 30_000, maxBackoffMs: 30 * MINUTE },
  stepTimeoutMs: {
    launch: null,
    drain: 10 * MINUTE,
    relaunch: null,
    'await-up': 20 * MINUTE,
    retire: 5 * MINUTE,
    'update-seeds': 10 * MINUTE,
    decommission: 24 * HOUR,
    kill: 10 * MINUTE,
    forget: 5 * MINUTE,
    cleanup: 24 * HOUR,
    repair: null,
  },
  joinTimeoutMs: 24 * HOUR,
  cleanupAfterScaleUp: false,
  repairAfterReplace: true,
  maxDiskFill: 0.7,
  keepFinished: 20,
};
