// The one-screen summary (`status`): who leads, is the framework registered, nodes up vs target,
// the plan, the last repair, keyspaces past gc_grace_seconds, and config errors.
import type { KeyspaceRepairAge, StatusView } from '../api.js';
import { formatDuration, formatRelative } from '../format/duration.js';
import { renderPairs } from '../format/table.js';
import { renderNodes, stateLetters } from './nodes.js';

export function renderStatus(status: StatusView, nowMs: number): string {
  const up = status.nodes.filter((n) => stateLetters(n) === 'UN').length;
  const framework =
    status.frameworkId === null
      ? 'not registered yet'
      : `${status.frameworkId} (${status.registered ? 'subscribed' : 'not subscribed'})`;
  const plan = `${status.plan.name} ${status.plan.status}${status.plan.step === null ? '' : `: ${status.plan.step}`}`;
  const repair = status.lastRepair;
  const summary = renderPairs([
    ['ring', status.ring],
    ['framework', framework],
    ['leader', status.leader ?? 'none'],
    ['reconciliation', status.reconciliation],
    ['nodes', `${up}/${status.targetNodeCount} UN (${status.nodes.length} known)`],
    ['plan', plan],
    [
      'last repair',
      repair === null
        ? 'none'
        : `${repair.runId} ${repair.status} ${formatRelative(repair.createdAtMs, nowMs)}`,
    ],
  ]);
  const sections = [summary, renderNodes(status.nodes, nowMs)];
  const overdue = status.keyspaces.filter((k) => k.overdue);
  if (overdue.length > 0) sections.push(overdueLines(overdue, nowMs));
  if (status.configErrors.length > 0) {
    sections.push(['config errors:', ...status.configErrors.map((e) => `  - ${e}`)].join('\n'));
  }
  return sections.join('\n\n');
}

function overdueLines(keyspaces: readonly KeyspaceRepairAge[], nowMs: number): string {
  return [
    'keyspaces past gc_grace_seconds without a full repair:',
    ...keyspaces.map((k) => {
      const last =
        k.lastFullRepairAtMs === null
          ? 'never repaired'
          : `last ${formatRelative(k.lastFullRepairAtMs, nowMs)}`;
      return `  ${k.keyspace}: ${last} (gc_grace ${formatDuration(k.gcGraceSeconds * 1000)})`;
    }),
  ].join('\n');
}
