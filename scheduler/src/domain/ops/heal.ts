// Healing: which nodes are down, which of them to restart in place (same agent, same reservation
// and volume) and which to replace (their reservation has not been offered for replaceAfterMs),
// and when a node is crash-looping (N failures within a window: back off exponentially, report).
import type { NodeRecord } from '../node.js';
import { classifyTaskState } from '../task-state.js';
import { epochMs, type EpochMs } from '../time.js';
import type { CrashLoopPolicy, OpsPolicy } from './policy.js';
import { isOpen, openItemFor, type NewItem, type OpItem } from './queue.js';
import { isRingNode } from './ring.js';
import type { NodeWatch } from './state.js';

const iso = (ms: number): string => new Date(ms).toISOString();

export function isUnreachable(node: NodeRecord): boolean {
  return node.lastTaskState !== null && classifyTaskState(node.lastTaskState) === 'unreachable';
}

/** Wanted running, holds ranges, and has no Cassandra running (or its agent is cut off). */
export function isDown(node: NodeRecord): boolean {
  if (node.goal !== 'Running' || !isRingNode(node)) return false;
  return (
    node.phase === 'Failed' ||
    node.phase === 'Pending' ||
    node.phase === 'Stopped' ||
    isUnreachable(node)
  );
}

function watchOf(
  prev: NodeWatch | undefined,
  node: NodeRecord,
  now: EpochMs,
  windowMs: number,
): NodeWatch {
  const failures = [...(prev?.failuresMs ?? [])];
  const last = node.lastFailureAtMs;
  if (last !== null && !failures.includes(last)) failures.push(last);
  const recent = failures.filter((t) => now - t <= windowMs).sort((a, b) => a - b);
  return {
    downSinceMs: isDown(node) ? (prev?.downSinceMs ?? now) : null,
    failuresMs: recent,
  };
}

/** Folds the current records into the watches; nodes with nothing to remember are dropped. */
export function updateWatches(
  prev: Readonly<Record<string, NodeWatch>>,
  nodes: readonly NodeRecord[],
  now: EpochMs,
  policy: Pick<OpsPolicy, 'crashLoop'>,
): Record<string, NodeWatch> {
  const next: Record<string, NodeWatch> = {};
  for (const node of nodes) {
    const watch = watchOf(prev[node.nodeId], node, now, policy.crashLoop.windowMs);
    if (watch.downSinceMs !== null || watch.failuresMs.length > 0) next[node.nodeId] = watch;
  }
  return next;
}

export interface CrashLoop {
  readonly failures: number;
  readonly nextTryAtMs: EpochMs;
  readonly reason: string;
}

/** Null unless the node failed `policy.failures` times within the window. */
export function crashLoop(
  watch: NodeWatch | undefined,
  policy: CrashLoopPolicy,
  now: EpochMs,
): CrashLoop | null {
  const recent = (watch?.failuresMs ?? []).filter((t) => now - t <= policy.windowMs);
  const last = recent[recent.length - 1];
  if (last === undefined || recent.length < policy.failures) return null;
  const exponent = Math.min(recent.length - policy.failures, 30);
  const delay = Math.min(policy.maxBackoffMs, policy.backoffMs * 2 ** exponent);
  const nextTryAtMs = epochMs(last + delay);
  const minutes = Math.round(policy.windowMs / 60_000);
  const reason = `crash-looping: ${recent.length} failures within ${minutes} min; next relaunch at ${iso(nextTryAtMs)}`;
  return { failures: recent.length, nextTryAtMs, reason };
}

export interface ReplaceDue {
  readonly sinceMs: EpochMs;
  readonly reason: string;
}

/**
 * A down node is replaced once nothing has offered its reservation for replaceAfterMs: its agent
 * is unreachable (or gone), or the node has waited for its own resources that long. A node that
 * crash-loops on a live agent is backed off and reported instead: a new node would not help.
 */
