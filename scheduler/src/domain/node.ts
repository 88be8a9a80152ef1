// One Cassandra node as the scheduler records it: where it is placed, its current task, its goal
// and its phase. ALLOWED is the single source of truth for phase changes; applyEvent (in
// node-events.ts) only ever moves along it. Phase, goal and mode names are persisted: add, never
// rename.
import type { NodeHealthView } from './health.js';
import type { TaskStateName } from './task-state.js';
import type { EpochMs } from './time.js';
import type { Resource, TaskInfo } from './wire.js';

export type NodePhase =
  | 'Pending'
  | 'Launching'
  | 'Starting'
  | 'Up'
  | 'Draining'
  | 'Stopped'
  | 'Failed'
  | 'Decommissioning'
  | 'Decommissioned';

export type NodeGoal = 'Running' | 'Stopped' | 'Decommissioned';

/** How the next launch starts Cassandra: on fresh storage, on its own data, or replacing a node. */
export type LaunchMode = 'fresh' | 'restart' | 'replace';

export const NODE_PHASES: readonly NodePhase[] = [
  'Pending',
  'Launching',
  'Starting',
  'Up',
  'Draining',
  'Stopped',
  'Failed',
  'Decommissioning',
  'Decommissioned',
];

export const ALLOWED: Readonly<Record<NodePhase, readonly NodePhase[]>> = {
  Pending: ['Launching', 'Stopped', 'Decommissioned'],
  // -> Pending from a live phase: only a replace (the node's agent is lost; it starts anew elsewhere).
  Launching: ['Starting', 'Up', 'Failed', 'Draining', 'Pending'],
  Starting: ['Up', 'Failed', 'Draining', 'Pending'],
  Up: ['Starting', 'Failed', 'Draining', 'Decommissioning', 'Pending'],
  Draining: ['Stopped', 'Failed'],
  Stopped: ['Pending', 'Decommissioned'],
  // A task reported lost can come back (its agent re-registers): Failed may return to running.
  Failed: ['Pending', 'Starting', 'Up', 'Decommissioned'],
  Decommissioning: ['Decommissioned', 'Failed'],
  Decommissioned: [],
};

export function canMove(from: NodePhase, to: NodePhase): boolean {
  return from === to || ALLOWED[from].includes(to);
}

/** Where a node lives, pinned by its first reservation: its data stays on that agent. */
export interface Placement {
  readonly agentId: string;
  readonly hostname: string;
  readonly address: string;
  readonly rack: string;
  readonly persistenceId: string;
  readonly volumePath: string;
  /** Exactly as sent in RESERVE and CREATE, so UNRESERVE and DESTROY can name them later. */
  readonly reservedResources: readonly Resource[];
}

export interface NodeRecord {
  readonly nodeId: string;
  readonly index: number;
  readonly seed: boolean;
  readonly placement: Placement | null;
  readonly taskId: string | null;
  readonly executorId: string | null;
  /** The TaskInfo of the current launch, written before the ACCEPT that sends it. */
  readonly taskInfo: TaskInfo | null;
  readonly lastTaskState: TaskStateName | null;
  readonly goal: NodeGoal;
  readonly phase: NodePhase;
  readonly phaseSinceMs: EpochMs;
  readonly launchMode: LaunchMode;
  readonly replaceAddress: string | null;
  readonly configVersion: string | null;
  /** Consecutive failures; reset once the node is Up. */
  readonly failureCount: number;
  readonly lastFailureAtMs: EpochMs | null;
  readonly lastFailureReason: string | null;
  readonly health: NodeHealthView | null;
  readonly updatedAtMs: EpochMs;
}

export function newNodeRecord(
  nodeId: string,
  index: number,
  seed: boolean,
  now: EpochMs,
): NodeRecord {
  return {
    nodeId,
    index,
    seed,
    placement: null,
    taskId: null,
    executorId: null,
    taskInfo: null,
    lastTaskState: null,
    goal: 'Running',
    phase: 'Pending',
    phaseSinceMs: now,
    launchMode: 'fresh',
    replaceAddress: null,
    configVersion: null,
    failureCount: 0,
    lastFailureAtMs: null,
    lastFailureReason: null,
    health: null,
    updatedAtMs: now,
  };
}

/** A node whose task is on its way up: the planner never starts another while one is. */
export function isJoining(node: NodeRecord): boolean {
  return node.phase === 'Launching' || node.phase === 'Starting';
}

/** Renders ALLOWED as a mermaid state diagram (the README's diagram is checked against it). */
export function renderMermaid(allowed: Readonly<Record<NodePhase, readonly NodePhase[]>>): string {
  const lines = ['stateDiagram-v2', '  [*] --> Pending'];
  for (const from of NODE_PHASES) {
    for (const to of allowed[from]) lines.push(`  ${from} --> ${to}`);
  }
  lines.push('  Decommissioned --> [*]');
  return lines.join('\n');
}
