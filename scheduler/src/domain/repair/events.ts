// applyRepairEvent(run, event, now): the only way a RepairRun changes. Executor reports arrive at
// least once and may be stale, so an event that does not fit the run returns it unchanged with a
// note. Two guards keep the safety rules: a step starts only while no other step runs, and a
// finished step never starts again.
import { assertNever, type EpochMs } from '../time.js';
import {
  isStepDone,
  pendingStep,
  runningStep,
  type KeyspaceResult,
  type RepairRun,
  type RepairStep,
  type RepairTrigger,
  type RunGoal,
  type RunResult,
} from './run.js';

export type ExecutorRepairState = 'running' | 'succeeded' | 'failed' | 'unknown';

export type RepairEvent =
  /** Written before the executor is asked to start the step, by the leader of `term`. */
  | { readonly type: 'stepStarted'; readonly nodeId: string; readonly term: string }
  /** The executor's word on the running attempt; 'unknown': it never received the request. */
  | {
      readonly type: 'stepReported';
      readonly nodeId: string;
      /** The term of the leader that received the report. */
      readonly term: string;
      readonly state: ExecutorRepairState;
      readonly results: readonly KeyspaceResult[];
      readonly error: string | null;
    }
  /** An attempt that ended without a result: cancelled after its timeout, or node not Up. */
  | { readonly type: 'attemptFailed'; readonly nodeId: string; readonly error: string }
  | { readonly type: 'stepMarkedFailed'; readonly nodeId: string; readonly reason: string }
  | { readonly type: 'goalChanged'; readonly goal: RunGoal }
  /** Before any node started: the steps follow the ring as it is now (see decide.ts). */
  | { readonly type: 'stepsReplanned'; readonly nodeIds: readonly string[] }
  | { readonly type: 'triggerSkipped'; readonly trigger: RepairTrigger; readonly reason: string }
  | { readonly type: 'runFinished'; readonly result: RunResult };

export interface AppliedRepair {
  readonly run: RepairRun;
  readonly note?: string;
}

export function applyRepairEvent(run: RepairRun, event: RepairEvent, now: EpochMs): AppliedRepair {
  if (run.result !== null) return { run, note: `run ${run.runId} already ${run.result}` };
  switch (event.type) {
    case 'stepStarted':
      return onStarted(run, event, now);
    case 'stepReported':
      return onReported(run, event, now);
    case 'attemptFailed':
      return onAttemptFailed(run, event.nodeId, event.error, now);
    case 'stepMarkedFailed':
      return withStep(run, event.nodeId, (s) =>
        isStepDone(s)
          ? `${s.nodeId} is already ${s.status}`
          : { ...s, status: 'failed', lastError: event.reason },
      );
    case 'goalChanged':
      return onGoal(run, event.goal);
    case 'stepsReplanned':
      return run.steps.some((st) => st.status !== 'pending' || st.attempts > 0)
        ? { run, note: `run ${run.runId} has started a node; its steps stay` }
        : { run: { ...run, steps: [...new Set(event.nodeIds)].map(pendingStep) } };
    case 'triggerSkipped':
      return { run: { ...run, skippedTriggers: [...run.skippedTriggers, event] } };
    case 'runFinished':
      return onFinished(run, event.result, now);
    default:
      return assertNever(event, 'repair event');
  }
}

/** Applies `change` to the named step; a string from `change` is a refusal note. */
function withStep(
  run: RepairRun,
  nodeId: string,
  change: (step: RepairStep) => RepairStep | string,
): AppliedRepair {
  const step = run.steps.find((s) => s.nodeId === nodeId);
  if (step === undefined) return { run, note: `run ${run.runId} has no step for ${nodeId}` };
  const changed = change(step);
  if (typeof changed === 'string') return { run, note: changed };
  return { run: { ...run, steps: run.steps.map((s) => (s === step ? changed : s)) } };
}

function onStarted(
  run: RepairRun,
  { nodeId, term }: Extract<RepairEvent, { type: 'stepStarted' }>,
  now: EpochMs,
): AppliedRepair {
  const busy = runningStep(run);
  if (busy !== undefined) {
    return { run, note: `not starting ${nodeId}: ${busy.nodeId} is still repairing` };
  }
  return withStep(run, nodeId, (s) =>
    isStepDone(s)
      ? `not starting ${nodeId}: its step is already ${s.status}`
      : {
          ...s,
          status: 'running',
          attempts: s.attempts + 1,
          startedAtMs: now,
          endedAtMs: null,
          reportedAtMs: null,
          confirmedTerm: term,
        },
  );
}

function onReported(
  run: RepairRun,
  event: Extract<RepairEvent, { type: 'stepReported' }>,
  now: EpochMs,
): AppliedRepair {
  return withStep(run, event.nodeId, (s) => {
    if (s.status !== 'running') return `stale report for ${s.nodeId}: its step is ${s.status}`;
    const heard = {
      results: mergeResults(s.results, event.results),
      reportedAtMs: now,
      confirmedTerm: event.term,
    };
    switch (event.state) {
      case 'running':
        return { ...s, ...heard };
      case 'succeeded':
        return { ...s, ...heard, status: 'succeeded', endedAtMs: now };
      case 'failed': {
        const lastError = event.error ?? 'repair failed';
        return { ...s, ...heard, status: 'attemptFailed', endedAtMs: now, lastError };
      }
      case 'unknown':
        // Recorded but never received: the attempt did not happen, so it does not count.
        return { ...s, status: 'pending', attempts: s.attempts - 1, startedAtMs: null };
    }
  });
}

function mergeResults(
  old: readonly KeyspaceResult[],
  reported: readonly KeyspaceResult[],
): KeyspaceResult[] {
  const byKeyspace = new Map(old.map((r) => [r.keyspace, r]));
  for (const r of reported) byKeyspace.set(r.keyspace, r);
  return [...byKeyspace.values()];
}

function onAttemptFailed(
  run: RepairRun,
  nodeId: string,
  error: string,
  now: EpochMs,
): AppliedRepair {
  return withStep(run, nodeId, (s) => {
    if (isStepDone(s)) return `${nodeId} is already ${s.status}`;
    // A running attempt was counted when it started; one that never started counts now.
    const attempts = s.status === 'running' ? s.attempts : s.attempts + 1;
    return { ...s, status: 'attemptFailed', attempts, endedAtMs: now, lastError: error };
  });
}

const GOAL_FROM: Readonly<Record<RunGoal, readonly RunGoal[]>> = {
  run: ['pause'],
  pause: ['run'],
  abort: ['run', 'pause'],
  abortNow: ['run', 'pause', 'abort'],
};

function onGoal(run: RepairRun, goal: RunGoal): AppliedRepair {
  if (run.goal === goal) return { run };
  if (!GOAL_FROM[goal].includes(run.goal)) {
    return { run, note: `run ${run.runId} cannot go from ${run.goal} to ${goal}` };
  }
  return { run: { ...run, goal } };
}

function onFinished(run: RepairRun, result: RunResult, now: EpochMs): AppliedRepair {
  const busy = runningStep(run);
  if (busy !== undefined) return { run, note: `not finishing: ${busy.nodeId} is still repairing` };
  return { run: { ...run, result, endedAtMs: now } };
}
