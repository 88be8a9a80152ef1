// Arithmetic on Mesos Resource values: scalars (fixed point, 3 decimals, as Mesos keeps them),
// port ranges, reservations in both formats (the RESERVATION_REFINEMENT stack and the legacy
// role + reservation pair) and persistent volumes. Pure functions over plain objects.
import {
  RESERVATION_DYNAMIC,
  VALUE_RANGES,
  VALUE_SCALAR,
  type Label,
  type Resource,
} from './wire.js';

export type ReservationFormat = 'refined' | 'legacy';

/** What to stamp on resources we reserve. */
export interface ReservationSpec {
  readonly role: string;
  readonly principal: string;
  readonly labels: Readonly<Record<string, string>>;
  readonly format: ReservationFormat;
}

/** The innermost reservation of a resource, read from either format. */
export interface ReservationView {
  readonly role: string;
  readonly principal: string | null;
  readonly labels: Readonly<Record<string, string>>;
}

/** [begin, end], inclusive, as Mesos ranges are. */
export type Range = readonly [number, number];

export function labelsToRecord(
  labels: readonly Label[] | null | undefined,
): Record<string, string> {
  return Object.fromEntries((labels ?? []).map((l) => [l.key, l.value ?? '']));
}

function labelList(labels: Readonly<Record<string, string>>): Label[] {
  return Object.entries(labels)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([key, value]) => ({ key, value }));
}

/** null when the resource is unreserved (role "*" and no reservation in either format). */
export function reservationOf(r: Resource): ReservationView | null {
  const stack = r.reservations ?? [];
  const top = stack[stack.length - 1];
  if (top !== undefined) {
    return {
      role: top.role ?? '',
      principal: top.principal ?? null,
      labels: labelsToRecord(top.labels?.labels),
    };
  }
  const role = r.role ?? '*';
  if (role === '*') return null;
  return {
    role,
    principal: r.reservation?.principal ?? null,
    labels: labelsToRecord(r.reservation?.labels?.labels),
  };
}

export function isUnreserved(r: Resource): boolean {
  return reservationOf(r) === null;
}

/** True when the resource is reserved for `role` and carries every label given. */
export function isReservedFor(
  r: Resource,
  role: string,
  labels: Readonly<Record<string, string>>,
): boolean {
  const view = reservationOf(r);
  if (view?.role !== role) return false;
  return Object.entries(labels).every(([k, v]) => view.labels[k] === v);
}

export function isVolume(r: Resource): boolean {
  return typeof r.disk?.persistence?.id === 'string';
}

export function toMilli(value: number): number {
  return Math.round(value * 1000);
}

export function fromMilli(milli: number): number {
  return milli / 1000;
}

/** Sum of a scalar resource in thousandths, over the resources `keep` admits. */
export function scalarMilli(
  resources: readonly Resource[],
  name: string,
  keep: (r: Resource) => boolean = () => true,
): number {
  return resources
    .filter((r) => r.name === name && r.type === VALUE_SCALAR && keep(r))
    .reduce((sum, r) => sum + toMilli(r.scalar?.value ?? 0), 0);
}

/** Sorted, merged ranges of a RANGES resource (e.g. "ports") over the resources `keep` admits. */
export function rangesOf(
  resources: readonly Resource[],
  name: string,
  keep: (r: Resource) => boolean = () => true,
): Range[] {
  const all = resources
    .filter((r) => r.name === name && r.type === VALUE_RANGES && keep(r))
    .flatMap((r) => (r.ranges?.range ?? []).map((x): Range => [x.begin, x.end]));
  return mergeRanges(all);
}

export function mergeRanges(ranges: readonly Range[]): Range[] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const [begin, end] of sorted) {
    const last = merged[merged.length - 1];
    if (last !== undefined && begin <= last[1] + 1) last[1] = Math.max(last[1], end);
    else merged.push([begin, end]);
  }
  return merged;
}

export function rangesContain(ranges: readonly Range[], value: number): boolean {
  return ranges.some(([begin, end]) => begin <= value && value <= end);
}

/** True when every value of `inner` lies inside `outer`. */
export function rangesCover(outer: readonly Range[], inner: readonly Range[]): boolean {
  const merged = mergeRanges(outer);
  return inner.every(([b, e]) => merged.some(([ob, oe]) => ob <= b && e <= oe));
}

/** `from` minus `take`; assumes `take` is covered by `from`. */
export function subtractRanges(from: readonly Range[], take: readonly Range[]): Range[] {
  let rest: Range[] = mergeRanges(from);
  for (const [b, e] of mergeRanges(take)) {
    rest = rest.flatMap(([rb, re]): Range[] => {
      if (e < rb || b > re) return [[rb, re]];
      const parts: Range[] = [];
      if (rb < b) parts.push([rb, b - 1]);
      if (e < re) parts.push([e + 1, re]);
      return parts;
    });
  }
  return rest;
}

/** Distinct ports as merged single-port ranges: [7000, 7199, 7000] -> [[7000,7000],[7199,7199]]. */
export function portsAsRanges(ports: readonly number[]): Range[] {
  return mergeRanges([...new Set(ports)].map((p): Range => [p, p]));
}

export function findVolume(resources: readonly Resource[], persistenceId: string): Resource | null {
  return resources.find((r) => r.disk?.persistence?.id === persistenceId) ?? null;
}

export interface ResourceOptions {
  readonly reservation?: ReservationSpec | null;
  readonly allocationRole?: string | null;
}

function envelope(options: ResourceOptions): Partial<Resource> {
  const { reservation, allocationRole } = options;
  const allocation = allocationRole ? { allocation_info: { role: allocationRole } } : {};
  if (!reservation) return allocation;
  const labels = { labels: labelList(reservation.labels) };
  if (reservation.format === 'legacy') {
    return {
      ...allocation,
      role: reservation.role,
      reservation: { principal: reservation.principal, labels },
    };
  }
  return {
    ...allocation,
    reservations: [
      {
        type: RESERVATION_DYNAMIC,
        role: reservation.role,
        principal: reservation.principal,
        labels,
      },
    ],
  };
}

export function scalarResource(
  name: string,
  value: number,
  options: ResourceOptions = {},
): Resource {
  return {
    name,
    type: VALUE_SCALAR,
    scalar: { value: fromMilli(toMilli(value)) },
    ...envelope(options),
  };
}

export function rangesResource(
  name: string,
  ranges: readonly Range[],
  options: ResourceOptions = {},
): Resource {
  const range = mergeRanges(ranges).map(([begin, end]) => ({ begin, end }));
  return { name, type: VALUE_RANGES, ranges: { range }, ...envelope(options) };
}

/** The same resource with a different scalar value (keeps reservation, allocation and disk info). */
export function withScalar(r: Resource, value: number): Resource {
  return { ...r, scalar: { value: fromMilli(toMilli(value)) } };
}
