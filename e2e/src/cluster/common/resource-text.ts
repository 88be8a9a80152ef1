// The text forms operators use for agent resources and attributes, as Mesos's `--resources` and
// `--attributes` flags take them: `cpus:2;mem:4096;ports:[31000-32000]`, `cpus(role):1`,
// `rack:r1;zone:a`. Also the `[a-b, c-d]` form /state shows ranges in.
import { mesos } from '@cmf/proto';
import { STATIC } from './reservations.js';
import { RANGES, SCALAR, SET, sumResources, type Resource } from './resources.js';

type Attribute = mesos.v1.Attribute.$Properties;

export type ParseOutcome<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: string };

const ENTRY = /^([A-Za-z0-9_.\-/]+)(?:\(([^)]*)\))?:(.+)$/;

function parseRangesText(text: string): { begin: number; end: number }[] | null {
  const inner = /^\[(.*)\]$/.exec(text.trim())?.[1];
  if (inner === undefined) return null;
  const out: { begin: number; end: number }[] = [];
  for (const part of inner.split(',').map((p) => p.trim())) {
    if (part === '') continue;
    const m = /^(\d+)-(\d+)$/.exec(part);
    if (m === null) return null;
    out.push({ begin: Number(m[1]), end: Number(m[2]) });
  }
  return out;
}

function parseValue(name: string, text: string): Resource | null {
  const value = text.trim();
  if (value.startsWith('[')) {
    const range = parseRangesText(value);
    return range === null ? null : { name, type: RANGES, ranges: { range } };
  }
  if (value.startsWith('{')) {
    const items = value
      .slice(1, -1)
      .split(',')
      .map((i) => i.trim())
      .filter((i) => i !== '');
    return value.endsWith('}') ? { name, type: SET, set: { item: items } } : null;
  }
  const scalar = Number(value);
  return Number.isFinite(scalar) ? { name, type: SCALAR, scalar: { value: scalar } } : null;
}

/** `cpus:2;mem:4096;disk:10000;ports:[31000-32000]`; `name(role):value` is a static reservation. */
export function parseResourceText(text: string): ParseOutcome<Resource[]> {
  const resources: Resource[] = [];
  for (const entry of text
    .split(';')
    .map((e) => e.trim())
    .filter((e) => e !== '')) {
    const m = ENTRY.exec(entry);
    const resource = m === null ? null : parseValue(m[1] ?? '', m[3] ?? '');
    if (m === null || resource === null) return { ok: false, error: `bad resource '${entry}'` };
    const role = m[2];
    if (role !== undefined && role !== '*') resource.reservations = [{ type: STATIC, role }];
    resources.push(resource);
  }
  return { ok: true, value: sumResources(resources) };
}

/** `rack:r1;zone:a`: numbers become SCALAR attributes, `[..]` RANGES, anything else TEXT. */
export function parseAttributeText(text: string): ParseOutcome<Attribute[]> {
  const out: Attribute[] = [];
  for (const entry of text
    .split(';')
    .map((e) => e.trim())
    .filter((e) => e !== '')) {
    const at = entry.indexOf(':');
    if (at <= 0) return { ok: false, error: `bad attribute '${entry}'` };
    const name = entry.slice(0, at);
    const value = entry.slice(at + 1).trim();
    const range = value.startsWith('[') ? parseRangesText(value) : null;
    if (range !== null) out.push({ name, type: RANGES, ranges: { range } });
    else if (/^-?\d+(\.\d+)?$/.test(value))
      out.push({ name, type: SCALAR, scalar: { value: Number(value) } });
    else out.push({ name, type: mesos.v1.Value.Type.TEXT, text: { value } });
  }
  return { ok: true, value: out };
}

/** `[7000-7001, 31000-32000]`, the way /state prints ranges. */
export function formatRanges(ranges: readonly { begin: number; end: number }[]): string {
  return `[${ranges.map((r) => `${r.begin}-${r.end}`).join(', ')}]`;
}
