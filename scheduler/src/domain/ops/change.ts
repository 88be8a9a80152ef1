// validateChange(running, proposed, context): a config change is either rejected with clear
// errors (nothing changes) or becomes a plan: which nodes restart and why, one at a time, seeds
// last; what waits for each node's next restart (executor settings: an upgrade of the framework
// never restarts Cassandra); how the node count moves. The plan is a plain serialisable value: it
// backs GET /v1/config/diff and `config diff` as well as the change itself.
import type { NodeRecord } from '../node.js';
import type { EpochMs } from '../time.js';
import {
  describeChange,
  executorChanges,
  fixedChanges,
  ringChanges,
  type FieldChange,
  type RunningConfig,
} from './change-fields.js';
import type { KeyspaceRf } from './guard.js';
import { isOpen, type NewItem, type OpItem } from './queue.js';
import { enqueue, finishItem, replaceItem, type OpsState } from './state.js';

export type ChangeErrorCode =
  'IMMUTABLE' | 'DISK_SHRINK' | 'DISK_GROW' | 'RACK_OF_RUNNING_NODE' | 'BELOW_REPLICATION_FACTOR';

export interface ChangeError {
  readonly key: string;
  readonly code: ChangeErrorCode;
  readonly message: string;
}

export interface NodeRestart {
  readonly nodeId: string;
  readonly seed: boolean;
  /** 1-based position in the rolling order. */
  readonly order: number;
  readonly reasons: readonly string[];
}

export interface ScaleChange {
  readonly from: number;
  readonly to: number;
  readonly add: readonly string[];
  /** Highest index first: the order they are decommissioned in. */
  readonly remove: readonly string[];
}

export interface ConfigDiff {
  readonly changes: readonly FieldChange[];
  readonly restarts: readonly NodeRestart[];
  /** Applied by each node's next restart, never by restarting it for this change. */
  readonly nextRestart: readonly string[];
  readonly scale: ScaleChange | null;
  readonly notes: readonly string[];
}

export type ChangeResult =
  | { readonly ok: true; readonly diff: ConfigDiff }
  | { readonly ok: false; readonly errors: readonly ChangeError[] };

export interface ChangeContext {
  readonly nodes: readonly NodeRecord[];
  /** Null until a node has reported them; the node count is then checked before each decommission. */
  readonly keyspaces: readonly KeyspaceRf[] | null;
  /** The queue: restarts still owed from an earlier change are carried into this one. */
  readonly items: readonly OpItem[];
}

function diskErrors(running: RunningConfig, proposed: RunningConfig): ChangeError[] {
  const from = running.ring.node.diskMb;
  const to = proposed.ring.node.diskMb;
  if (to === from) return [];
  const key = 'node.diskMb';
  if (to < from) {
    return [
      {
        key,
        code: 'DISK_SHRINK',
        message: `${key} cannot shrink (${from} -> ${to} MB): a persistent volume never gets smaller`,
      },
    ];
  }
  return [
    {
      key,
      code: 'DISK_GROW',
      message: `${key} cannot grow on a running ring (${from} -> ${to} MB): existing volumes keep their size`,
    },
  ];
}

function rackErrors(
  running: RunningConfig,
  proposed: RunningConfig,
  nodes: readonly NodeRecord[],
): ChangeError[] {
  const from = running.ring.defaultRack;
  const to = proposed.ring.defaultRack;
  if (from === to) return [];
  return nodes
    .filter((n) => n.placement?.rack === from && n.goal !== 'Decommissioned')
    .map((n) => ({
      key: 'cassandra.defaultRack',
      code: 'RACK_OF_RUNNING_NODE' as const,
      message: `${n.nodeId} runs in rack ${from} (the default rack); a running node cannot move to rack ${to}`,
    }));
}

function rfErrors(proposed: RunningConfig, keyspaces: readonly KeyspaceRf[] | null): ChangeError[] {
  const widest = [...(keyspaces ?? [])].sort((a, b) => b.rf - a.rf)[0];
  const count = proposed.ring.nodeCount;
  if (widest === undefined || count >= widest.rf) return [];
  return [
    {
      key: 'ring.nodeCount',
      code: 'BELOW_REPLICATION_FACTOR',
      message: `ring.nodeCount ${count} is below keyspace ${widest.name}'s replication factor ${widest.rf}`,
    },
  ];
}

