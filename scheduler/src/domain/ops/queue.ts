// The ring's serial queue of disruptive work, as persisted in ZooKeeper: one item per node and
// operation, the step it stands at, and the rules for which queued item may start. At most one
// item runs per ring; rings have a queue each and never wait for one another. Kind, state, step
// and origin names are persisted: add, never rename.
import type { EpochMs } from '../time.js';

export type OpKind =
  | 'bootstrap'
  | 'restart'
  | 'replace'
  | 'scale-up'
  | 'decommission'
  | 'rolling-restart'
  | 'repair'
  | 'cleanup';

/** Who asked: healing, an operator (API), a config change, the node count, or the repair loop. */
export type OpOrigin = 'heal' | 'operator' | 'config' | 'scale' | 'repair';

export type ItemState = 'queued' | 'running' | 'succeeded' | 'failed' | 'cancelled';

export type StepName =
  | 'launch'
  | 'drain'
  | 'relaunch'
  | 'await-up'
  | 'retire'
  | 'update-seeds'
  | 'decommission'
  | 'kill'
  | 'forget'
  | 'cleanup'
  | 'repair';

/**
 * - `pending`: nothing sent for this step yet (or the executor said it never got it).
 * - `sent`: the step's command went out; `confirmedTerm` says which leader last knew it first-hand.
 * - `query`: a new leader found it `sent` and is asking the executor where it stands.
 */
export type StepStatus = 'pending' | 'sent' | 'query';

/** Each kind's steps in order. A node that fails while coming up goes back to `relaunch`. */
export const STEPS: Readonly<Record<OpKind, readonly StepName[]>> = {
  bootstrap: ['launch', 'await-up'],
  'scale-up': ['launch', 'await-up'],
  restart: ['drain', 'relaunch', 'await-up'],
  'rolling-restart': ['drain', 'relaunch', 'await-up'],
  replace: ['retire', 'launch', 'await-up', 'update-seeds'],
  decommission: ['decommission', 'kill', 'forget', 'update-seeds'],
  cleanup: ['cleanup'],
  repair: ['repair'],
};

/** The node a replace takes over from: its address is the replacement's replace_address. */
export interface ReplacedNode {
  readonly address: string;
  readonly agentId: string;
}

export interface OpItem {
  /** "op-<seq>": unique in the ring, and the prefix of every executor request id it sends. */
  readonly id: string;
  readonly seq: number;
  readonly kind: OpKind;
  readonly nodeId: string;
  /** The node was a seed when the item was made: a replace or decommission updates seed lists. */
  readonly seed: boolean;
  readonly origin: OpOrigin;
  /** Items of one change or one scale run start in seq order. */
  readonly group: string | null;
  readonly state: ItemState;
  readonly step: StepName;
  readonly stepStatus: StepStatus;
  readonly stepSinceMs: EpochMs;
  /** How many times the current step was sent. */
  readonly attempts: number;
  readonly confirmedTerm: string | null;
  /** A queued item does not start before this (crash-loop backoff). */
  readonly notBeforeMs: EpochMs | null;
  /** Rolling restarts: the config version the node must end up running. */
  readonly configVersion: string | null;
  readonly replaced: ReplacedNode | null;
  /** Update-seeds: the nodes whose executors confirmed the new seed list. */
  readonly acked: readonly string[];
  /** Why the item exists. */
  readonly reason: string;
  /** What exactly changed, for rolling restarts ("cassandra.heapMb 512 -> 1024"). */
  readonly details: readonly string[];
  /** How it ended, once it has. */
  readonly result: string | null;
  readonly createdAtMs: EpochMs;
  readonly updatedAtMs: EpochMs;
}

export interface NewItem {
  readonly kind: OpKind;
  readonly nodeId: string;
  readonly seed: boolean;
  readonly origin: OpOrigin;
  readonly reason: string;
  readonly group?: string | null;
  readonly details?: readonly string[];
  readonly configVersion?: string | null;
  readonly replaced?: ReplacedNode | null;
}

