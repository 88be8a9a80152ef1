// Admin operations the scheduler asks of this node through framework messages (cmf.v1
// AdminRequest): what to do with a request (start it, answer it, abort the running one, refuse
// it), what each operation runs, and how Cassandra's answers read. One operation at a time per
// node; a request id seen before is answered, never started twice (messages are re-sent). Pure.
import type { cmf } from '@cmf/proto/executor';

export type AdminKind =
  'repair' | 'cleanup' | 'decommission' | 'drain' | 'snapshot' | 'update-seeds';
export type AdminState =
  'UNKNOWN' | 'ACCEPTED' | 'RUNNING' | 'SUCCEEDED' | 'FAILED' | 'ABORTED' | 'REJECTED';

export interface AdminReportView {
  readonly requestId: string;
  readonly state: AdminState;
  readonly message: string;
  readonly stepsDone: number;
  readonly stepsTotal: number;
  readonly startedAtMs: number;
  readonly finishedAtMs: number;
}

export type OperationPlan =
  | {
      readonly kind: 'repair';
      /** Empty: every non-system keyspace, resolved on the node when the repair starts. */
      readonly keyspaces: readonly string[];
      /** StorageService.repairAsync options (RepairOption keys, string values). */
      readonly options: Readonly<Record<string, string>>;
      readonly timeoutMs: number;
    }
  | { readonly kind: 'cleanup'; readonly keyspaces: readonly string[]; readonly timeoutMs: number }
  | { readonly kind: 'decommission'; readonly timeoutMs: number }
  | { readonly kind: 'drain'; readonly timeoutMs: number }
  /** Rewrite the seed list in cassandra.yaml and have Cassandra reload it (no restart). */
  | { readonly kind: 'update-seeds'; readonly seeds: readonly string[]; readonly timeoutMs: number }
  | {
      readonly kind: 'snapshot';
      readonly tag: string;
      readonly keyspaces: readonly string[];
      readonly timeoutMs: number;
    };

export interface AdminBook {
  readonly running?: { readonly requestId: string; readonly kind: AdminKind };
  readonly reports: ReadonlyMap<string, AdminReportView>;
}

export type AdminDecision =
  | { readonly type: 'reply'; readonly report: AdminReportView }
  | { readonly type: 'start'; readonly report: AdminReportView; readonly plan: OperationPlan }
  | { readonly type: 'abort'; readonly report: AdminReportView; readonly requestId: string };

const HOUR_MS = 3_600_000;
/** Long enough for real work on a real node; a request may ask for less. */
export const DEFAULT_TIMEOUT_MS: Readonly<Record<AdminKind, number>> = {
  repair: 6 * HOUR_MS,
  cleanup: 6 * HOUR_MS,
  decommission: 6 * HOUR_MS,
  drain: 10 * 60_000,
  snapshot: 10 * 60_000,
  'update-seeds': 60_000,
};

/** Repair sessions and cleanup compactions can be stopped; a started decommission cannot. */
export const ABORTABLE: Readonly<Record<AdminKind, boolean>> = {
  repair: true,
  cleanup: true,
  decommission: false,
  drain: false,
  snapshot: false,
  'update-seeds': false,
};

export function decideAdminRequest(
  request: cmf.v1.AdminRequest,
  book: AdminBook,
  nodeRunning: boolean,
  nowMs: number,
): AdminDecision {
  const id = request.request_id;
  const report = (state: AdminState, message: string): AdminReportView => ({
    ...blankReport(id, nowMs),
    state,
    message,
  });
  if (id === '') return { type: 'reply', report: report('REJECTED', 'request_id is empty') };
  if (request.query)
    return { type: 'reply', report: lookup(book, request.query.request_id, nowMs) };
  if (request.abort) return decideAbort(request.abort.request_id, book, nowMs);
  const known = book.reports.get(id);
  if (known) return { type: 'reply', report: known };
  const plan = planOperation(request);
  if (plan === undefined)
    return { type: 'reply', report: report('REJECTED', 'the request names no operation') };
  if (book.running) {
    const busy = `${book.running.kind} ${book.running.requestId} is running; one operation at a time`;
    return { type: 'reply', report: report('REJECTED', busy) };
  }
  if (!nodeRunning) return { type: 'reply', report: report('REJECTED', 'the node is not running') };
  return { type: 'start', report: report('ACCEPTED', `${plan.kind} accepted`), plan };
}

