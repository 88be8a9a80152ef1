// A new config at start-up: validateChange against what runs; an impossible change is refused (the
// stored target and the queue untouched); else the target is saved, then its rolling restarts
// are queued in the ops state. Node count changes need no item here: the ops core scales to the
// target's node count on every pass.
import type { ExecutorSpec } from '../domain/accept.js';
import type { ClusterSpec } from '../domain/cluster.js';
import {
  EMPTY_OPS_STATE,
  queueChange,
  validateChange,
  type ChangeResult,
  type KeyspaceRf,
} from '../domain/ops/index.js';
import type { EpochMs } from '../domain/time.js';
import type { StateStore } from '../ports.js';

export interface ConfigChangeInput {
  readonly store: StateStore;
  readonly executor: ExecutorSpec;
  readonly wanted: ClusterSpec;
  readonly keyspaces: readonly KeyspaceRf[] | null;
  readonly now: EpochMs;
}

export type Applied =
  | { readonly kind: 'created' | 'unchanged'; readonly spec: ClusterSpec }
  | { readonly kind: 'changed'; readonly spec: ClusterSpec; readonly result: ChangeResult }
  | { readonly kind: 'refused'; readonly spec: ClusterSpec; readonly result: ChangeResult };

/** What `wanted` would do to the ring the store describes (the dry run behind /v1/config/diff). */
export async function diffConfig(
  input: Omit<ConfigChangeInput, 'now'> & { readonly proposedExecutor?: ExecutorSpec },
): Promise<{ readonly running: ClusterSpec | null; readonly result: ChangeResult }> {
  const stored = await input.store.target();
  const running = stored?.spec ?? input.wanted;
  const nodes = (await input.store.nodes()).map((v) => v.node);
  const items = (await input.store.opsState())?.state.items ?? [];
  const result = validateChange(
    { ring: running, executor: input.executor },
    { ring: input.wanted, executor: input.proposedExecutor ?? input.executor },
    { nodes, keyspaces: input.keyspaces, items },
  );
  return { running: stored?.spec ?? null, result };
}

export async function applyConfig(input: ConfigChangeInput): Promise<Applied> {
  const { store, wanted, now } = input;
  const stored = await store.target();
  if (stored === null) {
    await store.saveTarget(wanted, null);
    return { kind: 'created', spec: wanted };
  }
  if (JSON.stringify(stored.spec) === JSON.stringify(wanted))
    return { kind: 'unchanged', spec: stored.spec };
  const { result } = await diffConfig(input);
  if (!result.ok) return { kind: 'refused', spec: stored.spec, result };
  // One transaction: a crash between the two writes must not leave a target whose restarts were
  // never queued (the next start would find nothing to do).
  const current = await store.opsState();
  const queued = queueChange(
    current?.state ?? EMPTY_OPS_STATE,
    result.diff,
    wanted.configVersion,
    now,
  );
  await store.saveChange(wanted, stored.version, queued, current?.version ?? null);
  return { kind: 'changed', spec: wanted, result };
}
