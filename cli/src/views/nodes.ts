// Nodes for people: a nodetool-like table (with Cassandra's own two-letter state) and one node's
// full record.
import type { NodeView } from '../api.js';
import { formatRelative } from '../format/duration.js';
import { renderPairs, renderTable } from '../format/table.js';

/**
 * nodetool's two letters: U/D for up or down as the node's own probe sees it, then N/J/L/M for
 * Normal, Joining, Leaving, Moving. "--" when the node was never probed.
 */
export function stateLetters(node: NodeView): string {
  const health = node.health;
  if (health === null) return '--';
  const up = health.problem === '' && health.gossipRunning ? 'U' : 'D';
  return up + modeLetter(health.operationMode);
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

export function renderNodes(nodes: readonly NodeView[], nowMs: number): string {
  const rows = [...nodes]
    .sort((a, b) => a.index - b.index)
    .map((n) => [
      stateLetters(n),
      n.nodeId,
      n.address ?? '-',
      n.hostname ?? '-',
      n.rack ?? '-',
      n.seed ? 'yes' : 'no',
      n.phase,
      formatRelative(n.phaseSinceMs, nowMs),
      n.reason,
    ]);
  const headers = ['--', 'ID', 'ADDRESS', 'HOST', 'RACK', 'SEED', 'PHASE', 'SINCE', 'REASON'];
  return renderTable(
    headers.map((header) => ({ header })),
    rows,
  );
}

export function renderNode(node: NodeView, nowMs: number): string {
  const health = node.health;
  const pairs: [string, string][] = [
    ['id', node.nodeId],
    ['state', stateLetters(node)],
    [
      'phase',
      `${node.phase} (goal ${node.goal}) since ${formatRelative(node.phaseSinceMs, nowMs)}`,
    ],
    ['reason', node.reason || '-'],
    ['seed', node.seed ? 'yes' : 'no'],
    ['address', node.address ?? '-'],
    ['host', node.hostname ?? '-'],
    ['rack', node.rack ?? '-'],
    ['agent', node.agentId ?? '-'],
    ['task', node.taskId === null ? '-' : `${node.taskId} (${node.taskState ?? 'no status yet'})`],
    ['cassandra', health === null ? 'never probed' : describeHealth(health, nowMs)],
    ['failures', failures(node)],
  ];
  return renderPairs(pairs);
}

function describeHealth(health: NonNullable<NodeView['health']>, nowMs: number): string {
  const probed = `probed ${formatRelative(health.probedAtMs, nowMs)}`;
  if (health.problem !== '') return `${health.problem} (${probed})`;
  const gossip = health.gossipRunning ? 'gossip on' : 'gossip off';
  const cql = health.nativeTransportRunning ? 'CQL on' : 'CQL off';
  return `${health.operationMode}, ${gossip}, ${cql} (${probed})`;
}

function failures(node: NodeView): string {
  if (node.failureCount === 0) return '0';
  return `${node.failureCount}, last: ${node.lastFailureReason ?? 'no reason recorded'}`;
}
