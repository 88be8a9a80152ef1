// The one-screen summary (`status`): who leads, is the framework subscribed, reconciliation,
// nodes up vs desired, config errors, then every node.
import type { StatusView } from '../api.js';
import { renderPairs } from '../format/table.js';
import { renderNodes, stateLetters } from './nodes.js';

export function renderStatus(status: StatusView): string {
  const { framework, leadership, desired, actual } = status;
  const subscribed =
    framework.subscribed === null
      ? 'not subscribed'
      : `subscribed to ${framework.subscribed.master}`;
  const serving = status.nodes.filter((n) => stateLetters(n) === 'UN').length;
  const summary = renderPairs([
    ['framework', `${framework.id ?? 'no id yet'} (${subscribed})`],
    ['leader', `${leadership.leader ?? 'none'}${leadership.isLeader ? ' (this process)' : ''}`],
    ['reconciliation', status.reconciliation],
    ['nodes', `${actual.up}/${desired.nodes} Up, ${serving} UN; ${desired.seeds} seed(s)`],
    ['config', desired.configVersion],
  ]);
  const sections = [summary, renderNodes(status.nodes)];
  if (status.configErrors.length > 0) {
    const errors = status.configErrors.map((e) => `  ${e.key}: ${e.reason}`);
    sections.push(['config refused, the ring keeps its previous target:', ...errors].join('\n'));
  }
  return sections.join('\n\n');
}
