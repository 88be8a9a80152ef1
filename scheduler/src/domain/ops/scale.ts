// Scaling through config: the node count says how many nodes the ring has. Raising it queues one
// scale-up per new node, lowest index first; lowering it queues one decommission per surplus
// node, highest index first. Changing it back mid-way cancels what has not started; a decommission
// already sent runs to its end (a node is never left half-decommissioned). Also the decommission
// gate (replication factors, seeds, free space) and the opt-in cleanup after a scale-up.
import type { ClusterSpec } from '../cluster.js';
import { nodeId } from '../ids.js';
import type { NodeRecord } from '../node.js';
import { checkAvailability, type GuardAnswer, type KeyspaceRf } from './guard.js';
import type { Cancel } from './heal.js';
import type { OpsPolicy } from './policy.js';
import { isOpen, type NewItem, type OpItem } from './queue.js';
import { isRingNode, type Member } from './ring.js';

export interface ScaleInput {
  readonly spec: Pick<ClusterSpec, 'nodeCount'>;
  readonly nodes: readonly NodeRecord[];
  readonly items: readonly OpItem[];
  /** Names this batch's group (items of one group start in order). */
  readonly nextSeq: number;
}

export interface ScaleWork {
  readonly enqueue: readonly NewItem[];
  readonly cancel: readonly Cancel[];
}

const indexOf = (id: string): number => Number(id.slice(id.lastIndexOf('-') + 1));

/** A decommission that has not sent its command yet can still be called off. */
export function isCancellable(item: OpItem): boolean {
  if (item.state === 'queued') return true;
  return item.state === 'running' && item.step === 'decommission' && item.stepStatus === 'pending';
}

function cancels(input: ScaleInput): Cancel[] {
  const wanted = input.spec.nodeCount;
  const out: Cancel[] = [];
  for (const item of input.items.filter(isOpen)) {
    const index = indexOf(item.nodeId);
    if (item.kind === 'decommission' && index < wanted && isCancellable(item)) {
      out.push({ itemId: item.id, reason: `node count raised to ${wanted}` });
    }
    const joining = item.kind === 'scale-up' || item.kind === 'bootstrap';
    const node = input.nodes.find((n) => n.nodeId === item.nodeId);
    const unlaunched = item.state === 'queued' || (item.step === 'launch' && !node?.placement);
    if (joining && index >= wanted && unlaunched) {
      out.push({ itemId: item.id, reason: `node count lowered to ${wanted}` });
    }
  }
  return out;
}

/**
 * Whether index `i` still has to join: no record, a record on its way out, or a record that never
 * got placed and that no open item looks after (e.g. its scale-up was cancelled, then wanted again).
 */
function needsJoin(node: NodeRecord | undefined, open: readonly OpItem[]): boolean {
  if (!node || node.goal === 'Decommissioned') return true;
  // A node stopped for a restart is still in the ring.
  if (isRingNode(node)) return false;
  return !open.some((o) => o.nodeId === node.nodeId);
}

function additions(input: ScaleInput, cancelled: ReadonlySet<string>): NewItem[] {
  const open = input.items.filter((i) => isOpen(i) && !cancelled.has(i.id));
  const brandNew = !input.nodes.some(isRingNode);
  const group = `scale@${input.nextSeq}`;
  const out: NewItem[] = [];
  for (let i = 0; i < input.spec.nodeCount; i++) {
    const id = nodeId(i);
    if (
      !needsJoin(
        input.nodes.find((n) => n.index === i),
        open,
      )
    )
      continue;
    if (open.some((o) => o.nodeId === id && (o.kind === 'scale-up' || o.kind === 'bootstrap'))) {
      continue;
    }
    const kind = brandNew ? 'bootstrap' : 'scale-up';
    const reason = brandNew
      ? `new ring of ${input.spec.nodeCount} nodes: start ${id}`
      : `node count is ${input.spec.nodeCount}: add ${id}`;
    out.push({ kind, nodeId: id, seed: false, origin: 'scale', reason, group });
  }
  return out;
}

function removals(input: ScaleInput, cancelled: ReadonlySet<string>): NewItem[] {
  const wanted = input.spec.nodeCount;
  const open = input.items.filter((i) => isOpen(i) && !cancelled.has(i.id));
  return input.nodes
    .filter((n) => n.goal !== 'Decommissioned' && n.index >= wanted)
    .filter((n) => !open.some((o) => o.nodeId === n.nodeId && o.kind === 'decommission'))
    .sort((a, b) => b.index - a.index)
    .map((n) => ({
      kind: 'decommission' as const,
      nodeId: n.nodeId,
      seed: n.seed,
      origin: 'scale' as const,
      reason: `node count is ${wanted}: decommission ${n.nodeId}`,
      group: `scale@${input.nextSeq}`,
    }));
}

