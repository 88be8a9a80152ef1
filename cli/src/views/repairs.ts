// Repair runs for people: the history as a table, one run with its per-node steps and a
// progress bar, and the schedule.
import type { RepairRunView, RepairScheduleView, RepairStepView } from '../api.js';
import { formatDuration, formatInstant, formatRelative } from '../format/duration.js';
import { progressBar } from '../format/progress.js';
import { renderPairs, renderTable } from '../format/table.js';

const FINISHED_STEP: ReadonlySet<RepairStepView['status']> = new Set(['succeeded', 'failed']);

function nodesDone(run: RepairRunView): number {
  return run.steps.filter((step) => FINISHED_STEP.has(step.status)).length;
}

function span(startMs: number | null, endMs: number | null, nowMs: number): string {
  if (startMs === null) return '-';
  return formatDuration((endMs ?? nowMs) - startMs);
}

function keyspaceList(keyspaces: readonly string[]): string {
  return keyspaces.length === 0 ? '(none)' : keyspaces.join(',');
}

function unknown(keyspaces: readonly string[]): string {
  return keyspaces.length === 0 ? '' : ` (not in the ring, skipped: ${keyspaces.join(',')})`;
}

export function renderRunList(runs: readonly RepairRunView[], nowMs: number): string {
  if (runs.length === 0) return 'no repair runs yet';
  const rows = [...runs]
    .sort((a, b) => b.createdAtMs - a.createdAtMs)
    .map((run) => [
      run.runId,
      run.status,
      run.trigger.kind,
      formatInstant(run.createdAtMs),
      span(run.createdAtMs, run.endedAtMs, nowMs),
      `${nodesDone(run)}/${run.steps.length}`,
      keyspaceList(run.keyspaces),
    ]);
  const headers = ['ID', 'STATUS', 'TRIGGER', 'STARTED', 'TOOK', 'NODES', 'KEYSPACES'];
  return renderTable(
    headers.map((header) => ({ header })),
    rows,
  );
}

export function renderRun(run: RepairRunView, nowMs: number): string {
  const header = renderPairs([
    ['run', run.runId],
    ['status', run.reason ? `${run.status}: ${run.reason}` : run.status],
    ['trigger', `${run.trigger.kind} at ${formatInstant(run.trigger.atMs)}`],
    ['type', run.type],
    ['keyspaces', keyspaceList(run.keyspaces) + unknown(run.unknownKeyspaces ?? [])],
    ['took', span(run.createdAtMs, run.endedAtMs, nowMs)],
    ['progress', `${progressBar(nodesDone(run), run.steps.length)} nodes`],
  ]);
  const rows = run.steps.map((step) => [
    step.nodeId,
    step.status,
    String(step.attempts),
    `${step.results.filter((r) => r.status === 'succeeded').length}/${run.keyspaces.length}`,
    span(step.startedAtMs, step.endedAtMs, nowMs),
    step.lastError ?? '',
  ]);
  const headers = ['NODE', 'STATUS', 'ATTEMPTS', 'KEYSPACES', 'TOOK', 'ERROR'];
  const table = renderTable(
    headers.map((h) => ({ header: h, align: h === 'ATTEMPTS' ? ('right' as const) : 'left' })),
    rows,
  );
  return `${header}\n\n${table}`;
}

export function renderSchedule(schedule: RepairScheduleView, nowMs: number): string {
  const next =
    schedule.nextFireAtMs === null
      ? '-'
      : `${formatInstant(schedule.nextFireAtMs)} (${formatRelative(schedule.nextFireAtMs, nowMs)})`;
  return renderPairs([
    ['schedule', schedule.schedule ?? 'off'],
    ['timezone', schedule.timezone],
    ['window', schedule.window ?? 'any time'],
    ['state', schedule.paused ? 'paused' : 'active'],
    ['next run', schedule.paused ? `${next}, skipped while paused` : next],
    ['last outcome', schedule.lastOutcome ?? '-'],
  ]);
}
