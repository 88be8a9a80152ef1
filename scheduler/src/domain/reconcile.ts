// reconcile(desired, observed, now) -> Plan: the ordered actions that move the ring towards its
// spec, and one step per node saying where it stands and why. Bootstrap is strictly serial: seeds
// first (lowest index first), then the rest, each waiting until the one before is NORMAL and seen
// UP by every other running node. Never two nodes joining at once, never a timer.
import type { Action, Plan, PlanStep } from './actions.js';
import { isSeedIndex, type ClusterSpec } from './cluster.js';
import { seesUp } from './health.js';
import { nodeId } from './ids.js';
import { newNodeRecord, type NodePhase, type NodeRecord } from './node.js';
import type { NodeDemand } from './offers.js';
import type { EpochMs } from './time.js';

export interface StrayTask {
  readonly taskId: string;
  readonly agentId: string | null;
}

export interface ObservedCluster {
  readonly nodes: readonly NodeRecord[];
  /** No launch before the master has told us about every task we believe in. */
  readonly reconciliation: 'pending' | 'settled';
  readonly offersSuppressed: boolean;
  /** Tasks the master reports that no node record owns. */
  readonly strayTasks: readonly StrayTask[];
  /** nodeId -> why recent offers did not fit it (from summarizeMisses). */
  readonly misses: ReadonlyMap<string, string>;
}

