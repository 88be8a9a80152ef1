// Nodes for people: a nodetool-like table (with Cassandra's own two-letter state) and one node's
// full record.
import type { NodeHealth, NodeView } from '../api.js';
import { formatRelative } from '../format/duration.js';
import { renderPairs, renderTable } from '../format/table.js';

/**
 * nodetool's two letters: U/D for up or down as the node's own probe sees it, then N/J/L/M for
 * Normal, Joining, Leaving, Moving. "--" when the node was never probed.
 */
export function stateLetters(node: Pick<NodeView, 'health'>): string {
  const health = node.health;
  if (health === null) return '--';
  return (health.problem === '' ? 'U' : 'D') + modeLetter(health.operationMode);
}

function modeLetter(mode: string): string {
  switch (mode.toUpperCase()) {
    case 'JOINING':
      return 'J';
    case 'LEAVING':
    case 'DECOMMISSIONED':
      return 'L';
    case 'MOVING':
      return 'M';
    default:
      return 'N';
  }
}

/** node-2 before node-10: by the number in the id, then by the id. */
export function byNodeNumber(a: { id: string }, b: { id: string }): number {
  const number = (id: string): number => Number(/(\d+)$/.exec(id)?.[1] ?? Number.MAX_SAFE_INTEGER);
  return number(a.id) - number(b.id) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

export function renderNodes(nodes: readonly NodeView[]): string {
  const rows = [...nodes]
    .sort(byNodeNumber)
    .map((n) => [
      stateLetters(n),
      n.id,
      n.address ?? '-',
      n.hostname ?? '-',
      n.rack ?? '-',
      n.seed ? 'yes' : 'no',
      n.phase,
      n.taskState ?? '-',
      n.reason,
    ]);
  const headers = ['--', 'ID', 'ADDRESS', 'HOST', 'RACK', 'SEED', 'PHASE', 'TASK', 'REASON'];
  return renderTable(
    headers.map((header) => ({ header })),
    rows,
  );
}

export function renderNode(node: NodeView, nowMs: number): string {
  const pairs: [string, string][] = [
    ['id', node.id],
    ['state', stateLetters(node)],
    ['phase', `${node.phase} (goal ${node.goal})`],
    ['reason', node.reason || '-'],
    ['seed', node.seed ? 'yes' : 'no'],
    ['address', node.address ?? '-'],
    ['host', node.hostname ?? '-'],
    ['rack', node.rack ?? '-'],
    ['agent', node.agentId ?? '-'],
    ['task', describeTask(node)],
    ['cassandra', describeHealth(node.health, nowMs)],
    ['config', node.configVersion ?? '-'],
    ['failures', node.failures === 0 ? '0' : `${node.failures}, last: ${node.lastFailure ?? '-'}`],
  ];
  return renderPairs(pairs);
}

function describeTask(node: NodeView): string {
  return node.taskId === null ? '-' : `${node.taskId} (${node.taskState ?? 'no status yet'})`;
}

function describeHealth(health: NodeHealth | null, nowMs: number): string {
  if (health === null) return 'never probed';
  const probed = `probed ${formatRelative(health.probedAtMs, nowMs)}`;
  return `${health.problem === '' ? health.operationMode : health.problem} (${probed})`;
}
