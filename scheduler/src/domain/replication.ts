// Replication factors as the ops core needs them: per keyspace, the number of replicas it keeps in
// this ring's DC, read from system_schema.keyspaces' replication map. Keyspaces stored on each
// node only (LocalStrategy, EverywhereStrategy) hold no ranges a decommission or a restart moves.
import type { KeyspaceRf } from './ops/index.js';

export interface KeyspaceRow {
  readonly name: string;
  /** system_schema.keyspaces.replication: {class, replication_factor | <dc>: n, ...}. */
  readonly replication: Readonly<Record<string, string>>;
}

function strategyOf(replication: Readonly<Record<string, string>>): string {
  const name = replication['class'] ?? '';
  return name.slice(name.lastIndexOf('.') + 1);
}

/** "3", or "3/1" (transient replication: full/transient); null when it is no count. */
function countOf(value: string | undefined): number | null {
  if (value === undefined) return null;
  const full = Number(value.split('/')[0]);
  return Number.isInteger(full) && full >= 0 ? full : null;
}

export function replicationFactors(rows: readonly KeyspaceRow[], dc: string): KeyspaceRf[] {
  const out: KeyspaceRf[] = [];
  for (const row of rows) {
    const strategy = strategyOf(row.replication);
    const rf =
      strategy === 'SimpleStrategy'
        ? countOf(row.replication['replication_factor'])
        : strategy === 'NetworkTopologyStrategy'
          ? (countOf(row.replication[dc]) ?? 0)
          : null;
    if (rf !== null && rf > 0) out.push({ name: row.name, rf });
  }
  return out.sort((a, b) => a.name.localeCompare(b.name));
}