export function replaceDue(
  node: NodeRecord,
  watch: NodeWatch | undefined,
  offeredAtMs: EpochMs | undefined,
  policy: Pick<OpsPolicy, 'replaceAfterMs'>,
  now: EpochMs,
): ReplaceDue | null {
  if (!isDown(node) || node.placement === null) return null;
  const agent = node.placement.agentId;
  if (isUnreachable(node)) {
    const since = watch?.downSinceMs ?? null;
    if (since === null || now - since < policy.replaceAfterMs) return null;
    return { sinceMs: since, reason: `agent ${agent} unreachable since ${iso(since)}` };
  }
  if (node.phase !== 'Pending') return null;
  const since = epochMs(Math.max(node.phaseSinceMs, offeredAtMs ?? 0));
  if (now - since < policy.replaceAfterMs) return null;
  return {
    sinceMs: since,
    reason: `no offer of its reservation on agent ${agent} since ${iso(since)}`,
  };
}

export interface HealInput {
  readonly nodes: readonly NodeRecord[];
  readonly items: readonly OpItem[];
  readonly watches: Readonly<Record<string, NodeWatch>>;
  /** When an offer last carried each node's volume (the runtime's memory; may be empty). */
  readonly offeredAtMs: ReadonlyMap<string, EpochMs>;
  readonly policy: OpsPolicy;
  readonly now: EpochMs;
}

export interface Cancel {
  readonly itemId: string;
  readonly reason: string;
}

export interface HealWork {
  readonly enqueue: readonly NewItem[];
  readonly cancel: readonly Cancel[];
}

function replaceWork(node: NodeRecord, due: ReplaceDue, items: readonly OpItem[]): HealWork {
  if (openItemFor(items, node.nodeId, ['replace'])) return { enqueue: [], cancel: [] };
  const reason = `replace ${node.nodeId}: ${due.reason}`;
  const cancel = items
    .filter((i) => isOpen(i) && i.nodeId === node.nodeId && i.kind !== 'decommission')
    .map((i) => ({ itemId: i.id, reason: `superseded: ${reason}` }));
  const placement = node.placement;
  const replaced = placement ? { address: placement.address, agentId: placement.agentId } : null;
  const item: NewItem = {
    kind: 'replace',
    nodeId: node.nodeId,
    seed: node.seed,
    origin: 'heal',
    reason,
    replaced,
  };
  return { enqueue: [item], cancel };
}

/** Running kinds that bring their own node back when it fails on them. */
const RELAUNCHING: readonly OpItem['kind'][] = [
  'restart',
  'rolling-restart',
  'replace',
  'bootstrap',
  'scale-up',
];

function restartWork(node: NodeRecord, items: readonly OpItem[]): HealWork {
  const handled =
    openItemFor(items, node.nodeId, ['restart', 'replace']) ??
    items.find(
      (i) => i.state === 'running' && i.nodeId === node.nodeId && RELAUNCHING.includes(i.kind),
    );
  if (handled || isUnreachable(node)) return { enqueue: [], cancel: [] };
  const why = node.lastFailureReason ? `: ${node.lastFailureReason}` : '';
  const reason = `restart ${node.nodeId} in place (${node.phase}${why})`;
  return {
    enqueue: [{ kind: 'restart', nodeId: node.nodeId, seed: node.seed, origin: 'heal', reason }],
    cancel: [],
  };
}

/**
 * Queued healing for nodes that came back by themselves (an agent that returned): restarting or
 * replacing a node that runs would only take it down again.
 */
function recovered(input: HealInput): Cancel[] {
  return input.items
    .filter((i) => i.state === 'queued' && i.origin === 'heal')
    .flatMap((i) => {
      const node = input.nodes.find((n) => n.nodeId === i.nodeId);
      if (!node || isDown(node)) return [];
      return [{ itemId: i.id, reason: `${i.nodeId} came back by itself (${node.phase})` }];
    });
}

/** Restart items for down nodes, replace items for lost ones (superseding their restarts). */
export function healWork(input: HealInput): HealWork {
  const enqueue: NewItem[] = [];
  const cancel: Cancel[] = [...recovered(input)];
  for (const node of input.nodes) {
    if (!isDown(node)) continue;
    const watch = input.watches[node.nodeId];
    const due = replaceDue(
      node,
      watch,
      input.offeredAtMs.get(node.nodeId),
      input.policy,
      input.now,
    );
    const work = due ? replaceWork(node, due, input.items) : restartWork(node, input.items);
    enqueue.push(...work.enqueue);
    cancel.push(...work.cancel);
  }
  return { enqueue, cancel };
}
