// Arithmetic on Mesos Resource lists, as Mesos's `Resources` class does it: resources with the same
// identity (name, type, reservations, allocation role, disk, revocable/shared) merge; scalars are
// fixed-point with three decimals; ranges are normalised; persistent volumes never split or merge.
import { mesos } from '@cmf/proto';

export type Resource = mesos.v1.Resource.$Properties;
type Range = mesos.v1.Value.Range.$Properties;
type Labels = mesos.v1.Labels.$Properties;

export const SCALAR = mesos.v1.Value.Type.SCALAR;
export const RANGES = mesos.v1.Value.Type.RANGES;
export const SET = mesos.v1.Value.Type.SET;

/** Mesos stores scalars as integer thousandths. */
export function roundScalar(value: number): number {
  return Math.round(value * 1000) / 1000;
}

function labelsKey(labels: Labels | null | undefined): [string, string][] {
  return (labels?.labels ?? []).map((l) => [l.key, l.value ?? '']);
}

function diskKey(r: Resource): unknown {
  const disk = r.disk;
  if (disk === null || disk === undefined) return null;
  const { persistence, volume, source } = disk;
  if (!persistence && !volume && !source) return null;
  return [
    persistence ? [persistence.id, persistence.principal ?? ''] : null,
    volume ? [volume.container_path, volume.mode, volume.host_path ?? ''] : null,
    source ? JSON.stringify(source) : null,
  ];
}

/** Everything but the value: two resources with the same identity can be added and subtracted. */
export function identityOf(r: Resource): string {
  return JSON.stringify([
    r.name,
    r.type,
    (r.reservations ?? []).map((x) => [
      x.type ?? 0,
      x.role ?? '',
      x.principal ?? '',
      labelsKey(x.labels),
    ]),
    r.allocation_info?.role ?? null,
    diskKey(r),
    r.revocable ? 1 : 0,
    r.shared ? 1 : 0,
    r.provider_id?.value ?? null,
  ]);
}

export function isPersistentVolume(r: Resource): boolean {
  return Boolean(r.disk?.persistence);
}

/** Sorted, with overlapping and adjacent ranges merged ([1-2],[3-4] is [1-4]). */
export function normalizeRanges(ranges: readonly Range[]): Range[] {
  const sorted = [...ranges].sort((a, b) => a.begin - b.begin);
  const out: Range[] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last !== undefined && r.begin <= last.end + 1) {
      last.end = Math.max(last.end, r.end);
    } else {
      out.push({ begin: r.begin, end: r.end });
    }
  }
  return out;
}

function subtractRanges(from: readonly Range[], minus: readonly Range[]): Range[] {
  let pieces = normalizeRanges(from);
  for (const m of normalizeRanges(minus)) {
    pieces = pieces.flatMap((p) => {
      if (m.end < p.begin || m.begin > p.end) return [p];
      const kept: Range[] = [];
      if (p.begin < m.begin) kept.push({ begin: p.begin, end: m.begin - 1 });
      if (p.end > m.end) kept.push({ begin: m.end + 1, end: p.end });
      return kept;
    });
  }
  return pieces;
}

function rangesContain(outer: readonly Range[], inner: readonly Range[]): boolean {
  return subtractRanges(inner, outer).length === 0;
}

/** A copy holding only the identity fields of `r` and the given value. */
function withValue(r: Resource, value: Pick<Resource, 'scalar' | 'ranges' | 'set'>): Resource {
  const copy = { ...r };
  delete copy.scalar;
  delete copy.ranges;
  delete copy.set;
  return { ...copy, ...value };
}

const scalarOf = (r: Resource): number => roundScalar(r.scalar?.value ?? 0);
const rangesOf = (r: Resource): Range[] => r.ranges?.range ?? [];
const itemsOf = (r: Resource): string[] => r.set?.item ?? [];

/** The value algebra of one Value.Type. */
interface ValueOps {
  isEmpty(r: Resource): boolean;
  normalize(r: Resource): Resource;
  add(a: Resource, b: Resource): Resource;
  subtract(a: Resource, b: Resource): Resource;
  contains(outer: Resource, inner: Resource): boolean;
}

const scalarOps: ValueOps = {
  isEmpty: (r) => scalarOf(r) <= 0,
  normalize: (r) => withValue(r, { scalar: { value: scalarOf(r) } }),
  add: (a, b) => withValue(a, { scalar: { value: roundScalar(scalarOf(a) + scalarOf(b)) } }),
  subtract: (a, b) => withValue(a, { scalar: { value: roundScalar(scalarOf(a) - scalarOf(b)) } }),
  contains: (a, b) => scalarOf(a) >= scalarOf(b),
};

const rangesOps: ValueOps = {
  isEmpty: (r) => rangesOf(r).length === 0,
  normalize: (r) => withValue(r, { ranges: { range: normalizeRanges(rangesOf(r)) } }),
  add: (a, b) =>
    withValue(a, { ranges: { range: normalizeRanges([...rangesOf(a), ...rangesOf(b)]) } }),
  subtract: (a, b) => withValue(a, { ranges: { range: subtractRanges(rangesOf(a), rangesOf(b)) } }),
  contains: (a, b) => rangesContain(rangesOf(a), rangesOf(b)),
};

