// applyEvent(node, event, now): the only way a NodeRecord changes. Mesos delivers updates at least
// once and out of date, so a stale or repeated update is not an error: it returns the node
// unchanged with a note saying why. Only moves listed in ALLOWED happen.
import { isNormal, type NodeHealthView } from './health.js';
import {
  canMove,
  type LaunchMode,
  type NodePhase,
  type NodeRecord,
  type Placement,
} from './node.js';
import { classifyTaskState, type TaskStateName } from './task-state.js';
import { assertNever, type EpochMs } from './time.js';
import type { TaskInfo } from './wire.js';

export interface LaunchRecord {
  readonly taskId: string;
  readonly executorId: string;
  readonly taskInfo: TaskInfo;
  readonly placement: Placement;
  readonly configVersion: string;
}

export type NodeEvent =
  | { readonly type: 'launchRecorded'; readonly launch: LaunchRecord }
  | {
      readonly type: 'taskStatus';
      readonly taskId: string;
      readonly state: TaskStateName;
      readonly message: string;
      /** Decoded from TaskStatus.data when the executor sent a NodeHealth. */
      readonly health: NodeHealthView | null;
    }
  | { readonly type: 'drainRequested'; readonly reason: string }
  | { readonly type: 'decommissionRequested'; readonly reason: string }
  /** A failed node's retry delay is over, or a stopped node is wanted running again. */
  | { readonly type: 'deadlinePassed' }
  /** The ops queue relaunches a stopped or failed node in place (same agent, volume). */
  | { readonly type: 'restartRequested'; readonly reason: string }
  /**
   * The ops queue replaces the node: the record lets go of its placement (left behind as a stale
   * reservation) and launches anew elsewhere with replace_address = `replaceAddress`.
   */
  | { readonly type: 'replaceRequested'; readonly replaceAddress: string; readonly reason: string };

export interface Applied {
  readonly node: NodeRecord;
  readonly note?: string;
}

export function applyEvent(node: NodeRecord, event: NodeEvent, now: EpochMs): Applied {
  switch (event.type) {
    case 'launchRecorded':
      return onLaunch(node, event.launch, now);
    case 'taskStatus':
      return onStatus(node, event, now);
    case 'drainRequested':
      return move(node, 'Draining', now, { goal: 'Stopped' });
    case 'decommissionRequested':
      return move(node, node.phase === 'Up' ? 'Decommissioning' : 'Decommissioned', now, {
        goal: 'Decommissioned',
      });
    case 'deadlinePassed':
      return onDeadline(node, now);
    case 'restartRequested':
      return onRestart(node, now);
    case 'replaceRequested':
      return onReplace(node, event.replaceAddress, now);
    default:
      return assertNever(event, 'node event');
  }
}

function move(
  node: NodeRecord,
  to: NodePhase,
  now: EpochMs,
  changes: Partial<NodeRecord> = {},
): Applied {
  if (!canMove(node.phase, to)) {
    return { node, note: `ignored: ${node.nodeId} cannot go from ${node.phase} to ${to}` };
  }
  const phaseSinceMs = to === node.phase ? node.phaseSinceMs : now;
  return { node: { ...node, ...changes, phase: to, phaseSinceMs, updatedAtMs: now } };
}

function onLaunch(node: NodeRecord, launch: LaunchRecord, now: EpochMs): Applied {
  if (node.taskId === launch.taskId) return { node, note: `duplicate: launch ${launch.taskId}` };
  if (node.phase !== 'Pending') {
    return { node, note: `ignored: launch of ${node.nodeId} while ${node.phase}` };
  }
  return move(node, 'Launching', now, {
    taskId: launch.taskId,
    executorId: launch.executorId,
    taskInfo: launch.taskInfo,
    placement: launch.placement,
    configVersion: launch.configVersion,
    lastTaskState: null,
    health: null,
  });
}

type StatusEvent = Extract<NodeEvent, { type: 'taskStatus' }>;