export function makeItem(seq: number, spec: NewItem, now: EpochMs): OpItem {
  const first = STEPS[spec.kind][0] ?? 'launch';
  return {
    id: `op-${seq}`,
    seq,
    kind: spec.kind,
    nodeId: spec.nodeId,
    seed: spec.seed,
    origin: spec.origin,
    group: spec.group ?? null,
    state: 'queued',
    step: first,
    stepStatus: 'pending',
    stepSinceMs: now,
    attempts: 0,
    confirmedTerm: null,
    notBeforeMs: null,
    configVersion: spec.configVersion ?? null,
    replaced: spec.replaced ?? null,
    acked: [],
    reason: spec.reason,
    details: spec.details ?? [],
    result: null,
    createdAtMs: now,
    updatedAtMs: now,
  };
}

export function isOpen(item: OpItem): boolean {
  return item.state === 'queued' || item.state === 'running';
}

export function runningItem(items: readonly OpItem[]): OpItem | undefined {
  return items.find((i) => i.state === 'running');
}

/** The open item of `kind` for `nodeId`, if any. */
export function openItemFor(
  items: readonly OpItem[],
  nodeId: string,
  kinds: readonly OpKind[],
): OpItem | undefined {
  return items.find((i) => isOpen(i) && i.nodeId === nodeId && kinds.includes(i.kind));
}

/** The item at the start of `step`: nothing sent for it yet. */
export function enterStep(item: OpItem, step: StepName, now: EpochMs): OpItem {
  return {
    ...item,
    step,
    stepStatus: 'pending',
    stepSinceMs: now,
    attempts: 0,
    confirmedTerm: null,
    acked: [],
    updatedAtMs: now,
  };
}

/** The step after `step` in the item's kind; `relaunch` always leads to `await-up`. */
export function nextStep(kind: OpKind, step: StepName): StepName | null {
  if (step === 'relaunch') return 'await-up';
  const steps = STEPS[kind];
  return steps[steps.indexOf(step) + 1] ?? null;
}

/**
 * Lower starts first: bringing a down node back beats everything, replacing one comes next,
 * planned work after that, cleanup later, and repair only when nothing else is queued.
 */
export function priority(item: OpItem): number {
  switch (item.kind) {
    case 'restart':
      return item.origin === 'heal' ? 0 : 3;
    case 'replace':
      return 1;
    case 'bootstrap':
      return 2;
    case 'scale-up':
    case 'decommission':
    case 'rolling-restart':
      return 3;
    case 'cleanup':
      return 4;
    case 'repair':
      return 5;
  }
}

/** Queued items in the order the queue considers them. */
export function candidates(items: readonly OpItem[]): OpItem[] {
  return items
    .filter((i) => i.state === 'queued')
    .sort((a, b) => priority(a) - priority(b) || a.seq - b.seq);
}

export function describeItem(item: OpItem): string {
  return `${item.kind} of ${item.nodeId} (${item.id})`;
}

/**
 * Why a queued item may not start now, whatever the ring looks like; null when only its gate
 * (the availability guard and friends) is left to ask. The running item is checked by the caller.
 */
export function queueBlock(item: OpItem, items: readonly OpItem[], now: EpochMs): string | null {
  if (item.notBeforeMs !== null && now < item.notBeforeMs) {
    return `backing off until ${new Date(item.notBeforeMs).toISOString()}`;
  }
  if (item.group !== null) {
    const before = items.find((i) => isOpen(i) && i.group === item.group && i.seq < item.seq);
    if (before) return `waits for ${describeItem(before)} of the same ${item.origin} change`;
  }
  if (item.kind === 'repair') {
    const other = items.find((i) => isOpen(i) && i.kind !== 'repair');
    if (other) return `repair waits for ${describeItem(other)} (${other.state})`;
  }
  return null;
}