/** Items to add and cancel so that the queue converges on `spec.nodeCount` nodes. */
export function scaleWork(input: ScaleInput): ScaleWork {
  const cancel = cancels(input);
  const cancelled = new Set(cancel.map((c) => c.itemId));
  return { enqueue: [...additions(input, cancelled), ...removals(input, cancelled)], cancel };
}

export interface DecommissionGateInput {
  readonly target: NodeRecord;
  readonly members: readonly Member[];
  /** Null until a node has reported them. */
  readonly keyspaces: readonly KeyspaceRf[] | null;
  readonly loadsMb: ReadonlyMap<string, number>;
  readonly spec: Pick<ClusterSpec, 'seedCount' | 'node'>;
  readonly policy: Pick<OpsPolicy, 'maxDiskFill'>;
}

function wait(target: NodeRecord, reason: string): GuardAnswer {
  return { kind: 'wait', nodeId: target.nodeId, status: 'UN', reason };
}

function rfProblem(input: DecommissionGateInput, left: number): string | null {
  const widest = [...(input.keyspaces ?? [])].sort((a, b) => b.rf - a.rf)[0];
  if (widest === undefined || left >= widest.rf) return null;
  return `decommissioning ${input.target.nodeId} would leave ${left} nodes, below keyspace ${widest.name}'s RF ${widest.rf}`;
}

function seedProblem(input: DecommissionGateInput, left: number): string | null {
  if (!input.target.seed) return null;
  const seedsLeft = input.members.filter((m) => m.seed && m.nodeId !== input.target.nodeId).length;
  const needed = Math.max(1, Math.min(input.spec.seedCount, left));
  if (seedsLeft >= needed) return null;
  return `${input.target.nodeId} is a seed still needed: ${seedsLeft} seeds would remain, the ring wants ${needed}`;
}

/**
 * Free space: the leaving node's data spreads over the others. Each is assumed to receive an even
 * share (vnodes spread it evenly enough) and must stay under maxDiskFill of its disk.
 */
function spaceProblem(input: DecommissionGateInput, rest: readonly Member[]): string | null {
  const leaving = input.loadsMb.get(input.target.nodeId);
  const unknown = [input.target.nodeId, ...rest.map((m) => m.nodeId)].find(
    (id) => !input.loadsMb.has(id),
  );
  if (unknown !== undefined || leaving === undefined)
    return `no load report from ${unknown ?? input.target.nodeId} yet`;
  const limitMb = input.spec.node.diskMb * input.policy.maxDiskFill;
  for (const m of rest) {
    const projected = (input.loadsMb.get(m.nodeId) ?? 0) + leaving / rest.length;
    if (projected > limitMb) {
      const pct = Math.round(input.policy.maxDiskFill * 100);
      return `${m.nodeId} would hold about ${Math.round(projected)} MB of its ${input.spec.node.diskMb} MB disk (limit ${pct}%)`;
    }
  }
  return null;
}

/** Before a decommission: replication factors, seeds, free space, then the availability guard. */
export function decommissionGate(input: DecommissionGateInput): GuardAnswer {
  const { target } = input;
  if (!isRingNode(target)) return { kind: 'ok', notes: [`${target.nodeId} never joined the ring`] };
  if (input.keyspaces === null) return wait(target, 'replication factors not reported yet');
  const rest = input.members.filter((m) => m.nodeId !== target.nodeId);
  const problem =
    rfProblem(input, rest.length) ?? seedProblem(input, rest.length) ?? spaceProblem(input, rest);
  if (problem !== null) return wait(target, problem);
  return checkAvailability({
    target: target.nodeId,
    purpose: 'decommission',
    members: input.members,
    keyspaces: input.keyspaces,
  });
}

/**
 * Nodes that gave ranges away in the last scale-up and have not been cleaned since. Cleanup is
 * opt-in (the design warns against running it automatically): the plan offers it otherwise.
 */
export function cleanupDue(items: readonly OpItem[], members: readonly Member[]): string[] {
  if (items.some((i) => isOpen(i) && i.kind === 'scale-up')) return [];
  const grown = items.filter((i) => i.kind === 'scale-up' && i.state === 'succeeded');
  const last = grown.reduce((max, i) => Math.max(max, i.seq), 0);
  if (last === 0) return [];
  const added = new Set(grown.map((i) => i.nodeId));
  const cleaned = new Set(
    items.filter((i) => i.kind === 'cleanup' && i.seq > last).map((i) => i.nodeId),
  );
  return members.map((m) => m.nodeId).filter((id) => !added.has(id) && !cleaned.has(id));
}