function onStatus(node: NodeRecord, event: StatusEvent, now: EpochMs): Applied {
  if (event.taskId !== node.taskId) {
    return {
      node,
      note: `stale: status of ${event.taskId}, ${node.nodeId} runs ${node.taskId ?? 'nothing'}`,
    };
  }
  const health = event.health ?? node.health;
  if (event.state === node.lastTaskState && sameHealth(health, node.health)) {
    return { node, note: `duplicate: ${event.state} for ${event.taskId}` };
  }
  const to = phaseAfterStatus(node, event.state, health);
  const base = { lastTaskState: event.state, health };
  if (to === 'Failed' && node.phase !== 'Failed') {
    return move(node, to, now, {
      ...base,
      failureCount: node.failureCount + 1,
      lastFailureAtMs: now,
      lastFailureReason: `${event.state}${event.message ? `: ${event.message}` : ''}`,
    });
  }
  if (to === 'Up') return move(node, to, now, { ...base, failureCount: 0 });
  return move(node, to, now, base);
}

function phaseAfterStatus(
  node: NodeRecord,
  state: TaskStateName,
  health: NodeHealthView | null,
): NodePhase {
  const held = node.phase === 'Draining' || node.phase === 'Decommissioning';
  switch (classifyTaskState(state)) {
    case 'starting':
    case 'stopping':
    case 'unreachable':
      return node.phase;
    case 'running':
      if (held) return node.phase;
      return isNormal(health) ? 'Up' : 'Starting';
    case 'ended':
      if (node.phase === 'Draining') return 'Stopped';
      if (node.phase === 'Decommissioning') return 'Decommissioned';
      return 'Failed';
  }
}

function onDeadline(node: NodeRecord, now: EpochMs): Applied {
  const wanted = node.goal === 'Running';
  if (!wanted || (node.phase !== 'Failed' && node.phase !== 'Stopped')) {
    return { node, note: `nothing due: ${node.nodeId} is ${node.phase} with goal ${node.goal}` };
  }
  // A placed node has data on its volume: it comes back on it. Replacing it is an operator's call.
  return move(node, 'Pending', now, { launchMode: node.placement ? 'restart' : 'fresh' });
}

function onRestart(node: NodeRecord, now: EpochMs): Applied {
  const launchMode: LaunchMode = node.placement ? 'restart' : 'fresh';
  const wanted = { goal: 'Running' as const, launchMode };
  if (node.phase === 'Pending') {
    if (node.goal === 'Running' && node.launchMode === launchMode) {
      return { node, note: `duplicate: ${node.nodeId} already waits for its relaunch` };
    }
    return move(node, 'Pending', now, wanted);
  }
  if (node.phase !== 'Failed' && node.phase !== 'Stopped') {
    return { node, note: `ignored: restart of ${node.nodeId} while ${node.phase}` };
  }
  return move(node, 'Pending', now, wanted);
}

/** Phases a replacement may start from: the old node is down, lost, or never came up. */
const REPLACEABLE: readonly NodePhase[] = [
  'Pending',
  'Launching',
  'Starting',
  'Up',
  'Failed',
  'Stopped',
];

function onReplace(node: NodeRecord, replaceAddress: string, now: EpochMs): Applied {
  if (node.launchMode === 'replace' && node.replaceAddress === replaceAddress && !node.placement) {
    return { node, note: `duplicate: ${node.nodeId} already replaces ${replaceAddress}` };
  }
  if (!REPLACEABLE.includes(node.phase) || node.goal === 'Decommissioned') {
    return { node, note: `ignored: replace of ${node.nodeId} while ${node.phase}` };
  }
  return move(node, 'Pending', now, {
    goal: 'Running',
    launchMode: 'replace',
    replaceAddress,
    placement: null,
    taskId: null,
    executorId: null,
    taskInfo: null,
    lastTaskState: null,
    health: null,
    configVersion: null,
    failureCount: 0,
    lastFailureAtMs: null,
    lastFailureReason: null,
  });
}

/**
 * Same up to the probe time and load: a report that only says "still the same" changes nothing,
 * so it is not written (executors report every few seconds; ZooKeeper need not hear each one).
 * The load moves with every write; the runtime keeps the latest in memory.
 */
function sameHealth(a: NodeHealthView | null, b: NodeHealthView | null): boolean {
  const content = (h: NodeHealthView | null): string =>
    h === null ? 'null' : JSON.stringify({ ...h, probedAtMs: 0, loadBytes: 0 });
  return content(a) === content(b);
}
