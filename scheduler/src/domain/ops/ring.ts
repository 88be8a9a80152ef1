// The ring as `nodetool status` would show it, derived from our node records and the health their
// executors report: for each member, up or down (U/D) and normal, joining, leaving or moving
// (N/J/L/M), with the evidence. Guards and steps decide from this view.
import { endpointHost, type NodeHealthView } from '../health.js';
import type { NodeRecord } from '../node.js';
import { classifyTaskState } from '../task-state.js';

export type Liveness = 'U' | 'D';
export type RingState = 'N' | 'J' | 'L' | 'M';
export type MemberStatus = `${Liveness}${RingState}`;

export interface Member {
  readonly nodeId: string;
  readonly index: number;
  readonly seed: boolean;
  /** What Cassandra knows it by: the replaced address while a replacement has none of its own. */
  readonly address: string;
  readonly status: MemberStatus;
  /** The evidence for a status other than UN, e.g. "task failed (TASK_FAILED)". */
  readonly why: string;
}

/** A node that holds (or is about to take over) ranges: placed, or replacing a placed node. */
export function isRingNode(node: NodeRecord): boolean {
  return (
    (node.placement !== null || node.replaceAddress !== null) && node.phase !== 'Decommissioned'
  );
}

export function memberAddress(node: NodeRecord): string {
  return node.placement?.address ?? node.replaceAddress ?? '';
}

const RUNNING_PHASES: readonly NodeRecord['phase'][] = [
  'Starting',
  'Up',
  'Draining',
  'Decommissioning',
];

/**
 * Whether a report can speak for its node. Its age is no evidence: the scheduler keeps a report
 * until one with different content arrives, so a steady node's report looks old. Liveness comes
 * from Mesos (task states, unreachable agents) and from the peers' gossip view instead.
 */
function isUsable(health: NodeHealthView | null): boolean {
  return health !== null && health.problem === '';
}

const lists = (list: readonly string[], address: string): boolean =>
  list.some((e) => endpointHost(e) === address);

/** Why the node counts as down, or null when it is up. */
function downBecause(node: NodeRecord, peers: readonly NodeRecord[]): string | null {
  const state = node.lastTaskState;
  const taskClass = state === null ? null : classifyTaskState(state);
  if (taskClass === 'unreachable') return 'agent unreachable';
  if (taskClass === 'stopping') return 'task being killed';
  if (!RUNNING_PHASES.includes(node.phase)) {
    return `node is ${node.phase}${node.lastFailureReason ? ` (${node.lastFailureReason})` : ''}`;
  }
  const health = node.health;
  if (health === null) return 'no health report yet';
  if (health.problem !== '') return `probe failed: ${health.problem}`;
  if (!health.gossipRunning) return `gossip not running (${health.operationMode || 'no mode'})`;
  const address = memberAddress(node);
  const witness = peers.find(
    (p) =>
      p.phase === 'Up' && isUsable(p.health) && lists(p.health?.unreachableNodes ?? [], address),
  );
  return witness ? `${witness.nodeId} sees it unreachable` : null;
}

const MODE_STATE: Readonly<Record<string, RingState>> = {
  NORMAL: 'N',
  DRAINING: 'N',
  DRAINED: 'N',
  STARTING: 'J',
  JOINING: 'J',
  LEAVING: 'L',
  DECOMMISSIONED: 'L',
  DECOMMISSION_FAILED: 'L',
  MOVING: 'M',
};

function ringState(node: NodeRecord, peers: readonly NodeRecord[]): RingState {
  const address = memberAddress(node);
  if (peers.some((p) => lists(p.health?.joiningNodes ?? [], address))) return 'J';
  const mode = node.health?.operationMode ?? '';
  const known = MODE_STATE[mode];
  if (known !== undefined) return known;
  if (node.phase === 'Decommissioning') return 'L';
  // Without a word from Cassandra: a first boot or a replacement joins; a restart is a normal node.
  return node.launchMode === 'restart' ? 'N' : 'J';
}

/** Every ring node with its status, by index. */
export function observeRing(nodes: readonly NodeRecord[]): Member[] {
  const ring = nodes.filter(isRingNode).sort((a, b) => a.index - b.index);
  return ring.map((node) => {
    const peers = ring.filter((p) => p.nodeId !== node.nodeId);
    const down = downBecause(node, peers);
    const state = ringState(node, peers);
    const status: MemberStatus = `${down === null ? 'U' : 'D'}${state}`;
    const why =
      down ?? (state === 'N' ? '' : `operation mode ${node.health?.operationMode ?? '?'}`);
    return {
      nodeId: node.nodeId,
      index: node.index,
      seed: node.seed,
      address: memberAddress(node),
      status,
      why,
    };
  });
}

export function isUpNormal(member: Member): boolean {
  return member.status === 'UN';
}
