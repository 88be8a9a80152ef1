// planOps(input, now): one pass of the ops core. It folds the snapshot into the node watches,
// queues what healing and the node count call for, moves the running item on (or starts the next
// one whose gate passes), and says which nodes reconcile must leave alone and how many records it
// may create. The caller persists `state` before it performs `actions`.
import type { ClusterSpec } from '../cluster.js';
import type { NodeRecord } from '../node.js';
import { isSettled } from '../reconcile.js';
import type { EpochMs } from '../time.js';
import type { OpsAction } from './actions.js';
import { advanceItem } from './advance.js';
import { gateFor, type GateContext } from './gates.js';
import type { KeyspaceRf } from './guard.js';
import { crashLoop, healWork, updateWatches, type Cancel } from './heal.js';
import type { OpsPolicy } from './policy.js';
import {
  candidates,
  describeItem,
  queueBlock,
  runningItem,
  type NewItem,
  type OpItem,
} from './queue.js';
import { observeRing, type Member } from './ring.js';
import { noteRepairsDue } from './repairs-due.js';
import { cleanupDue, scaleWork } from './scale.js';
import {
  addStale,
  enqueue,
  finishItem,
  replaceItem,
  trimFinished,
  type OpsState,
} from './state.js';
import { describePlan, type OpsReport } from './report.js';

export interface OpsInput {
  readonly spec: ClusterSpec;
  readonly state: OpsState;
  readonly nodes: readonly NodeRecord[];
  /** Replication factors in this ring's DC, as a node reported them; null until one has. */
  readonly keyspaces: readonly KeyspaceRf[] | null;
  /** Each node's load (NodeHealth.load_bytes / 2^20). */
  readonly loadsMb: ReadonlyMap<string, number>;
  /** When an offer last carried each node's volume. */
  readonly offeredAtMs: ReadonlyMap<string, EpochMs>;
  readonly reconciliation: 'pending' | 'settled';
  /** This leader's term: a step sent in another term is asked about before it is trusted. */
  readonly leaderTerm: string;
  readonly policy: OpsPolicy;
}

export interface OpsPlan extends OpsReport {
  /** Persist (compare-and-set) before performing `actions`; if the write fails, do nothing. */
  readonly state: OpsState;
  readonly actions: readonly OpsAction[];
  /** nodeId -> why: reconcile must neither launch, retry nor ask offers for these nodes. */
  readonly holds: ReadonlyMap<string, string>;
  /** The node count reconcile should create records for (it lags the spec while scaling up). */
  readonly nodeCount: number;
}

interface Pass {
  readonly input: OpsInput;
  readonly members: readonly Member[];
  readonly now: EpochMs;
}

function applyWork(
  state: OpsState,
  add: readonly NewItem[],
  cancel: readonly Cancel[],
  now: EpochMs,
): OpsState {
  let next = state;
  for (const c of cancel) {
    const item = next.items.find((i) => i.id === c.itemId);
    if (item) next = replaceItem(next, finishItem(item, 'cancelled', c.reason, now));
  }
  return enqueue(next, add, now);
}

function queueWork(state: OpsState, p: Pass): OpsState {
  const { input, now } = p;
  const heal = healWork({ ...input, items: state.items, watches: state.watches, now });
  let next = applyWork(state, heal.enqueue, heal.cancel, now);
  const scale = scaleWork({
    spec: input.spec,
    nodes: input.nodes,
    items: next.items,
    nextSeq: next.nextSeq,
  });
  next = applyWork(next, scale.enqueue, scale.cancel, now);
  const due = input.policy.cleanupAfterScaleUp ? cleanupDue(next.items, p.members) : [];
  const group = `cleanup@${next.nextSeq}`;
  const cleanups = due.map((nodeId): NewItem => ({
    kind: 'cleanup',
    nodeId,
    seed: false,
    origin: 'scale',
    group,
    reason: `clean up ${nodeId} after the scale-up (opt-in)`,
  }));
  return enqueue(next, cleanups, now);
}

function context(p: Pass, state: OpsState, item: OpItem): GateContext {
  const { input } = p;
  return {
    ringName: input.spec.ringName,
    item,
    node: input.nodes.find((n) => n.nodeId === item.nodeId),
    nodes: input.nodes,
    members: p.members,
    watch: state.watches[item.nodeId],
    policy: input.policy,
    term: input.leaderTerm,
    now: p.now,
    keyspaces: input.keyspaces,
    loadsMb: input.loadsMb,
    spec: input.spec,
    gate: (gated) => gateFor({ ...context(p, state, gated), item: gated }),
  };
}

