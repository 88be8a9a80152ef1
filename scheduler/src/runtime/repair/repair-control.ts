// What an operator can do to repairs through the API, and what they see: run now, pause, resume
// or abort a run, pause or resume the schedule; the run and schedule views. Each request is queued
// behind the loop's passes, written, then the loop is woken.
import {
  applyRepairEvent,
  formatWindow,
  nextFireAfter,
  runStatus,
  type RepairConfig,
  type RepairRun,
  type RunGoal,
  type RunStatus,
} from '../../domain/repair/index.js';
import type { EpochMs } from '../../domain/time.js';
import type { ScheduleState } from '../../store/repair-store.js';
import type { RepairLoop } from './repair-loop.js';

export type RunAction = 'pause' | 'resume' | 'abort' | 'abort-now';

export type ControlResult<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly code: 'NOT_FOUND' | 'CONFLICT'; readonly message: string };

export interface RunView extends RepairRun {
  readonly status: RunStatus;
  /** Why the run is not moving, or what it does, while it is the current one. */
  readonly reason?: string;
}

export interface ScheduleView {
  readonly schedule: string | null;
  readonly timezone: string;
  readonly window: string | null;
  readonly paused: boolean;
  readonly nextFireAtMs: number | null;
  readonly lastOutcome: string | null;
}

const GOAL: Readonly<Record<RunAction, RunGoal>> = {
  pause: 'pause',
  resume: 'run',
  abort: 'abort',
  'abort-now': 'abortNow',
};

export function runView(loop: RepairLoop, run: RepairRun): RunView {
  const current = loop.run?.value.runId === run.runId && run.result === null;
  return { ...run, status: runStatus(run), ...(current ? { reason: loop.reason } : {}) };
}

/** Starts a run now (or records why not, as for a schedule fire while a run goes). */
export async function requestRun(
  loop: RepairLoop,
  keyspaces: readonly string[] | null,
): Promise<ControlResult<RunView>> {
  const now = loop.options.clock.now();
  const trigger = { kind: 'manual' as const, atMs: now, keyspaces };
  const before = await loop.serially(async () => {
    const s = loop.schedule ?? (await loop.options.store.schedule());
    await loop.saveSchedule({ ...s.value, trigger });
    return loop.run?.value.runId;
  });
  await loop.wake();
  const run = loop.run?.value;
  if (run !== undefined && run.runId !== before && run.trigger === trigger) {
    return { ok: true, value: runView(loop, run) };
  }
  const message = loop.schedule?.value.lastOutcome ?? 'not started';
  return { ok: false, code: 'CONFLICT', message };
}

export async function changeRun(
  loop: RepairLoop,
  runId: string,
  action: RunAction,
): Promise<ControlResult<RunView>> {
  const answer = await loop.serially(async (): Promise<ControlResult<RunView>> => {
    const run = loop.currentRun(runId);
    if (run === null) {
      const old = await loop.options.store.run(runId);
      if (old === null) return { ok: false, code: 'NOT_FOUND', message: `no repair run ${runId}` };
      return { ok: false, code: 'CONFLICT', message: `run ${runId} is ${runStatus(old.value)}` };
    }
    const event = { type: 'goalChanged' as const, goal: GOAL[action] };
    const now = loop.options.clock.now();
    const note = applyRepairEvent(run, event, now).note;
    if (note !== undefined) return { ok: false, code: 'CONFLICT', message: note };
    await loop.apply(event, now);
    return { ok: true, value: runView(loop, loop.run?.value ?? run) };
  });
  if (answer.ok) await loop.wake();
  return answer;
}

export async function pauseSchedule(loop: RepairLoop, paused: boolean): Promise<ScheduleView> {
  await loop.serially(async () => {
    const s = loop.schedule ?? (await loop.options.store.schedule());
    const outcome = paused ? 'schedule paused by operator' : 'schedule resumed by operator';
    await loop.saveSchedule({ ...s.value, paused, lastOutcome: outcome });
  });
  return scheduleView(loop);
}

export function scheduleView(loop: RepairLoop): ScheduleView {
  const { config, clock } = loop.options;
  return scheduleViewOf(config, loop.schedule?.value ?? null, clock.now());
}

/**
 * The schedule as stored, with its next fire time from the cron math at `now`: a standby, which
 * runs no loop, answers exactly as the leader does.
 */
export function scheduleViewOf(
  config: RepairConfig,
  stored: ScheduleState | null,
  now: EpochMs,
): ScheduleView {
  const paused = stored?.paused ?? false;
  const next = config.schedule === null ? null : nextFireAfter(config.schedule, now);
  return {
    schedule: config.schedule?.cron.expression ?? null,
    timezone: config.zone,
    window: config.window === null ? null : formatWindow(config.window),
    paused,
    nextFireAtMs: paused ? null : next,
    lastOutcome: stored?.lastOutcome ?? null,
  };
}
