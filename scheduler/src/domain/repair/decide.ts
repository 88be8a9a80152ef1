// nextRepairDecision(situation, now): the one next thing the repair loop should do, with the
// reason it logs and shows. The rules: never two steps at once; never while a disruptive operation
// holds the ring's serial queue; a node starts only inside the window; pause and abort act at node
// boundaries (abortNow cancels the running repair); a new leader asks before trusting a running
// step; a failed node is retried with backoff, then marked failed while the run goes on.
import { epochMs, type EpochMs } from '../time.js';
import { decideDue, type ReplaceRepairDue } from './after-replace.js';
import type { RepairConfig, RetryPolicy } from './config.js';
import {
  keyspacesLeft,
  resumeStep,
  runningStep,
  type RepairRun,
  type RepairStep,
  type RepairTrigger,
  type RunResult,
} from './run.js';
import { formatWindow, isInsideWindow, nextWindowOpen } from './window.js';
import { formatLocal } from './zone.js';

/** What holds the ring's serial queue besides repair; persisted names, add only. */
export type DisruptiveOperation =
  'bootstrap' | 'replace' | 'scale-up' | 'scale-down' | 'rolling-restart' | 'decommission';

export interface QueueHolder {
  readonly operation: DisruptiveOperation;
  readonly nodeId: string | null;
}

export interface RingMember {
  readonly nodeId: string;
  /** Up and NORMAL, as the node reports itself. */
  readonly isUp: boolean;
}

export interface RepairSituation {
  readonly config: Pick<RepairConfig, 'zone' | 'window' | 'nodeTimeoutMs' | 'retry'>;
  /** The current run; one with a result counts as none. */
  readonly run: RepairRun | null;
  /** A schedule fire time or operator request not yet acted on. */
  readonly trigger: RepairTrigger | null;
  readonly ring: readonly RingMember[];
  readonly queue: QueueHolder | null;
  /** This scheduler's leadership term (opaque, unique per term). */
  readonly leaderTerm: string;
  /** Replacements waiting for their repair, oldest first (the ops state's record). */
  readonly repairsDue: readonly ReplaceRepairDue[];
}

interface StepOrder {
  readonly nodeId: string;
  readonly keyspaces: readonly string[];
  readonly attempt: number;
  readonly deadlineMs: EpochMs;
  readonly reason: string;
}

export type RepairDecision =
  | { readonly kind: 'idle'; readonly reason: string }
  | { readonly kind: 'start-run'; readonly trigger: RepairTrigger; readonly reason: string }
  | { readonly kind: 'skip-trigger'; readonly trigger: RepairTrigger; readonly reason: string }
  | { readonly kind: 'forget-due'; readonly itemId: string; readonly reason: string }
  | ({ readonly kind: 'start-node' } & StepOrder)
  | ({ readonly kind: 'retry' } & StepOrder)
  | { readonly kind: 'query-step'; readonly nodeId: string; readonly reason: string }
  | { readonly kind: 'cancel-step'; readonly nodeId: string; readonly reason: string }
  | { readonly kind: 'fail-attempt'; readonly nodeId: string; readonly reason: string }
  | { readonly kind: 'mark-failed'; readonly nodeId: string; readonly reason: string }
  | { readonly kind: 'replan'; readonly nodeIds: readonly string[]; readonly reason: string }
  | { readonly kind: 'wait'; readonly reason: string; readonly untilMs: EpochMs | null }
  | { readonly kind: 'finish'; readonly result: RunResult; readonly reason: string };

export type RepairDecisionKind = RepairDecision['kind'];

export function nextRepairDecision(s: RepairSituation, now: EpochMs): RepairDecision {
  const run = s.run?.result === null ? s.run : null;
  if (s.trigger !== null) return decideTrigger(s, s.trigger, run);
  const due = decideDue(s.repairsDue, s.run, now);
  if (due !== null) return due;
  if (run === null) return { kind: 'idle', reason: 'no repair run in progress' };
  const running = runningStep(run);
  if (running !== undefined) return decideRunning(s, run, running, now);
  if (run.goal === 'abort' || run.goal === 'abortNow') {
    return { kind: 'finish', result: 'aborted', reason: `aborted by operator (${progress(run)})` };
  }
  const step = resumeStep(run);
  if (step === undefined) return finish(run);
  if (run.goal === 'pause') {
    return { kind: 'wait', reason: `paused by operator; resumes at ${step.nodeId}`, untilMs: null };
  }
  return decideUnstarted(s, run, now) ?? decideStep(s, run, step, now);
}

/**
 * A run that has not started a node yet waits for the serial queue, then takes the ring as it is
 * by then: a run asked for during a scale-up repairs the added node too (and one asked for during
 * a scale-down does not fail on the node that left). Once a node has started, the steps stay. A
 * run after a replace repairs its replacement only, whatever the ring.
 */
function decideUnstarted(s: RepairSituation, run: RepairRun, now: EpochMs): RepairDecision | null {
  if (run.steps.some((st) => st.status !== 'pending' || st.attempts > 0)) return null;
  if (run.trigger.kind === 'afterReplace') return null;
  const gate = gateDecision(s, now);
  if (gate !== null) return gate;
  const nodeIds = s.ring.map((m) => m.nodeId);
  const planned = run.steps.map((st) => st.nodeId);
  if (nodeIds.length === 0 || nodeIds.join(',') === planned.join(',')) return null;
  const reason = `the ring changed before the run started a node: ${planned.join(', ')} -> ${nodeIds.join(', ')}`;
  return { kind: 'replan', nodeIds, reason };
}