/** The first queued item, in priority order, that the queue and its gate let start. */
function admit(state: OpsState, p: Pass, waits: Map<string, string>): OpItem | null {
  for (const item of candidates(state.items)) {
    const block = queueBlock(item, state.items, p.now);
    if (block !== null) {
      waits.set(item.id, block);
      continue;
    }
    const gate = gateFor(context(p, state, item));
    if (gate.kind === 'ok')
      return {
        ...item,
        state: 'running',
        notBeforeMs: null,
        stepSinceMs: p.now,
        updatedAtMs: p.now,
      };
    waits.set(item.id, gate.reason);
  }
  return null;
}

interface Run {
  readonly state: OpsState;
  readonly actions: readonly OpsAction[];
  readonly waits: ReadonlyMap<string, string>;
}

/** Moves the running item; when it ends or yields, starts the next and moves that one too. */
function runQueue(start: OpsState, p: Pass): Run {
  let state = start;
  const actions: OpsAction[] = [];
  const waits = new Map<string, string>();
  for (let round = 0; round < 6; round++) {
    const running = runningItem(state.items) ?? admit(state, p, waits);
    if (running === null) break;
    const moved = advanceItem(context(p, state, running));
    state = replaceItem(state, moved.item);
    state = addStale(state, moved.stale);
    actions.push(...moved.actions);
    if (moved.waiting !== null) waits.set(moved.item.id, moved.waiting);
    if (moved.item.state === 'running') break;
  }
  const holder = runningItem(state.items);
  for (const item of candidates(state.items)) {
    if (holder && !waits.has(item.id))
      waits.set(item.id, `waits for ${holder.nodeId}: ${describeItem(holder)} runs first`);
  }
  return { state, actions, waits };
}

/** Steps in which reconcile launches or watches the node for the running item. */
function isReconcileTurn(item: OpItem): boolean {
  if (item.step === 'relaunch') return item.stepStatus === 'sent';
  return item.step === 'launch' || item.step === 'await-up';
}

function holdsFor(
  state: OpsState,
  p: Pass,
  waits: ReadonlyMap<string, string>,
): Map<string, string> {
  const holds = new Map<string, string>();
  const running = runningItem(state.items);
  for (const node of p.input.nodes) {
    if (node.goal !== 'Running' || isSettled(node, p.input.nodes)) continue;
    if (running?.nodeId === node.nodeId && isReconcileTurn(running)) continue;
    const own = state.items.find(
      (i) => i.nodeId === node.nodeId && (i.state === 'queued' || i.state === 'running'),
    );
    const loop = crashLoop(state.watches[node.nodeId], p.input.policy.crashLoop, p.now);
    const wait = loop ? `${node.nodeId} ${loop.reason}` : own && (waits.get(own.id) ?? own.step);
    // The wait first: it is what an operator reads in the plan (the CLI's `plan show`).
    const why = own
      ? `${wait ?? own.step} [ops queue: ${describeItem(own)}]`
      : 'held by the ops queue: no operation has reached it yet';
    holds.set(node.nodeId, why);
  }
  return holds;
}

/**
 * Records reconcile may create: all at once for a new ring (seeds are assigned then), else only
 * the node of the running scale-up. Pass it to reconcile as the spec's nodeCount.
 */
export function effectiveNodeCount(
  spec: Pick<ClusterSpec, 'nodeCount'>,
  nodes: readonly NodeRecord[],
  items: readonly OpItem[],
): number {
  if (nodes.length === 0) return spec.nodeCount;
  // A node on its way out never counts: once forgotten its index must not come back by itself.
  const indexes = nodes.filter((n) => n.goal !== 'Decommissioned').map((n) => n.index);
  const running = runningItem(items);
  if (running?.kind === 'scale-up' || running?.kind === 'bootstrap') {
    indexes.push(Number(running.nodeId.slice(running.nodeId.lastIndexOf('-') + 1)));
  }
  return Math.min(spec.nodeCount, Math.max(-1, ...indexes) + 1);
}

export function planOps(input: OpsInput, now: EpochMs): OpsPlan {
  const members = observeRing(input.nodes);
  const p: Pass = { input, members, now };
  const watched: OpsState = {
    ...input.state,
    watches: updateWatches(input.state.watches, input.nodes, now, input.policy),
  };
  const settled = input.reconciliation === 'settled';
  const run: Run = settled
    ? runQueue(queueWork(watched, p), p)
    : {
        state: watched,
        actions: [],
        waits: new Map([['*', 'waiting for task reconciliation with the master']]),
      };
  const ended = noteRepairsDue(input.state, run.state, input.policy.repairAfterReplace, now);
  const state = trimFinished(ended, input.policy.keepFinished);
  return {
    state,
    actions: run.actions,
    holds: holdsFor(state, p, run.waits),
    nodeCount: effectiveNodeCount(input.spec, input.nodes, state.items),
    ...describePlan({ before: input.state, after: state, members, waits: run.waits, input, now }),
  };
}
