// Names Mesos and ZooKeeper know our things by: nodes, tasks, executors, volumes and reservation
// labels. Persisted contract: a name written once must parse forever, so formats only gain
// alternatives, never change.

export const NODE_PREFIX = 'node-';
const NODE_ID = /^node-(0|[1-9]\d{0,3})$/;
/** A launch id: what `newId()` returns (a UUID, or any short lower-case token in tests). */
const LAUNCH_ID = /^[a-z0-9][a-z0-9-]{0,63}$/;
const TASK_ID = /^(node-(?:0|[1-9]\d{0,3}))\.task\.([a-z0-9][a-z0-9-]{0,63})$/;
const EXECUTOR_ID = /^(node-(?:0|[1-9]\d{0,3}))\.executor\.([a-z0-9][a-z0-9-]{0,63})$/;
const RING_NAME = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/;

/** Reservation label keys: mark resources reserved for one node of one ring. */
export const LABEL_RING = 'cmf_ring';
export const LABEL_NODE = 'cmf_node';

export const MAX_NODES = 10_000;

export class IdFormatError extends Error {
  override readonly name = 'IdFormatError';
  readonly code = 'ID_FORMAT';
}

export function nodeId(index: number): string {
  if (!Number.isInteger(index) || index < 0 || index >= MAX_NODES) {
    throw new IdFormatError(`node index must be an integer in [0, ${MAX_NODES}), got ${index}`);
  }
  return `${NODE_PREFIX}${index}`;
}

/** The index of "node-<n>", or null for anything else (e.g. "node-01", "node-x"). */
export function parseNodeId(id: string): number | null {
  const match = NODE_ID.exec(id);
  return match?.[1] === undefined ? null : Number(match[1]);
}

function checkLaunchId(launchId: string): void {
  if (!LAUNCH_ID.test(launchId)) {
    throw new IdFormatError(`launch id must match ${String(LAUNCH_ID)}, got ${launchId}`);
  }
}

function checkNodeId(id: string): void {
  if (parseNodeId(id) === null) throw new IdFormatError(`not a node id: ${id}`);
}

/** A fresh Mesos task id per launch: Mesos discourages reusing one (MESOS-2198). */
export function taskId(node: string, launchId: string): string {
  checkNodeId(node);
  checkLaunchId(launchId);
  return `${node}.task.${launchId}`;
}

/**
 * A fresh executor id per launch too: a new executor with the id of one still running on the agent
 * but with a different ExecutorInfo would be refused (TASK_ERROR).
 */
export function executorId(node: string, launchId: string): string {
  checkNodeId(node);
  checkLaunchId(launchId);
  return `${node}.executor.${launchId}`;
}

export interface ParsedLaunchName {
  readonly nodeId: string;
  readonly launchId: string;
}

export function parseTaskId(id: string): ParsedLaunchName | null {
  return parseLaunchName(TASK_ID, id);
}

export function parseExecutorId(id: string): ParsedLaunchName | null {
  return parseLaunchName(EXECUTOR_ID, id);
}

function parseLaunchName(pattern: RegExp, id: string): ParsedLaunchName | null {
  const match = pattern.exec(id);
  if (match?.[1] === undefined || match[2] === undefined) return null;
  return { nodeId: match[1], launchId: match[2] };
}

export function isRingName(name: string): boolean {
  return RING_NAME.test(name);
}

/**
 * Persistence ids are global to the Mesos cluster, not per framework: the ring name keeps two rings
 * apart, the launch id two volumes of one node (after a replace).
 */
export function volumeId(ring: string, node: string, launchId: string): string {
  if (!isRingName(ring)) throw new IdFormatError(`not a ring name: ${ring}`);
  checkNodeId(node);
  checkLaunchId(launchId);
  return `${ring}.${node}.volume.${launchId}`;
}

export function parseVolumeId(id: string): { ring: string; nodeId: string } | null {
  const parts = id.split('.');
  if (parts.length !== 4 || parts[2] !== 'volume') return null;
  const [ring = '', node = '', , launch = ''] = parts;
  const ok = isRingName(ring) && parseNodeId(node) !== null && LAUNCH_ID.test(launch);
  return ok ? { ring, nodeId: node } : null;
}
