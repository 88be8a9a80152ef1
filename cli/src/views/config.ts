// Configuration for people: settings flattened to dotted keys, and a dry-run diff that says what
// would change and which nodes would restart, and why.
import type { ConfigDiffView, ConfigValues, ConfigView } from '../api.js';
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

/** The target, flattened; then any config the scheduler refused to take as the target. */
export function renderTarget(config: ConfigView): string {
  const target = renderPairs(flattenConfig(config.target));
  if (config.errors.length === 0) return target;
  const errors = config.errors.map((e) => `  ${e.key}: ${e.reason}`);
  return [target, '', 'refused (the target above stays in force):', ...errors].join('\n');
}

/** Which config each node runs, against the target's version. */
export function renderRunning(config: ConfigView): string {
  const target = config.target['configVersion'];
  if (config.running.length === 0) return 'no nodes yet';
  return renderTable(
    [{ header: 'ID' }, { header: 'CONFIG' }, { header: 'MATCHES TARGET' }],
    config.running.map((n) => [
      n.id,
      n.configVersion ?? '-',
      n.configVersion === null
        ? 'not launched yet'
        : n.configVersion === target
          ? 'yes'
          : 'no: restarts to catch up',
    ]),
  );
}

export function renderDiff(diff: ConfigDiffView): string {
  if (!diff.valid) {
    return [
      'the proposed config is invalid:',
      ...diff.errors.map((e) => `  ${e.key}: ${e.reason}`),
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
