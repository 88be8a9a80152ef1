// Builders for ops tests: rings of node records whose health agrees with one another, items,
// and a planOps input with test defaults, so a table case states only what it is about.
import { EXECUTOR, health, spec as ringSpec, T0 } from '../../../testing/builders.js';
import type { ClusterSpec } from '../../cluster.js';
import { newNodeRecord, type NodeRecord, type Placement } from '../../node.js';
import { epochMs, type EpochMs } from '../../time.js';
import type { RunningConfig } from '../change-fields.js';
import type { KeyspaceRf } from '../guard.js';
import type { OpsInput } from '../plan.js';
import { DEFAULT_OPS_POLICY, type OpsPolicy } from '../policy.js';
import { makeItem, type NewItem, type OpItem } from '../queue.js';
import { EMPTY_OPS_STATE, type OpsState } from '../state.js';

export { T0 };
export const SECOND = 1000;
export const MINUTE = 60 * SECOND;
export const TERM = 'term-1';

export function later(ms: number, base: EpochMs = T0): EpochMs {
  return epochMs(base + ms);
}

export const addressOf = (index: number): string => `10.0.0.${index + 1}`;

export function placement(index: number, agentId = `agent-${index}`): Placement {
  return {
    agentId,
    hostname: `host-${agentId}`,
    address: addressOf(index),
    rack: 'rack1',
    persistenceId: `ring1.node-${index}.volume.l${index}`,
    volumePath: 'data',
    reservedResources: [],
  };
}

/** A node that is Up and NORMAL and sees the given addresses live. */
export function upNode(
  index: number,
  live: readonly string[],
  overrides: Partial<NodeRecord> = {},
): NodeRecord {
  return {
    ...newNodeRecord(`node-${index}`, index, index < 3, T0),
    phase: 'Up',
    placement: placement(index),
    taskId: `node-${index}.task.t1`,
    executorId: `node-${index}.executor.t1`,
    lastTaskState: 'TASK_RUNNING',
    launchMode: 'restart',
    configVersion: 'v1',
    health: health({ liveNodes: live.map((a) => `/${a}:7000`) }),
    ...overrides,
  };
}

/** `count` Up nodes that all see one another; `changes` overrides some of them by index. */
export function ring(
  count: number,
  changes: Readonly<Record<number, Partial<NodeRecord>>> = {},
): NodeRecord[] {
  const live = Array.from({ length: count }, (_, i) => addressOf(i));
  return live.map((_, i) => upNode(i, live, changes[i] ?? {}));
}

/** A node whose Cassandra died: task failed, agent still there. */
export function failed(at: EpochMs = T0, reason = 'TASK_FAILED: exited 137'): Partial<NodeRecord> {
  return {
    phase: 'Failed',
    phaseSinceMs: at,
    lastTaskState: 'TASK_FAILED',
    failureCount: 1,
    lastFailureAtMs: at,
    lastFailureReason: reason,
  };
}

/** A node whose agent is cut off: Mesos says TASK_UNREACHABLE, the record keeps its phase. */
export const unreachable: Partial<NodeRecord> = { lastTaskState: 'TASK_UNREACHABLE' };

/** Every Up node in `nodes` reports `address` unreachable instead of live. */
export function seenDown(nodes: readonly NodeRecord[], address: string): NodeRecord[] {
  return nodes.map((n) => {
    if (n.health === null || n.placement?.address === address) return n;
    const liveNodes = n.health.liveNodes.filter((e) => !e.includes(`/${address}:`));
    return { ...n, health: { ...n.health, liveNodes, unreachableNodes: [`/${address}:7000`] } };
  });
}

export const KEYSPACES: readonly KeyspaceRf[] = [
  { name: 'shop', rf: 3 },
  { name: 'system_distributed', rf: 3 },
];

export const TEST_POLICY: OpsPolicy = { ...DEFAULT_OPS_POLICY, replaceAfterMs: 30 * SECOND };

export function item(
  spec: Partial<NewItem> & Pick<NewItem, 'kind' | 'nodeId'>,
  seq = 1,
  overrides: Partial<OpItem> = {},
): OpItem {
  const made = makeItem(seq, { seed: false, origin: 'operator', reason: 'test', ...spec }, T0);
  return { ...made, ...overrides };
}

export function stateWith(items: readonly OpItem[], overrides: Partial<OpsState> = {}): OpsState {
  const nextSeq = items.reduce((m, i) => Math.max(m, i.seq), 0) + 1;
  return { ...EMPTY_OPS_STATE, items, nextSeq, ...overrides };
}

export function spec(overrides: Partial<ClusterSpec> = {}): ClusterSpec {
  return ringSpec(overrides);
}

export function running(overrides: Partial<ClusterSpec> = {}): RunningConfig {
  return { ring: spec(overrides), executor: EXECUTOR };
}

export function input(overrides: Partial<OpsInput> = {}): OpsInput {
  const nodes = overrides.nodes ?? ring(3);
  return {
    spec: spec(),
    state: EMPTY_OPS_STATE,
    nodes,
    keyspaces: KEYSPACES,
    loadsMb: new Map(nodes.map((n) => [n.nodeId, 100])),
    offeredAtMs: new Map(),
    reconciliation: 'settled',
    leaderTerm: TERM,
    policy: TEST_POLICY,
    ...overrides,
  };
}

/** The same nodes with every health report taken at `now` (reports older than a minute are void). */
export function probedAt(nodes: readonly NodeRecord[], now: EpochMs): NodeRecord[] {
  return nodes.map((n) => (n.health ? { ...n, health: { ...n.health, probedAtMs: now } } : n));
}
