// What the leading scheduler holds in memory between passes: the node records as last written
// (with their versions), the offers not yet answered, the reconciliation in progress, tasks no
// record owns, and recent offer misses. The store stays the truth; this is its working copy.
import {
  EMPTY_OPS_STATE,
  type KeyspaceRf,
  type OpsPlan,
  type OpsState,
} from '../domain/ops/index.js';
import type { OfferOutcome, OfferView } from '../domain/offers.js';
import type { EpochMs } from '../domain/time.js';
import type { VersionedNode } from '../ports.js';

export interface Reconciliation {
  /** task id -> agent id, for tasks the master has not told us about since SUBSCRIBED. */
  readonly waiting: Map<string, string | null>;
  state: 'pending' | 'settled';
  lastSentMs: number;
  attempt: number;
}

export interface Miss {
  readonly atMs: EpochMs;
  readonly outcome: OfferOutcome;
}

export class World {
  readonly nodes = new Map<string, VersionedNode>();
  readonly offers = new Map<string, OfferView>();
  readonly strays = new Map<string, string | null>();
  misses: Miss[] = [];
  /** When this leader first looked at offers: a miss window never reaches back before it. */
  watchingSinceMs: EpochMs | null = null;
  reconciliation: Reconciliation = {
    waiting: new Map(),
    state: 'pending',
    lastSentMs: 0,
    attempt: 0,
  };
  /** What we last told the master; after a (re)subscription nothing is suppressed. */
  suppressed = false;
  /** The ops state and its stored version (null: never saved). */
  ops: { state: OpsState; version: number | null } = { state: EMPTY_OPS_STATE, version: null };
  /** The last ops pass, for the API. */
  lastOps: OpsPlan | null = null;
  /** nodeId -> when an offer last carried its reservation (memory only: a new leader waits anew). */
  readonly offeredAtMs = new Map<string, EpochMs>();
  /** Replication factors in this ring's DC; null until read from Cassandra. */
  keyspaces: readonly KeyspaceRf[] | null = null;
  /** nodeId -> the latest load a health report gave (not persisted: it changes all the time). */
  readonly loadBytes = new Map<string, number>();

  nodeOfTask(taskId: string): VersionedNode | null {
    for (const v of this.nodes.values()) if (v.node.taskId === taskId) return v;
    return null;
  }

  replaceNodes(nodes: readonly VersionedNode[]): void {
    this.nodes.clear();
    for (const v of nodes) this.nodes.set(v.node.nodeId, v);
  }
}
