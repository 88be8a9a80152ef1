// A repair run as recorded in ZooKeeper: one step per node in ring order, each repairing the
// run's keyspaces on that node, with per-keyspace results. The operator's goal (run, pause,
// abort) is kept apart from progress; a run's status is derived, never stored. Status, goal and
// result names are persisted: add, never rename.
import type { EpochMs } from '../time.js';
import type { RepairType } from './config.js';

export type RepairTriggerKind = 'schedule' | 'manual' | 'afterReplace';

/** The replace an `afterReplace` run follows. */
export interface ReplaceSource {
  /** The replace item's ops queue id: at most one run per replace. */
  readonly itemId: string;
  /** The replacement, the run's only node. */
  readonly nodeId: string;
  readonly replacedAddress: string | null;
}

/** A reason to start a run: a schedule fire time, an operator's request, or a finished replace. */
export interface RepairTrigger {
  readonly kind: RepairTriggerKind;
  readonly atMs: EpochMs;
  /** Manual runs may name keyspaces; null means the configured scope. */
  readonly keyspaces: readonly string[] | null;
  /** `afterReplace` only. */
  readonly replace?: ReplaceSource;
  /** Why the run exists, when the kind alone does not say it. */
  readonly reason?: string;
}

export type KeyspaceStatus = 'running' | 'succeeded' | 'failed';

export interface KeyspaceResult {
  readonly keyspace: string;
  readonly status: KeyspaceStatus;
  readonly startedAtMs: EpochMs;
  readonly endedAtMs: EpochMs | null;
  readonly error: string | null;
}

/**
 * pending -> running -> succeeded | attemptFailed; attemptFailed -> running (retry) | failed.
 * A step is written as running before its executor is asked to start it.
 */
export type RepairStepStatus = 'pending' | 'running' | 'attemptFailed' | 'succeeded' | 'failed';

export interface RepairStep {
  readonly nodeId: string;
  readonly status: RepairStepStatus;
  /** Attempts started, the current one included. */
  readonly attempts: number;
  readonly startedAtMs: EpochMs | null;
  readonly endedAtMs: EpochMs | null;
  /** When the executor last told us about this attempt. */
  readonly reportedAtMs: EpochMs | null;
  /**
   * The leadership term in which this attempt's state was last known first-hand (started or
   * reported). A leader of another term asks the executor before trusting it; terms, not clocks,
   * because two schedulers' clocks may disagree.
   */
  readonly confirmedTerm: string | null;
  readonly lastError: string | null;
  /** One entry per keyspace once it has started; a retry repeats only those not succeeded. */
  readonly results: readonly KeyspaceResult[];
}

export type RunGoal = 'run' | 'pause' | 'abort' | 'abortNow';
export type RunResult = 'succeeded' | 'failed' | 'aborted';
export type RunStatus = 'running' | 'pausing' | 'paused' | 'aborting' | RunResult;

export interface SkippedTrigger {
  readonly trigger: RepairTrigger;
  readonly reason: string;
}

export interface RepairRun {
  readonly runId: string;
  readonly trigger: RepairTrigger;
  readonly createdAtMs: EpochMs;
  readonly type: RepairType;
  readonly primaryRange: boolean;
  /** Sorted; the same list on every node. */
  readonly keyspaces: readonly string[];
  /** Named for this run but absent from the ring when it was planned. */
  readonly unknownKeyspaces: readonly string[];
  readonly steps: readonly RepairStep[];
  readonly goal: RunGoal;
  readonly skippedTriggers: readonly SkippedTrigger[];
  readonly result: RunResult | null;
  readonly endedAtMs: EpochMs | null;
}

export interface RunPlanInput {
  readonly runId: string;
  readonly trigger: RepairTrigger;
  /** Ring members in ring order (node index order). */
  readonly nodeIds: readonly string[];
  readonly keyspaces: readonly string[];
  readonly unknownKeyspaces: readonly string[];
  readonly type: RepairType;
  readonly primaryRange: boolean;
}

/** A new run: every node pending, in ring order. No keyspaces left means no steps at all. */
export function planRepairRun(input: RunPlanInput, now: EpochMs): RepairRun {
  const nodeIds = input.keyspaces.length === 0 ? [] : [...new Set(input.nodeIds)];
  return {
    runId: input.runId,
    trigger: input.trigger,
    createdAtMs: now,
    type: input.type,
    primaryRange: input.primaryRange,
    keyspaces: [...input.keyspaces].sort(),
    unknownKeyspaces: [...input.unknownKeyspaces].sort(),
    steps: nodeIds.map(pendingStep),
    goal: 'run',
    skippedTriggers: [],
    result: null,
    endedAtMs: null,
  };
}

export function pendingStep(nodeId: string): RepairStep {
  return {
    nodeId,
    status: 'pending',
    attempts: 0,
    startedAtMs: null,
    endedAtMs: null,
    reportedAtMs: null,
    confirmedTerm: null,
    lastError: null,
    results: [],
  };
}

export function isStepDone(step: RepairStep): boolean {
  return step.status === 'succeeded' || step.status === 'failed';
}

export function runningStep(run: RepairRun): RepairStep | undefined {
  return run.steps.find((s) => s.status === 'running');
}

/** The first step, in ring order, not yet done: where the run goes on (also after failover). */
export function resumeStep(run: RepairRun): RepairStep | undefined {
  return run.steps.find((s) => !isStepDone(s));
}

/** The keyspaces an attempt still has to repair on the step's node. */
export function keyspacesLeft(run: RepairRun, step: RepairStep): string[] {
  const done = new Set(step.results.filter((r) => r.status === 'succeeded').map((r) => r.keyspace));
  return run.keyspaces.filter((k) => !done.has(k));
}

export function runStatus(run: RepairRun): RunStatus {
  if (run.result !== null) return run.result;
  const busy = runningStep(run) !== undefined;
  switch (run.goal) {
    case 'run':
      return 'running';
    case 'pause':
      return busy ? 'pausing' : 'paused';
    case 'abort':
    case 'abortNow':
      return 'aborting';
  }
}
