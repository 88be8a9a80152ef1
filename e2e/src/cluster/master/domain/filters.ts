// DECLINE/ACCEPT filters (protocol §5.5): resources a framework refused on an agent are not offered to
// it again, for that role, until the filter expires or the framework revives.
import { containsResources, type Resource } from '../../common/resources.js';

export interface OfferFilter {
  readonly agentId: string;
  readonly role: string;
  /** Unallocated. An offer is filtered when all it would hold lies within these. */
  readonly resources: readonly Resource[];
  readonly expiresAtMs: number;
}

export function isFiltered(
  filters: readonly OfferFilter[],
  agentId: string,
  role: string,
  resources: readonly Resource[],
  nowMs: number,
): boolean {
  return filters.some(
    (f) =>
      f.agentId === agentId &&
      f.role === role &&
      f.expiresAtMs > nowMs &&
      containsResources(f.resources, resources),
  );
}

export function unexpired(filters: readonly OfferFilter[], nowMs: number): OfferFilter[] {
  return filters.filter((f) => f.expiresAtMs > nowMs);
}

/** REVIVE: drop the filters of the given roles (all roles when `roles` is empty). */
export function withoutRoles(
  filters: readonly OfferFilter[],
  roles: readonly string[],
): OfferFilter[] {
  if (roles.length === 0) return [];
  const cleared = new Set(roles);
  return filters.filter((f) => !cleared.has(f.role));
}
