// What `make run` prints while the ring comes up (pure): a line per node whenever what the
// scheduler says about it changes, a line when the ring is up, and the CQL contact points.
import { isRingServing } from '../ring/ring-up.js';
import type { NodeProgress, RingStatus } from '../ring/status.js';

export interface ProgressState {
  /** The last line printed per node. */
  readonly nodes: ReadonlyMap<string, string>;
  readonly leader: string | null;
  readonly ringUp: boolean;
}

export const INITIAL_PROGRESS: ProgressState = { nodes: new Map(), leader: null, ringUp: false };

export function nodeLine(node: NodeProgress): string {
  const where = node.address ?? 'not placed yet';
  const mode = node.operationMode === null ? '' : ` ${node.operationMode}`;
  const problem = node.problem ? ` [${node.problem}]` : '';
  // A failure's reason carries the node's last log lines: its first line is enough here.
  const [first = '', ...more] = node.reason.split('\n');
  const reason = first === '' ? '' : ` - ${first}${more.length > 0 ? ' ...' : ''}`;
  return `${node.nodeId}${node.seed ? ' (seed)' : ''} ${where}: ${node.phase}${mode}${problem}${reason}`;
}

/** `address:port` of every node that has an address, for cqlsh and drivers. */
export function contactPoints(status: RingStatus, nativePort = 9042): string[] {
  return status.nodes.flatMap((n) => (n.address === null ? [] : [`${n.address}:${nativePort}`]));
}

export interface ProgressStep {
  readonly lines: readonly string[];
  readonly state: ProgressState;
}

/** The lines to print for a new status, given what was printed before. */
export function progress(
  state: ProgressState,
  status: RingStatus,
  elapsedMs: number,
): ProgressStep {
  const lines: string[] = [];
  if (status.leader !== state.leader && status.leader !== null) {
    lines.push(`scheduler leading: ${status.leader}`);
  }
  const nodes = new Map(state.nodes);
  for (const node of status.nodes) {
    const line = nodeLine(node);
    if (nodes.get(node.nodeId) !== line) lines.push(line);
    nodes.set(node.nodeId, line);
  }
  const ringUp = status.desiredNodes !== null && isRingServing(status, status.desiredNodes);
  if (ringUp && !state.ringUp) {
    const points = contactPoints(status);
    lines.push(
      `ring up: ${status.nodes.length} nodes Up and NORMAL after ${Math.round(elapsedMs / 1000)} s`,
      `CQL contact points: ${points.join(',')}`,
      `  e.g. cqlsh ${(points[0] ?? '').replace(':', ' ')}`,
    );
  } else if (!ringUp && state.ringUp) {
    lines.push('ring no longer all Up and NORMAL (see the node lines above)');
  }
  return { lines, state: { nodes, leader: status.leader ?? state.leader, ringUp } };
}
