// One rule per step: when it is done (read from the snapshot, never assumed), what it sends, how a
// new leader resumes it when it finds it sent (ask the executor, or send again where sending is
// idempotent), and what it waits for meanwhile.
import { endpointHost } from '../health.js';
import type { NodeRecord } from '../node.js';
import { isSettled } from '../reconcile.js';
import type { EpochMs } from '../time.js';
import type { OpsAction } from './actions.js';
import type { GuardAnswer } from './guard.js';
import { isUnreachable } from './heal.js';
import type { OpsPolicy } from './policy.js';
import type { OpItem, StepName } from './queue.js';
import { isUpNormal, memberAddress, type Member } from './ring.js';
import { seedAddresses } from './seeds.js';
import type { NodeWatch } from './state.js';

export interface StepContext {
  readonly ringName: string;
  readonly item: OpItem;
  readonly node: NodeRecord | undefined;
  readonly nodes: readonly NodeRecord[];
  readonly members: readonly Member[];
  readonly watch: NodeWatch | undefined;
  readonly policy: OpsPolicy;
  readonly term: string;
  readonly now: EpochMs;
  /** The gate of a step that takes a node down, asked again right before it is sent. */
  readonly gate: (item: OpItem) => GuardAnswer;
}

/** Steps that take a node down (or replace one): their gate is asked before every send. */
export const DISRUPTIVE: readonly StepName[] = ['drain', 'decommission', 'retire'];

export type Resume = 'query' | 'resend' | 'none';

export interface StepRule {
  readonly done: (c: StepContext) => boolean;
  /** Null: nothing to send; someone else acts (reconcile launches, the repair loop repairs). */
  readonly perform: (c: StepContext) => OpsAction | null;
  readonly resume: Resume;
  readonly waiting: (c: StepContext) => string;
}

const LIVE: readonly NodeRecord['phase'][] = ['Launching', 'Starting', 'Up'];
const STOPPED: readonly NodeRecord['phase'][] = ['Stopped', 'Failed', 'Pending', 'Decommissioned'];

export function requestId(item: OpItem, attempt = item.attempts): string {
  return `${item.id}.${item.step}.${attempt}`;
}

const nextRequest = (c: StepContext): string => requestId(c.item, c.item.attempts + 1);
const why = (c: StepContext): string => `${c.item.id}: ${c.item.reason}`;

function isLaunched(c: StepContext): boolean {
  const { node, item } = c;
  if (!node || !LIVE.includes(node.phase) || isUnreachable(node)) return false;
  return item.replaced === null || node.placement?.agentId !== item.replaced.agentId;
}

/**
 * LEFT: the node says DECOMMISSIONED, or it no longer runs and every healthy peer has dropped it
 * from gossip (neither live nor unreachable) — at least one such peer must say so.
 */
export function hasLeft(node: NodeRecord, nodes: readonly NodeRecord[]): boolean {
  if (node.health?.operationMode === 'DECOMMISSIONED') return true;
  if (LIVE.includes(node.phase) || node.phase === 'Decommissioning') return false;
  const address = memberAddress(node);
  const peers = nodes.filter(
    (p) => p.nodeId !== node.nodeId && p.phase === 'Up' && p.health?.problem === '',
  );
  const listed = (list: readonly string[]): boolean =>
    list.some((e) => endpointHost(e) === address);
  return (
    peers.length > 0 &&
    peers.every(
      (p) => !listed(p.health?.liveNodes ?? []) && !listed(p.health?.unreachableNodes ?? []),
    )
  );
}

/** UN members that still have to confirm the new seed list (a node launched since has it anyway). */
function seedsOwed(c: StepContext): string[] {
  return c.members
    .filter((m) => isUpNormal(m) && !c.item.acked.includes(m.nodeId))
    .filter((m) => {
      const n = c.nodes.find((x) => x.nodeId === m.nodeId);
      return !(n && n.phaseSinceMs >= c.item.stepSinceMs && n.phase === 'Up');
    })
    .map((m) => m.nodeId);
}

const never = (): boolean => false;
const nothing = (): null => null;