function decideAbort(target: string, book: AdminBook, nowMs: number): AdminDecision {
  const current = lookup(book, target, nowMs);
  if (book.running?.requestId !== target) return { type: 'reply', report: current };
  if (!ABORTABLE[book.running.kind]) {
    const message = `${book.running.kind} cannot be aborted once started; still running`;
    return { type: 'reply', report: { ...current, message } };
  }
  return { type: 'abort', report: { ...current, message: 'abort requested' }, requestId: target };
}

function lookup(book: AdminBook, requestId: string, nowMs: number): AdminReportView {
  return (
    book.reports.get(requestId) ?? {
      ...blankReport(requestId, nowMs),
      state: 'UNKNOWN',
      message: 'no such request on this node',
    }
  );
}

export function blankReport(requestId: string, nowMs: number): AdminReportView {
  return {
    requestId,
    state: 'UNKNOWN',
    message: '',
    stepsDone: 0,
    stepsTotal: 0,
    startedAtMs: nowMs,
    finishedAtMs: 0,
  };
}

export function planOperation(request: cmf.v1.AdminRequest): OperationPlan | undefined {
  if (request.repair) return planRepair(request.repair);
  if (request.cleanup) {
    return {
      kind: 'cleanup',
      keyspaces: [...request.cleanup.keyspaces],
      timeoutMs: DEFAULT_TIMEOUT_MS.cleanup,
    };
  }
  if (request.decommission)
    return { kind: 'decommission', timeoutMs: DEFAULT_TIMEOUT_MS.decommission };
  if (request.drain) return { kind: 'drain', timeoutMs: DEFAULT_TIMEOUT_MS.drain };
  // An empty list would leave the node with no one to gossip with after a restart: no operation.
  if (request.update_seeds && request.update_seeds.seeds.length > 0) {
    const seeds = [...request.update_seeds.seeds];
    return { kind: 'update-seeds', seeds, timeoutMs: DEFAULT_TIMEOUT_MS['update-seeds'] };
  }
  if (request.snapshot) {
    const tag = request.snapshot.tag === '' ? `cmf-${request.request_id}` : request.snapshot.tag;
    return {
      kind: 'snapshot',
      tag,
      keyspaces: [...request.snapshot.keyspaces],
      timeoutMs: DEFAULT_TIMEOUT_MS.snapshot,
    };
  }
  return undefined;
}

function planRepair(repair: cmf.v1.AdminRequest.Repair): OperationPlan {
  const options: Record<string, string> = {
    parallelism: 'parallel',
    // Through JMX an absent `incremental` means full; say it either way.
    incremental: String(!repair.full),
    primaryRange: String(repair.primary_range),
  };
  if (repair.tables.length > 0) options['columnFamilies'] = repair.tables.join(',');
  return {
    kind: 'repair',
    keyspaces: [...repair.keyspaces],
    options,
    timeoutMs: repair.timeout_ms > 0 ? repair.timeout_ms : DEFAULT_TIMEOUT_MS.repair,
  };
}

export type RepairProgress =
  | { readonly state: 'running' }
  | { readonly state: 'completed' }
  | { readonly state: 'failed'; readonly message: string }
  /** The node knows no such command (yet, or any more). */
  | { readonly state: 'unknown' };

/** Reads StorageService.getParentRepairStatus(cmd): null, or [IN_PROGRESS|COMPLETED|FAILED, messages…]. */
export function readRepairStatus(value: unknown): RepairProgress {
  if (!Array.isArray(value) || typeof value[0] !== 'string') return { state: 'unknown' };
  const messages = value.slice(1).filter((m): m is string => typeof m === 'string');
  switch (value[0]) {
    case 'IN_PROGRESS':
      return { state: 'running' };
    case 'COMPLETED':
      return { state: 'completed' };
    case 'FAILED':
      return { state: 'failed', message: messages.join('; ') || 'repair failed' };
    default:
      return { state: 'unknown' };
  }
}

/** forceKeyspaceCleanup's int: CompactionManager.AllSSTableOpStatus. */
export function readCleanupStatus(value: unknown): 'done' | 'aborted' | 'failed' {
  if (value === 0) return 'done';
  if (value === 1) return 'aborted';
  return 'failed';
}

/** Keeps the book small: the `keep` most recently started requests. */
export function trimReports(reports: readonly AdminReportView[], keep: number): AdminReportView[] {
  return [...reports].sort((a, b) => a.startedAtMs - b.startedAtMs).slice(-keep);
}
