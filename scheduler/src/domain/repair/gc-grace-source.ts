// Where a keyspace's gc_grace_seconds comes from: Cassandra's schema (the smallest value among its
// tables and views, since the tightest table sets the repair deadline), or the configured value
// when no node could be asked. The status says which, so a fallback is never mistaken for a fact.
import type { EpochMs } from '../time.js';
import { gcGraceStatus, type GcGraceStatus, type KeyspaceGcGrace } from './gc-grace.js';
import { resolveKeyspaces, type KeyspaceScope } from './keyspaces.js';
import type { RepairRun } from './run.js';

/** One row of system_schema.tables (or .views). */
export interface TableGcGrace {
  readonly keyspace: string;
  readonly table: string;
  readonly gcGraceSeconds: number;
}

/** What reading the schema gave: its tables, or why it could not be read. */
export type SchemaGcGrace =
  | { readonly ok: true; readonly tables: readonly TableGcGrace[]; readonly readAtMs: EpochMs }
  | { readonly ok: false; readonly reason: string };

export interface GcGraceReportInput {
  readonly schema: SchemaGcGrace;
  readonly scope: KeyspaceScope;
  readonly runs: readonly RepairRun[];
  readonly trackedSinceMs: EpochMs;
  readonly configGcGraceSeconds: number;
}

export interface GcGraceReport {
  /** cassandra: every line's gc_grace_seconds was read from the schema; config: the fallback. */
  readonly source: 'cassandra' | 'config';
  /** Why the configured value is shown instead of the schema's. */
  readonly reason: string | null;
  readonly readAtMs: EpochMs | null;
  readonly keyspaces: readonly GcGraceStatus[];
  readonly overdue: readonly string[];
}

/** Per keyspace, the smallest gc_grace_seconds of its tables; keyspaces without tables are left out. */
export function keyspaceGcGrace(tables: readonly TableGcGrace[]): Map<string, number> {
  const smallest = new Map<string, number>();
  for (const { keyspace, gcGraceSeconds } of tables) {
    const seen = smallest.get(keyspace);
    if (seen === undefined || gcGraceSeconds < seen) smallest.set(keyspace, gcGraceSeconds);
  }
  return smallest;
}

/**
 * The keyspaces the status shows: with the schema, those of the repair scope that have tables
 * (a keyspace without tables holds nothing that can come back); without it, the ones configured
 * or repaired before, each with the configured gc_grace.
 */
function lines(input: GcGraceReportInput): KeyspaceGcGrace[] {
  if (!input.schema.ok) {
    const named = [...input.scope.include, ...input.runs.flatMap((r) => r.keyspaces)];
    const keyspaces = [...new Set(named)].filter((k) => !input.scope.exclude.includes(k)).sort();
    return keyspaces.map((keyspace) => ({ keyspace, gcGraceSeconds: null }));
  }
  const grace = keyspaceGcGrace(input.schema.tables);
  const { keyspaces } = resolveKeyspaces(input.scope, [...grace.keys()]);
  return keyspaces.map((keyspace) => ({ keyspace, gcGraceSeconds: grace.get(keyspace) ?? null }));
}

export function gcGraceReport(input: GcGraceReportInput, now: EpochMs): GcGraceReport {
  const keyspaces = gcGraceStatus(
    {
      keyspaces: lines(input),
      runs: input.runs,
      trackedSinceMs: input.trackedSinceMs,
      defaultGcGraceSeconds: input.configGcGraceSeconds,
    },
    now,
  );
  const { schema } = input;
  return {
    source: schema.ok ? 'cassandra' : 'config',
    reason: schema.ok ? null : `gc_grace_seconds from the config: ${schema.reason}`,
    readAtMs: schema.ok ? schema.readAtMs : null,
    keyspaces,
    overdue: keyspaces.filter((l) => l.overdue).map((l) => l.keyspace),
  };
}
