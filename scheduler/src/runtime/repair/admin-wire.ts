// Repair on the wire: AdminRequests (repair, query, abort) as Mesos MESSAGE calls to a node's
// executor, and AdminReports arriving in MESSAGE events turned into repair events. Request ids are
// "repair.<run-id>.<node-id>.<attempt>", so a report names the exact attempt it is about.
import { cmf, mesos } from '@cmf/proto';
import type {
  ExecutorRepairState,
  KeyspaceResult,
  RepairEvent,
  RepairRun,
  RepairStep,
} from '../../domain/repair/index.js';
import type { NodeRecord } from '../../domain/node.js';
import type { EpochMs } from '../../domain/time.js';

type Call = mesos.v1.scheduler.Call.$Properties;
const PREFIX = 'repair';

export interface AttemptId {
  readonly runId: string;
  readonly nodeId: string;
  readonly attempt: number;
}

export function requestId(a: AttemptId): string {
  return `${PREFIX}.${a.runId}.${a.nodeId}.${String(a.attempt)}`;
}

/** The attempt a request id names, or null when it is not a repair request (ops items use "op-"). */
export function parseRequestId(id: string): AttemptId | null {
  const [prefix, runId, nodeId, attempt, extra] = id.split('.');
  if (prefix !== PREFIX || extra !== undefined) return null;
  if (runId === undefined || nodeId === undefined || !/^\d+$/.test(attempt ?? '')) return null;
  return { runId, nodeId, attempt: Number(attempt) };
}

/** The executor to talk to, or why there is none. */
export function executorOf(
  node: NodeRecord | undefined,
): { agentId: string; executorId: string } | string {
  if (node === undefined) return 'the node is not in the ring';
  if (node.placement === null || node.executorId === null) {
    return `${node.nodeId} has no executor (phase ${node.phase})`;
  }
  return { agentId: node.placement.agentId, executorId: node.executorId };
}

export function adminCall(
  to: { agentId: string; executorId: string },
  request: cmf.v1.AdminRequest.$Properties,
): Call {
  return {
    type: mesos.v1.scheduler.Call.Type.MESSAGE,
    message: {
      agent_id: { value: to.agentId },
      executor_id: { value: to.executorId },
      data: cmf.v1.AdminRequest.encode(request).finish(),
    },
  };
}

export function repairRequest(
  run: RepairRun,
  attempt: AttemptId,
  keyspaces: readonly string[],
  timeoutMs: number,
): cmf.v1.AdminRequest.$Properties {
  return {
    request_id: requestId(attempt),
    repair: {
      keyspaces: [...keyspaces],
      tables: [],
      full: run.type === 'full',
      primary_range: run.primaryRange,
      timeout_ms: timeoutMs,
    },
  };
}

/** The AdminReport a MESSAGE event carries, or null when its bytes are not one. */
export function decodeReport(data: Uint8Array): cmf.v1.AdminReport | null {
  try {
    return cmf.v1.AdminReport.decode(data);
  } catch {
    return null;
  }
}

const STATE: Readonly<Record<cmf.v1.AdminReport.State, ExecutorRepairState>> = {
  [cmf.v1.AdminReport.State.UNKNOWN]: 'unknown',
  [cmf.v1.AdminReport.State.ACCEPTED]: 'running',
  [cmf.v1.AdminReport.State.RUNNING]: 'running',
  [cmf.v1.AdminReport.State.SUCCEEDED]: 'succeeded',
  [cmf.v1.AdminReport.State.FAILED]: 'failed',
  [cmf.v1.AdminReport.State.ABORTED]: 'failed',
  [cmf.v1.AdminReport.State.REJECTED]: 'failed',
};

/**
 * The repair event a report means for `step`. The executor repairs the keyspaces it was sent in
 * order and counts them in steps_done: those before it succeeded, the next one is the one that
 * runs (or failed).
 */
export function reportEvent(
  report: cmf.v1.AdminReport,
  run: RepairRun,
  step: RepairStep,
  term: string,
  now: EpochMs,
): RepairEvent {
  const keyspaces = attemptKeyspaces(run, step);
  const state = STATE[report.state];
  const startedAtMs = step.startedAtMs ?? now;
  const done =
    state === 'succeeded' ? keyspaces.length : Math.min(report.steps_done, keyspaces.length);
  const results: KeyspaceResult[] = keyspaces.slice(0, done).map((keyspace) => ({
    keyspace,
    status: 'succeeded',
    startedAtMs,
    endedAtMs: now,
    error: null,
  }));
  const current = keyspaces[done];
  if (current !== undefined && (state === 'running' || state === 'failed')) {
    const failed = state === 'failed';
    results.push({
      keyspace: current,
      status: failed ? 'failed' : 'running',
      startedAtMs,
      endedAtMs: failed ? now : null,
      error: failed ? report.message : null,
    });
  }
  const error = state === 'failed' ? report.message || 'repair failed' : null;
  return { type: 'stepReported', nodeId: step.nodeId, term, state, results, error };
}

/**
 * The keyspaces the running attempt was sent: the run's, less those an earlier attempt finished
 * (this attempt's own results carry its start time).
 */
export function attemptKeyspaces(run: RepairRun, step: RepairStep): string[] {
  const earlier = new Set(
    step.results
      .filter((r) => r.status === 'succeeded' && r.startedAtMs !== step.startedAtMs)
      .map((r) => r.keyspace),
  );
  return run.keyspaces.filter((k) => !earlier.has(k));
}