function decideTrigger(
  s: RepairSituation,
  trigger: RepairTrigger,
  run: RepairRun | null,
): RepairDecision {
  const what = `${trigger.kind} trigger of ${formatLocal(s.config.zone, trigger.atMs)}`;
  if (run === null) return { kind: 'start-run', trigger, reason: `${what} starts a run` };
  const where = runningStep(run)?.nodeId ?? resumeStep(run)?.nodeId ?? 'its last node';
  const reason = `${what} skipped: run ${run.runId} is still going (at ${where})`;
  return { kind: 'skip-trigger', trigger, reason };
}

function decideRunning(
  s: RepairSituation,
  run: RepairRun,
  step: RepairStep,
  now: EpochMs,
): RepairDecision {
  const nodeId = step.nodeId;
  if (run.goal === 'abortNow') {
    return {
      kind: 'cancel-step',
      nodeId,
      reason: 'abort requested: cancelling the running repair',
    };
  }
  const startedAt = step.startedAtMs ?? now;
  const deadline = startedAt + s.config.nodeTimeoutMs;
  if (now >= deadline) {
    const minutes = Math.round(s.config.nodeTimeoutMs / 60_000);
    return { kind: 'cancel-step', nodeId, reason: `${nodeId} timed out after ${minutes} min` };
  }
  if (step.confirmedTerm !== s.leaderTerm) {
    return { kind: 'query-step', nodeId, reason: `${nodeId} was repairing before failover` };
  }
  const attempt = `attempt ${step.attempts} of ${s.config.retry.maxAttempts}`;
  const until = formatLocal(s.config.zone, epochMs(deadline));
  const reason = `${nodeId} is repairing (${attempt}); times out at ${until}`;
  return { kind: 'wait', reason, untilMs: epochMs(deadline) };
}

function decideStep(
  s: RepairSituation,
  run: RepairRun,
  step: RepairStep,
  now: EpochMs,
): RepairDecision {
  const nodeId = step.nodeId;
  const member = s.ring.find((m) => m.nodeId === nodeId);
  if (member === undefined) {
    return { kind: 'mark-failed', nodeId, reason: `${nodeId} is no longer in the ring` };
  }
  const { retry } = s.config;
  if (step.status === 'attemptFailed' && step.attempts >= retry.maxAttempts) {
    const reason = `${nodeId} gave up after ${step.attempts} attempts: ${step.lastError ?? ''}`;
    return { kind: 'mark-failed', nodeId, reason };
  }
  const gate = gateDecision(s, now);
  if (gate !== null) return gate;
  if (step.status === 'attemptFailed') {
    const at = retryAt(step, retry);
    if (now < at) {
      const when = formatLocal(s.config.zone, at);
      const reason = `${nodeId} failed (${step.lastError ?? 'no error given'}); retry ${step.attempts + 1} of ${retry.maxAttempts} at ${when}`;
      return { kind: 'wait', reason, untilMs: at };
    }
  }
  if (!member.isUp) return { kind: 'fail-attempt', nodeId, reason: `${nodeId} is not Up` };
  return order(s, run, step, now);
}

/** The ring-wide reasons not to start any node now: the serial queue, then the window. */
function gateDecision(s: RepairSituation, now: EpochMs): RepairDecision | null {
  if (s.queue !== null) {
    const on = s.queue.nodeId === null ? '' : ` of ${s.queue.nodeId}`;
    const reason = `serial queue busy: ${s.queue.operation}${on} in progress`;
    return { kind: 'wait', reason, untilMs: null };
  }
  const { window, zone } = s.config;
  if (window === null || isInsideWindow(window, zone, now)) return null;
  const opens = nextWindowOpen(window, zone, now);
  const reason = `outside window ${formatWindow(window)} (${zone}), next opens at ${formatLocal(zone, opens)}`;
  return { kind: 'wait', reason, untilMs: opens };
}

function order(s: RepairSituation, run: RepairRun, step: RepairStep, now: EpochMs): RepairDecision {
  const keyspaces = keyspacesLeft(run, step);
  const attempt = step.attempts + 1;
  const deadlineMs = epochMs(now + s.config.nodeTimeoutMs);
  const position = `${run.steps.indexOf(step) + 1} of ${run.steps.length}`;
  const reason = `repair ${step.nodeId} (node ${position}, attempt ${attempt}): ${keyspaces.join(', ')}`;
  const kind = step.attempts === 0 ? 'start-node' : 'retry';
  return { kind, nodeId: step.nodeId, keyspaces, attempt, deadlineMs, reason };
}

/** Backoff after the n-th failed attempt: base, doubled each time, capped. */
export function retryAt(step: RepairStep, policy: RetryPolicy): EpochMs {
  const exponent = Math.min(Math.max(0, step.attempts - 1), 30);
  const delay = Math.min(policy.maxBackoffMs, policy.backoffMs * 2 ** exponent);
  return epochMs((step.endedAtMs ?? 0) + delay);
}

function finish(run: RepairRun): RepairDecision {
  const failed = run.steps.filter((st) => st.status === 'failed').map((st) => st.nodeId);
  const unknown = run.unknownKeyspaces;
  const notes = [
    ...(failed.length > 0 ? [`failed: ${failed.join(', ')}`] : []),
    ...(unknown.length > 0 ? [`keyspaces not in the ring: ${unknown.join(', ')}`] : []),
  ];
  const result = notes.length > 0 ? 'failed' : 'succeeded';
  const done = `${run.steps.length - failed.length} of ${run.steps.length} nodes repaired`;
  return { kind: 'finish', result, reason: [done, ...notes].join('; ') };
}

function progress(run: RepairRun): string {
  const done = run.steps.filter((st) => st.status === 'succeeded').length;
  return `${done} of ${run.steps.length} nodes repaired`;
}
