// Configuration for people: settings flattened to dotted keys, and a dry-run diff that says what
// would change and which nodes would restart, and why.
import type { ConfigDiff, ConfigDiffView, ConfigValues, ConfigView } from '../api.js';
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

export function renderDiff(answer: ConfigDiffView): string {
  if (!answer.ok) {
    const errors = answer.errors.map((e) => `  ${e.key}: ${e.message}`);
    return ['the proposed config is refused; nothing would change:', ...errors].join('\n');
  }
  const { diff } = answer;
  if (diff.changes.length === 0) return 'no changes: the proposed config is what the ring has';
  const changes = renderTable(
    [{ header: 'KEY' }, { header: 'FROM' }, { header: 'TO' }, { header: 'EFFECT' }],
    diff.changes.map((c) => [c.key, c.from, c.to, c.effect]),
  );
  return [changes, restartLines(diff), ...otherLines(diff)].join('\n\n');
}

function restartLines(diff: ConfigDiff): string {
  if (diff.restarts.length === 0) return 'no node would restart';
  const order = [...diff.restarts].sort((a, b) => a.order - b.order);
  return [
    `${order.length} node(s) would restart, one at a time, in this order:`,
    ...order.map(
      (r) => `  ${r.order}. ${r.nodeId}${r.seed ? ' (seed)' : ''}: ${r.reasons.join('; ')}`,
    ),
  ].join('\n');
}

function otherLines(diff: ConfigDiff): string[] {
  const out: string[] = [];
  if (diff.scale !== null) {
    const { from, to, add, remove } = diff.scale;
    const nodes = add.length > 0 ? `adds ${add.join(', ')}` : `decommissions ${remove.join(', ')}`;
    out.push(`scale: ${from} -> ${to} nodes (${nodes}, one at a time)`);
  }
  if (diff.nextRestart.length > 0) {
    out.push(
      ["at each node's next restart only:", ...diff.nextRestart.map((k) => `  ${k}`)].join('\n'),
    );
  }
  if (diff.notes.length > 0) out.push(['notes:', ...diff.notes.map((n) => `  - ${n}`)].join('\n'));
  return out;
}