const setOps: ValueOps = {
  isEmpty: (r) => itemsOf(r).length === 0,
  normalize: (r) => withValue(r, { set: { item: [...new Set(itemsOf(r))] } }),
  add: (a, b) => withValue(a, { set: { item: [...new Set([...itemsOf(a), ...itemsOf(b)])] } }),
  subtract: (a, b) => {
    const minus = new Set(itemsOf(b));
    return withValue(a, { set: { item: itemsOf(a).filter((i) => !minus.has(i)) } });
  },
  contains: (a, b) => {
    const items = new Set(itemsOf(a));
    return itemsOf(b).every((i) => items.has(i));
  },
};

/** TEXT is not a valid resource type; such a resource never merges and is never contained. */
const textOps: ValueOps = {
  isEmpty: () => false,
  normalize: (r) => ({ ...r }),
  add: (a) => a,
  subtract: (a) => a,
  contains: () => false,
};

function opsFor(r: Resource): ValueOps {
  switch (r.type) {
    case SCALAR:
      return scalarOps;
    case RANGES:
      return rangesOps;
    case SET:
      return setOps;
    case mesos.v1.Value.Type.TEXT:
      return textOps;
  }
}

const isEmptyValue = (r: Resource): boolean => opsFor(r).isEmpty(r);
const normalized = (r: Resource): Resource => opsFor(r).normalize(r);
const addValues = (a: Resource, b: Resource): Resource => opsFor(a).add(a, b);
const subtractValues = (a: Resource, b: Resource): Resource => opsFor(a).subtract(a, b);
const valueContains = (a: Resource, b: Resource): boolean => opsFor(a).contains(a, b);

/** Merges resources of equal identity; drops empty ones. Volumes stay separate entries. */
export function sumResources(...lists: readonly (readonly Resource[])[]): Resource[] {
  const out: Resource[] = [];
  const index = new Map<string, number>();
  for (const r of lists.flat()) {
    if (isEmptyValue(r)) continue;
    const key = identityOf(r);
    const at = isPersistentVolume(r) ? undefined : index.get(key);
    if (at === undefined) {
      index.set(key, out.length);
      out.push(normalized(r));
    } else {
      const prev = out[at];
      if (prev !== undefined) out[at] = addValues(prev, r);
    }
  }
  return out;
}

/** Where `r` can be taken from in `pool`: same identity; a volume only as a whole. */
function matchIndex(pool: readonly Resource[], r: Resource): number {
  const key = identityOf(r);
  return pool.findIndex(
    (o) =>
      identityOf(o) === key &&
      (!isPersistentVolume(r) ||
        roundScalar(o.scalar?.value ?? 0) === roundScalar(r.scalar?.value ?? 0)),
  );
}

function takeFrom(pool: readonly Resource[], r: Resource): Resource[] | null {
  const at = matchIndex(pool, r);
  const match = pool[at];
  if (match === undefined || !valueContains(match, r)) return null;
  const rest = isPersistentVolume(r) ? [] : [subtractValues(match, r)];
  return [...pool.slice(0, at), ...rest, ...pool.slice(at + 1)].filter((x) => !isEmptyValue(x));
}

/** Whether every resource of `inner` is within `outer` (same identity, value contained). */
export function containsResources(outer: readonly Resource[], inner: readonly Resource[]): boolean {
  let pool: Resource[] | null = sumResources(outer);
  for (const r of sumResources(inner)) {
    pool = takeFrom(pool, r);
    if (pool === null) return false;
  }
  return true;
}

/** `outer` minus `inner`; what is not in `outer` is ignored (check containsResources first). */
export function subtractResources(
  outer: readonly Resource[],
  inner: readonly Resource[],
): Resource[] {
  let pool = sumResources(outer);
  for (const r of sumResources(inner)) {
    const at = matchIndex(pool, r);
    const match = pool[at];
    if (match === undefined) continue;
    const rest = isPersistentVolume(r) ? [] : [subtractValues(match, r)];
    pool = [...pool.slice(0, at), ...rest, ...pool.slice(at + 1)].filter((x) => !isEmptyValue(x));
  }
  return pool;
}

export function scalarResource(name: string, value: number): Resource {
  return { name, type: SCALAR, scalar: { value } };
}

export function rangesResource(
  name: string,
  ranges: readonly (readonly [number, number])[],
): Resource {
  return { name, type: RANGES, ranges: { range: ranges.map(([begin, end]) => ({ begin, end })) } };
}

/** Sum of the scalars named `name` (any reservation). */
export function scalarTotal(resources: readonly Resource[], name: string): number {
  return roundScalar(
    resources
      .filter((r) => r.name === name && r.type === SCALAR)
      .reduce((s, r) => s + (r.scalar?.value ?? 0), 0),
  );
}