function scaleOf(proposed: RunningConfig, nodes: readonly NodeRecord[]): ScaleChange | null {
  const running = nodes.filter((n) => n.goal !== 'Decommissioned').map((n) => n.index);
  const to = proposed.ring.nodeCount;
  const add: string[] = [];
  for (let i = 0; i < to; i++) if (!running.includes(i)) add.push(`node-${i}`);
  const remove = running
    .filter((i) => i >= to)
    .sort((a, b) => b - a)
    .map((i) => `node-${i}`);
  if (add.length === 0 && remove.length === 0) return null;
  return { from: running.length, to, add, remove };
}

/** Restarts still owed by queued rolling restarts of earlier changes, per node. */
function owed(items: readonly OpItem[]): Map<string, readonly string[]> {
  const out = new Map<string, readonly string[]>();
  for (const i of items) {
    if (i.kind === 'rolling-restart' && i.state === 'queued') out.set(i.nodeId, i.details);
  }
  return out;
}

function restartsOf(
  changes: readonly FieldChange[],
  proposed: RunningConfig,
  ctx: ChangeContext,
): NodeRestart[] {
  const ringWide = changes.filter((c) => c.effect === 'restart').map(describeChange);
  const carried = owed(ctx.items);
  const nodes = ctx.nodes
    .filter(
      (n) =>
        n.goal !== 'Decommissioned' && n.placement !== null && n.index < proposed.ring.nodeCount,
    )
    .sort((a, b) => Number(a.seed) - Number(b.seed) || a.index - b.index);
  const out: NodeRestart[] = [];
  for (const n of nodes) {
    const earlier = (carried.get(n.nodeId) ?? []).filter((r) => !ringWide.includes(r));
    const reasons = [...ringWide, ...earlier.map((r) => `${r} (earlier change)`)];
    if (reasons.length > 0)
      out.push({ nodeId: n.nodeId, seed: n.seed, order: out.length + 1, reasons });
  }
  return out;
}

export function validateChange(
  running: RunningConfig,
  proposed: RunningConfig,
  ctx: ChangeContext,
): ChangeResult {
  const errors: ChangeError[] = [
    ...fixedChanges(running.ring, proposed.ring).map((f) => ({ ...f, code: 'IMMUTABLE' as const })),
    ...diskErrors(running, proposed),
    ...rackErrors(running, proposed, ctx.nodes),
    ...rfErrors(proposed, ctx.keyspaces),
  ];
  if (errors.length > 0) return { ok: false, errors };
  const changes = [
    ...ringChanges(running.ring, proposed.ring),
    ...executorChanges(running.executor, proposed.executor),
  ];
  const notes: string[] = [];
  if (running.ring.defaultRack !== proposed.ring.defaultRack)
    notes.push(
      `cassandra.defaultRack ${running.ring.defaultRack} -> ${proposed.ring.defaultRack} applies to nodes placed from now on`,
    );
  if (ctx.keyspaces === null && proposed.ring.nodeCount < running.ring.nodeCount)
    notes.push(
      'replication factors not reported yet: each decommission checks them before it starts',
    );
  const diff: ConfigDiff = {
    changes,
    restarts: restartsOf(changes, proposed, ctx),
    nextRestart: changes.filter((c) => c.effect === 'next-restart').map(describeChange),
    scale: scaleOf(proposed, ctx.nodes),
    notes,
  };
  return { ok: true, diff };
}

/**
 * Queues the rolling restarts of an accepted change. Queued restarts of earlier changes are
 * superseded (their reasons were carried into this plan); one already running finishes, and its
 * node is restarted again only if it did not come back on this change's config.
 */
export function queueChange(
  state: OpsState,
  diff: ConfigDiff,
  configVersion: string,
  now: EpochMs,
): OpsState {
  let next = state;
  for (const item of state.items) {
    if (item.kind === 'rolling-restart' && item.state === 'queued' && isOpen(item)) {
      next = replaceItem(
        next,
        finishItem(item, 'cancelled', `superseded by config ${configVersion}`, now),
      );
    }
  }
  const group = `config@${next.nextSeq}`;
  const items = diff.restarts.map((r): NewItem => ({
    kind: 'rolling-restart',
    nodeId: r.nodeId,
    seed: r.seed,
    origin: 'config',
    group,
    configVersion,
    details: r.reasons.map((x) => x.replace(/ \(earlier change\)$/, '')),
    reason: `config ${configVersion}: restart ${r.nodeId} (${r.order} of ${diff.restarts.length})`,
  }));
  return enqueue(next, items, now);
}
