// Configuration for people: settings flattened to dotted keys, and a dry-run diff that says what
// would change and which nodes would restart, and why.
import type { ConfigDiffView, ConfigValues } from '../api.js';
import { renderPairs, renderTable } from '../format/table.js';

/** {ring: {nodeCount: 3}} -> [["ring.nodeCount", "3"]], sorted by key. */
export function flattenConfig(values: ConfigValues, prefix = ''): [string, string][] {
  return Object.entries(values)
    .flatMap(([key, value]): [string, string][] => {
      const path = prefix === '' ? key : `${prefix}.${key}`;
      if (isPlainObject(value) && Object.keys(value).length > 0) return flattenConfig(value, path);
      return [[path, showValue(value)]];
    })
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

function isPlainObject(value: unknown): value is ConfigValues {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function showValue(value: unknown): string {
  if (value === null || value === undefined) return '-';
  if (typeof value === 'string') return value === '' ? '""' : value;
  return JSON.stringify(value);
}

export function renderConfig(values: ConfigValues): string {
  return renderPairs(flattenConfig(values));
}

export function renderDiff(diff: ConfigDiffView): string {
  if (!diff.valid) {
    return [
      'the proposed config is invalid:',
      ...diff.errors.map((e) => `  ${e.key}: ${e.message}`),
    ].join('\n');
  }
  if (diff.changes.length === 0) return 'no changes: the proposed config is what the ring has';
  const changes = renderTable(
    [{ header: 'KEY' }, { header: 'FROM' }, { header: 'TO' }, { header: 'EFFECT' }],
    diff.changes.map((c) => [c.key, showValue(c.from), showValue(c.to), c.effect]),
  );
  const restarts =
    diff.restarts.length === 0
      ? 'no node would restart'
      : [
          `${diff.restarts.length} node(s) would restart, one at a time:`,
          ...diff.restarts.map((r) => `  ${r.nodeId}: ${r.reasons.join('; ')}`),
        ].join('\n');
  return `${changes}\n\n${restarts}`;
}
