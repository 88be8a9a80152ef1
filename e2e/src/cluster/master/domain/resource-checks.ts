// Validation of the Resource values a scheduler sends (Mesos's Resources::validate and the task
// resource rules of protocol §16 item 16), and the short text form used in error messages.
import { mesos } from '@cmf/proto';
import { reservationRole } from '../../common/reservations.js';
import { RANGES, SCALAR, SET, type Resource } from '../../common/resources.js';

function hasValue(v: unknown): boolean {
  return v !== undefined && v !== null;
}

function scalarError(r: Resource): string | null {
  if (!hasValue(r.scalar) || hasValue(r.ranges) || hasValue(r.set))
    return 'Invalid scalar resource';
  const value = r.scalar?.value ?? Number.NaN;
  // NaN fails this comparison too: Mesos reports it as a huge negative value.
  if (!(value >= 0)) return `Invalid scalar resource ${r.name}: value <= 0`;
  return null;
}

function rangesError(r: Resource): string | null {
  if (!hasValue(r.ranges) || hasValue(r.scalar) || hasValue(r.set))
    return 'Invalid ranges resource';
  const ranges = [...(r.ranges?.range ?? [])].sort((a, b) => a.begin - b.begin);
  if (ranges.some((x) => x.begin > x.end))
    return `Invalid ranges resource ${r.name}: inverted range`;
  for (let i = 1; i < ranges.length; i++) {
    const prev = ranges[i - 1];
    const cur = ranges[i];
    if (prev && cur && cur.begin <= prev.end) {
      return `Invalid ranges resource ${r.name}: overlapping ranges`;
    }
  }
  return null;
}

function setError(r: Resource): string | null {
  if (!hasValue(r.set) || hasValue(r.scalar) || hasValue(r.ranges)) return 'Invalid set resource';
  const items = r.set?.item ?? [];
  return new Set(items).size === items.length
    ? null
    : `Invalid set resource ${r.name}: duplicated items`;
}

/** Null for a valid resource. TEXT is refused here (a real master aborts on it; never send one). */
export function resourceError(r: Resource): string | null {
  if (r.name === '') return 'Empty resource name';
  if (hasValue(r.disk) && r.name !== 'disk') return `DiskInfo set on non-disk resource ${r.name}`;
  switch (r.type) {
    case SCALAR:
      return scalarError(r);
    case RANGES:
      return rangesError(r);
    case SET:
      return setError(r);
    case mesos.v1.Value.Type.TEXT:
      return `Invalid resource type TEXT for ${r.name}`;
  }
}

/** The role each resource is allocated to must be one and the same. */
export function allocationRoles(resources: readonly Resource[]): Set<string> {
  return new Set(resources.map((r) => r.allocation_info?.role ?? ''));
}

/** Revocable and non-revocable resources of one name may not be mixed. */
export function mixesRevocable(resources: readonly Resource[]): string | null {
  const kinds = new Map<string, Set<boolean>>();
  for (const r of resources) {
    const seen = kinds.get(r.name) ?? new Set<boolean>();
    seen.add(Boolean(r.revocable));
    kinds.set(r.name, seen);
  }
  return [...kinds.entries()].find(([, s]) => s.size > 1)?.[0] ?? null;
}

function valueText(r: Resource): string {
  switch (r.type) {
    case RANGES:
      return `[${(r.ranges?.range ?? []).map((x) => `${x.begin}-${x.end}`).join(', ')}]`;
    case SET:
      return `{${(r.set?.item ?? []).join(', ')}}`;
    case SCALAR:
      return String(r.scalar?.value ?? 0);
    case mesos.v1.Value.Type.TEXT:
      return '';
  }
}

/** `cpus(reservation: cassandra)(allocated: cassandra):0.5; ports(allocated: *):[31000-31000]`. */
export function describeResources(resources: readonly Resource[]): string {
  return resources
    .map((r) => {
      const role = reservationRole(r);
      const reserved = role === '*' ? '' : `(reservation: ${role})`;
      const allocated = r.allocation_info?.role ? `(allocated: ${r.allocation_info.role})` : '';
      const volume = r.disk?.persistence ? `[${r.disk.persistence.id}]` : '';
      return `${r.name}${reserved}${allocated}${volume}:${valueText(r)}`;
    })
    .join('; ');
}
