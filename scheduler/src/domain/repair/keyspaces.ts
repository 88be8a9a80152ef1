// Which keyspaces a run repairs: the operator's list (or every non-system keyspace) checked
// against the keyspaces the ring has when the run starts. A name that is gone is reported, never
// silently dropped.

/** Node-local system keyspaces: nothing to repair, and Cassandra refuses to. */
export const LOCAL_SYSTEM_KEYSPACES: readonly string[] = [
  'system',
  'system_schema',
  'system_views',
  'system_virtual_schema',
];

/** Replicated system keyspaces: left out by default, repaired when named. */
export const REPLICATED_SYSTEM_KEYSPACES: readonly string[] = [
  'system_auth',
  'system_distributed',
  'system_traces',
];

const KEYSPACE_NAME = /^[A-Za-z0-9_]{1,48}$/;

export function isSystemKeyspace(name: string): boolean {
  return LOCAL_SYSTEM_KEYSPACES.includes(name) || REPLICATED_SYSTEM_KEYSPACES.includes(name);
}

/** Why `name` cannot be configured for repair, or null when it can. */
export function keyspaceNameProblem(name: string): string | null {
  if (!KEYSPACE_NAME.test(name)) return `"${name}" is not a keyspace name (letters, digits, _)`;
  if (LOCAL_SYSTEM_KEYSPACES.includes(name))
    return `"${name}" is node-local and cannot be repaired`;
  return null;
}

export interface KeyspaceScope {
  /** Empty: every non-system keyspace the ring has. */
  readonly include: readonly string[];
  readonly exclude: readonly string[];
}

export interface ResolvedKeyspaces {
  /** Sorted, so every node repairs them in the same order. */
  readonly keyspaces: readonly string[];
  /** Named by the operator but absent from the ring; the run records them as skipped. */
  readonly unknown: readonly string[];
}

export function resolveKeyspaces(
  scope: KeyspaceScope,
  existing: readonly string[],
): ResolvedKeyspaces {
  const present = new Set(existing);
  const wanted =
    scope.include.length > 0 ? scope.include : existing.filter((k) => !isSystemKeyspace(k));
  const excluded = new Set(scope.exclude);
  const keyspaces = [...new Set(wanted)].filter((k) => present.has(k) && !excluded.has(k));
  const unknown = [...new Set(wanted)].filter((k) => !present.has(k));
  return { keyspaces: keyspaces.sort(), unknown: unknown.sort() };
}
