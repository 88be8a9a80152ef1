// What the ops core keeps in ZooKeeper per ring, besides the node records: the serial queue,
// what it has seen of each node's failures, and reservations left behind on agents that must be
// destroyed and unreserved when those agents come back. Plain JSON, versioned.
import type { ReplaceRepairDue } from '../repair/after-replace.js';
import type { EpochMs } from '../time.js';
import { makeItem, type NewItem, type OpItem } from './queue.js';

export interface NodeWatch {
  /** Since when the node has been down as far as healing is concerned; null while it runs. */
  readonly downSinceMs: EpochMs | null;
  /** Recent failure times, oldest first, kept for the crash-loop window. */
  readonly failuresMs: readonly EpochMs[];
}

/** A reservation and volume on an agent no node uses any more (after a replace or decommission). */
export interface StaleReservation {
  readonly nodeId: string;
  readonly agentId: string;
  readonly persistenceId: string;
  /** The reservation labels that mark these resources as that node's. */
  readonly labels: Readonly<Record<string, string>>;
  readonly sinceMs: EpochMs;
  /** When DESTROY+UNRESERVE last went out for it; it stays until an offer shows it gone. */
  readonly sentAtMs: EpochMs | null;
}

export interface OpsState {
  readonly version: 1;
  readonly nextSeq: number;
  /** Open items and the most recent finished ones, in seq order. */
  readonly items: readonly OpItem[];
  readonly watches: Readonly<Record<string, NodeWatch>>;
  readonly stale: readonly StaleReservation[];
  /**
   * Replacements whose repair run has not started yet (written by the pass that ends the replace,
   * removed by the repair loop once the run exists). Absent in states stored before it existed.
   */
  readonly repairsDue?: readonly ReplaceRepairDue[];
}

export const EMPTY_OPS_STATE: OpsState = {
  version: 1,
  nextSeq: 1,
  items: [],
  watches: {},
  stale: [],
};

export function enqueue(state: OpsState, specs: readonly NewItem[], now: EpochMs): OpsState {
  if (specs.length === 0) return state;
  const made = specs.map((spec, i) => makeItem(state.nextSeq + i, spec, now));
  return { ...state, nextSeq: state.nextSeq + specs.length, items: [...state.items, ...made] };
}

export function replaceItem(state: OpsState, item: OpItem): OpsState {
  return { ...state, items: state.items.map((i) => (i.id === item.id ? item : i)) };
}

export function findItem(state: OpsState, id: string): OpItem | undefined {
  return state.items.find((i) => i.id === id);
}

/** Ends an item: succeeded, failed or cancelled, with how. */
export function finishItem(
  item: OpItem,
  state: 'succeeded' | 'failed' | 'cancelled',
  result: string,
  now: EpochMs,
): OpItem {
  return { ...item, state, result, notBeforeMs: null, updatedAtMs: now };
}

/** Keeps every open item and the newest `keep` finished ones. */
export function trimFinished(state: OpsState, keep: number): OpsState {
  const finished = state.items
    .filter((i) => i.state !== 'queued' && i.state !== 'running')
    .sort((a, b) => a.updatedAtMs - b.updatedAtMs || a.seq - b.seq);
  if (finished.length <= keep) return state;
  const drop = new Set(finished.slice(0, finished.length - keep).map((i) => i.id));
  return { ...state, items: state.items.filter((i) => !drop.has(i.id)) };
}

/** Adds stale reservations not listed yet (a step sent again must not list one twice). */
export function addStale(state: OpsState, entries: readonly StaleReservation[]): OpsState {
  const key = (s: StaleReservation): string => `${s.agentId}/${s.persistenceId}`;
  const known = new Set(state.stale.map(key));
  const fresh = entries.filter((e) => !known.has(key(e)));
  return fresh.length === 0 ? state : { ...state, stale: [...state.stale, ...fresh] };
}
