// Per keyspace: how long since every node last finished a full repair of it, against
// gc_grace_seconds. Past it, a tombstone may be purged on one replica before the others saw it,
// and deleted data can come back; /v1/status flags such keyspaces.
import type { EpochMs } from '../time.js';
import type { RepairRun } from './run.js';

export interface KeyspaceGcGrace {
  readonly keyspace: string;
  /** The smallest gc_grace_seconds of the keyspace's tables; null when not read yet. */
  readonly gcGraceSeconds: number | null;
}

export interface GcGraceStatus {
  readonly keyspace: string;
  readonly gcGraceSeconds: number;
  /** Start of the latest full repair that covered it on every node; null: never. */
  readonly lastRepairedAtMs: EpochMs | null;
  /** From lastRepairedAtMs, or from `trackedSinceMs` when never repaired. */
  readonly sinceMs: number;
  readonly overdue: boolean;
}

export interface GcGraceInput {
  readonly keyspaces: readonly KeyspaceGcGrace[];
  readonly runs: readonly RepairRun[];
  /** When the ring was created (or tracking began): the clock for a never-repaired keyspace. */
  readonly trackedSinceMs: EpochMs;
  readonly defaultGcGraceSeconds: number;
}

export function gcGraceStatus(input: GcGraceInput, now: EpochMs): GcGraceStatus[] {
  return input.keyspaces.map(({ keyspace, gcGraceSeconds }) => {
    const grace = gcGraceSeconds ?? input.defaultGcGraceSeconds;
    const lastRepairedAtMs = lastFullRepair(input.runs, keyspace);
    const sinceMs = now - (lastRepairedAtMs ?? input.trackedSinceMs);
    return {
      keyspace,
      gcGraceSeconds: grace,
      lastRepairedAtMs,
      sinceMs,
      overdue: sinceMs > grace * 1000,
    };
  });
}

/**
 * A run counts for a keyspace when it was full and every node's step repaired that keyspace.
 * It counts from its earliest start on any node: only data older than that is known repaired.
 * A run after a replace repairs one node's ranges, not the ring's: it never counts.
 */
export function lastFullRepair(runs: readonly RepairRun[], keyspace: string): EpochMs | null {
  let latest: EpochMs | null = null;
  for (const run of runs) {
    if (run.type !== 'full' || run.steps.length === 0) continue;
    if (run.trigger.kind === 'afterReplace') continue;
    const results = run.steps.map((s) =>
      s.results.find((r) => r.keyspace === keyspace && r.status === 'succeeded'),
    );
    if (results.some((r) => r === undefined)) continue;
    const starts = results.map((r) => r?.startedAtMs ?? Infinity);
    const coveredFrom = Math.min(...starts) as EpochMs;
    if (latest === null || coveredFrom > latest) latest = coveredFrom;
  }
  return latest;
}