export interface RetryPolicy {
  readonly baseMs: number;
  readonly maxMs: number;
  /** A launch with no status for this long is asked about (it may never have reached Mesos). */
  readonly launchTimeoutMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = {
  baseMs: 10_000,
  maxMs: 300_000,
  launchTimeoutMs: 60_000,
};

export function retryDueAt(node: NodeRecord, policy: RetryPolicy): number {
  const exponent = Math.max(0, node.failureCount - 1);
  const delay = Math.min(policy.maxMs, policy.baseMs * 2 ** Math.min(exponent, 30));
  return (node.lastFailureAtMs ?? 0) + delay;
}

function missingRecords(
  spec: ClusterSpec,
  nodes: readonly NodeRecord[],
  now: EpochMs,
): NodeRecord[] {
  const have = new Set(nodes.map((n) => n.index));
  // Only a brand-new ring gets seeds: a node added later must bootstrap, which seeds never do.
  const brandNew = nodes.length === 0;
  const created: NodeRecord[] = [];
  for (let i = 0; i < spec.nodeCount; i++) {
    if (!have.has(i))
      created.push(newNodeRecord(nodeId(i), i, brandNew && isSeedIndex(spec, i), now));
  }
  return created;
}

/** Seeds first, then by index: the order nodes join in. */
export function joinOrder(nodes: readonly NodeRecord[]): NodeRecord[] {
  return nodes
    .filter((n) => n.goal === 'Running')
    .sort((a, b) => Number(b.seed) - Number(a.seed) || a.index - b.index);
}

/** Up, and every other node that reports health sees it live. */
export function isSettled(node: NodeRecord, nodes: readonly NodeRecord[]): boolean {
  if (node.phase !== 'Up' || node.placement === null) return false;
  const address = node.placement.address;
  return nodes
    .filter((o) => o.nodeId !== node.nodeId && o.phase === 'Up')
    .every((o) => seesUp(o.health, address));
}

export function demandFor(spec: ClusterSpec, node: NodeRecord): NodeDemand {
  return {
    nodeId: node.nodeId,
    node: spec.node,
    executor: spec.executor,
    ports: spec.ports,
    placement: node.placement,
  };
}

interface Front {
  readonly status: PlanStep['status'];
  readonly reason: string;
  readonly actions: readonly Action[];
}

interface FrontInput {
  readonly spec: ClusterSpec;
  readonly node: NodeRecord;
  readonly nodes: readonly NodeRecord[];
  readonly observed: ObservedCluster;
  readonly now: EpochMs;
  readonly policy: RetryPolicy;
}

function pendingFront({ spec, node, observed }: FrontInput): Front {
  const where = node.placement ? `back on agent ${node.placement.agentId}` : 'on a new agent';
  const misses = observed.misses.get(node.nodeId) ?? 'none seen yet';
  return {
    status: 'inProgress',
    reason: `needs an offer ${where}: ${misses}`,
    actions: [
      {
        type: 'wantOffer',
        demand: demandFor(spec, node),
        reason: `${node.nodeId} is next to join`,
      },
    ],
  };
}

function upFront({ node, nodes }: FrontInput): Front {
  const address = node.placement?.address ?? '';
  const blind = nodes
    .filter((o) => o.nodeId !== node.nodeId && o.phase === 'Up' && !seesUp(o.health, address))
    .map((o) => o.nodeId);
  return {
    status: 'inProgress',
    reason: `NORMAL; waiting until ${blind.join(', ')} see it UP`,
    actions: [],
  };
}

function failedFront({ node, now, policy }: FrontInput): Front {
  const due = retryDueAt(node, policy);
  const why = `failed ${node.failureCount}x (${node.lastFailureReason ?? 'unknown'})`;
  if (now < due) {
    return {
      status: 'failed',
      reason: `${why}; retry at ${new Date(due).toISOString()}`,
      actions: [],
    };
  }
  const retry: Action = {
    type: 'retryNode',
    nodeId: node.nodeId,
    reason: `${why}; retry delay over`,
  };
  return { status: 'failed', reason: `${why}; retrying now`, actions: [retry] };
}

const idle = (status: PlanStep['status'], reason: string): Front => ({
  status,
  reason,
  actions: [],
});

function stoppedFront({ node }: FrontInput): Front {
  const retry: Action = {
    type: 'retryNode',
    nodeId: node.nodeId,
    reason: 'stopped, wanted running',
  };
  return {
    status: 'waiting',
    reason: 'stopped; goal is Running, starting it again',
    actions: [retry],
  };
}

function launchingFront({ node, now, policy }: FrontInput): Front {
  const waited = now - node.phaseSinceMs;
  const reason = `launched ${node.taskId ?? '?'}; waiting for it to start`;
  if (waited < policy.launchTimeoutMs || node.taskId === null) return idle('inProgress', reason);
  // The ACCEPT may have been lost: the master's answer (TASK_UNKNOWN, DROPPED, ...) ends the wait.
  const ask: Action = {
    type: 'reconcileTask',
    taskId: node.taskId,
    agentId: node.placement?.agentId ?? null,
    reason: `no status ${Math.round(waited / 1000)} s after the launch`,
  };
  return {
    status: 'inProgress',
    reason: `${reason} (${ask.reason}; asking the master)`,
    actions: [ask],
  };
}

/** What the front node of the join order needs, by its phase. */
const FRONTS: Readonly<Record<NodePhase, (input: FrontInput) => Front>> = {
  Pending: pendingFront,
  Launching: launchingFront,
  Starting: ({ node }) =>
    idle(
      'inProgress',
      `task running, Cassandra not NORMAL yet (${node.health?.operationMode ?? 'no health report yet'})`,
    ),
  Up: upFront,
  Failed: failedFront,
  Stopped: stoppedFront,
  Draining: () => idle('waiting', 'draining'),
  Decommissioning: () => idle('waiting', 'decommissioning'),
  Decommissioned: () => idle('waiting', 'decommissioned'),
};

function step(node: NodeRecord, status: PlanStep['status'], reason: string): PlanStep {
  return { nodeId: node.nodeId, seed: node.seed, phase: node.phase, status, reason };
}

/** Walks nodes in join order: the first one not settled is the front; everyone after waits. */
function walk(
  input: Omit<FrontInput, 'node'> & {
    readonly created: ReadonlySet<string>;
    readonly holds: ReadonlyMap<string, string>;
  },
): {
  steps: PlanStep[];
  actions: Action[];
} {
  const steps: PlanStep[] = [];
  const actions: Action[] = [];
  let blocker: string | null = null;
  for (const node of joinOrder(input.nodes)) {
    const held = input.holds.get(node.nodeId);
    if (isSettled(node, input.nodes)) {
      steps.push(step(node, 'done', 'NORMAL and seen UP'));
    } else if (held !== undefined) {
      // The ops queue orders disruptive work itself: a held node is no one's blocker.
      steps.push(step(node, 'waiting', held));
    } else if (input.created.has(node.nodeId)) {
      // Write-ahead: a node launches only once its record is in the store, i.e. on a later pass.
      steps.push(step(node, 'waiting', 'its record is being written'));
      blocker ??= node.nodeId;
    } else if (input.observed.reconciliation === 'pending') {
      steps.push(step(node, 'waiting', 'task reconciliation with the master has not settled'));
    } else if (blocker !== null) {
      steps.push(
        step(
          node,
          'waiting',
          `waits for ${blocker} to be NORMAL and seen UP (one node joins at a time)`,
        ),
      );
    } else {
      const front = FRONTS[node.phase]({ ...input, node });
      steps.push(step(node, front.status, front.reason));
      actions.push(...front.actions);
      blocker = node.nodeId;
    }
  }
  return { steps, actions };
}

export function reconcile(
  spec: ClusterSpec,
  observed: ObservedCluster,
  now: EpochMs,
  policy: RetryPolicy = DEFAULT_RETRY,
  /** nodeId -> why: nodes the ops queue holds (neither launched, retried nor offered for). */
  holds: ReadonlyMap<string, string> = new Map(),
): Plan {
  const created = missingRecords(spec, observed.nodes, now);
  const nodes = [...observed.nodes, ...created];
  const actions: Action[] = [];
  if (created.length > 0) {
    const ids = created.map((n) => n.nodeId).join(', ');
    const reason = `spec wants ${spec.nodeCount} nodes; adding ${ids}`;
    actions.push({ type: 'createNodes', nodes: created, reason });
  }
  for (const stray of observed.strayTasks) {
    actions.push({ type: 'killTask', ...stray, reason: `task ${stray.taskId} belongs to no node` });
  }
  const createdIds = new Set(created.map((n) => n.nodeId));
  const walked = walk({ spec, nodes, observed, now, policy, created: createdIds, holds });
  actions.push(...walked.actions);
  actions.push(...offerFlow(actions, observed.offersSuppressed));
  return { actions, steps: walked.steps };
}

function offerFlow(actions: readonly Action[], suppressed: boolean): Action[] {
  const wanting = actions.some((a) => a.type === 'wantOffer');
  if (wanting && suppressed) return [{ type: 'revive', reason: 'a node needs an offer' }];
  if (!wanting && !suppressed) return [{ type: 'suppress', reason: 'no node needs an offer' }];
  return [];
}