export const RULES: Readonly<Record<StepName, StepRule>> = {
  launch: {
    done: isLaunched,
    perform: nothing,
    resume: 'none',
    waiting: (c) => `waiting for ${c.item.nodeId} to be launched on an offer`,
  },
  drain: {
    // Stopped, or cut off with its agent: either way it no longer serves.
    done: (c) => !c.node || STOPPED.includes(c.node.phase) || isUnreachable(c.node),
    perform: (c) => ({ type: 'drainNode', nodeId: c.item.nodeId, reason: why(c) }),
    resume: 'resend',
    waiting: (c) => `draining ${c.item.nodeId}`,
  },
  relaunch: {
    done: isLaunched,
    perform: (c) => ({ type: 'relaunchNode', nodeId: c.item.nodeId, reason: why(c) }),
    resume: 'resend',
    waiting: (c) =>
      `waiting for an offer of ${c.item.nodeId}'s reservation on agent ${c.node?.placement?.agentId ?? '?'}`,
  },
  'await-up': {
    done: (c) => c.node !== undefined && isSettled(c.node, c.nodes),
    perform: nothing,
    resume: 'none',
    waiting: (c) =>
      `waiting until ${c.item.nodeId} is NORMAL and seen UP (${c.node?.phase ?? 'no record'}, ${c.node?.health?.operationMode ?? 'no health yet'})`,
  },
  retire: {
    done: (c) =>
      c.node?.replaceAddress === c.item.replaced?.address &&
      c.node?.placement?.agentId !== c.item.replaced?.agentId,
    perform: (c) => ({
      type: 'retireNode',
      nodeId: c.item.nodeId,
      replaceAddress: c.item.replaced?.address ?? '',
      reason: why(c),
    }),
    resume: 'resend',
    waiting: (c) => `retiring ${c.item.nodeId}'s old placement`,
  },
  'update-seeds': {
    done: (c) => seedsOwed(c).length === 0,
    perform: (c) => ({
      type: 'updateSeeds',
      nodeIds: seedsOwed(c),
      seeds: seedAddresses(c.nodes),
      requestId: nextRequest(c),
      reason: why(c),
    }),
    resume: 'query',
    waiting: (c) => `waiting for ${seedsOwed(c).join(', ')} to confirm the new seed list`,
  },
  decommission: {
    done: (c) =>
      !c.node ||
      (c.node.placement === null && c.node.replaceAddress === null) ||
      hasLeft(c.node, c.nodes),
    perform: (c) => ({
      type: 'decommissionNode',
      nodeId: c.item.nodeId,
      requestId: nextRequest(c),
      reason: why(c),
    }),
    resume: 'query',
    waiting: (c) =>
      `waiting for ${c.item.nodeId} to leave the ring (${c.node?.health?.operationMode ?? 'no health'})`,
  },
  kill: {
    done: (c) => !c.node?.taskId || STOPPED.includes(c.node.phase),
    perform: (c) =>
      c.node?.taskId
        ? {
            type: 'killTask',
            nodeId: c.item.nodeId,
            taskId: c.node.taskId,
            agentId: c.node.placement?.agentId ?? null,
            reason: `${why(c)}: it has LEFT the ring`,
          }
        : null,
    resume: 'resend',
    waiting: (c) => `waiting for ${c.item.nodeId}'s task to end`,
  },
  forget: {
    done: (c) => !c.node,
    perform: (c) => ({ type: 'forgetNode', nodeId: c.item.nodeId, reason: why(c) }),
    resume: 'resend',
    waiting: (c) => `waiting for ${c.item.nodeId}'s record to be deleted`,
  },
  cleanup: {
    done: never,
    perform: (c) => ({
      type: 'cleanupNode',
      nodeId: c.item.nodeId,
      requestId: nextRequest(c),
      reason: why(c),
    }),
    resume: 'query',
    waiting: (c) => `cleanup running on ${c.item.nodeId}`,
  },
  repair: {
    done: never,
    perform: nothing,
    resume: 'none',
    waiting: (c) => `repairing ${c.item.nodeId} (the repair loop reports its end)`,
  },
};

/** Steps a kind lists that this item does not need. */
export function isSkipped(c: StepContext): boolean {
  return c.item.step === 'update-seeds' && !c.item.seed;
}
