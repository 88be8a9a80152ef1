// The allocator: which framework gets which of an agent's available resources, one offer per
// (agent, framework, role). Unreserved resources go to the framework with the smallest share first
// (a DRF-like order); reserved ones only to frameworks of the reservation's role.
import { isUnreserved, reservationRole } from '../../common/reservations.js';
import { scalarTotal, subtractResources, type Resource } from '../../common/resources.js';
import { isFiltered, type OfferFilter } from './filters.js';

export interface AllocationAgent {
  readonly id: string;
  /** Unallocated resources neither used nor offered. */
  readonly available: readonly Resource[];
}

export interface AllocationFramework {
  readonly id: string;
  readonly roles: readonly string[];
  readonly suppressedRoles: ReadonlySet<string>;
  readonly filters: readonly OfferFilter[];
  /** Dominant share of the cluster already allocated to it (used + offered); lower goes first. */
  readonly share: number;
}

export interface OfferDraft {
  readonly frameworkId: string;
  readonly agentId: string;
  readonly role: string;
  /** Unallocated; the shell adds allocation_info for `role`. */
  readonly resources: Resource[];
}

/** Mesos's default --min_allocatable_resources: cpus:0.01|mem:32. */
export function isAllocatable(resources: readonly Resource[]): boolean {
  return scalarTotal(resources, 'cpus') >= 0.01 || scalarTotal(resources, 'mem') >= 32;
}

function offerableTo(resources: readonly Resource[], role: string): Resource[] {
  return resources.filter((r) => isUnreserved(r) || reservationRole(r) === role);
}

function agentOffers(
  agent: AllocationAgent,
  frameworks: readonly AllocationFramework[],
  nowMs: number,
): OfferDraft[] {
  const drafts: OfferDraft[] = [];
  let remaining: Resource[] = [...agent.available];
  for (const framework of frameworks) {
    for (const role of framework.roles) {
      if (framework.suppressedRoles.has(role)) continue;
      const resources = offerableTo(remaining, role);
      if (!isAllocatable(resources)) continue;
      if (isFiltered(framework.filters, agent.id, role, resources, nowMs)) continue;
      drafts.push({ frameworkId: framework.id, agentId: agent.id, role, resources });
      remaining = subtractResources(remaining, resources);
    }
  }
  return drafts;
}

/** One allocation pass over every agent; frameworks ordered by share, then id. */
export function allocate(
  agents: readonly AllocationAgent[],
  frameworks: readonly AllocationFramework[],
  nowMs: number,
): OfferDraft[] {
  const ordered = [...frameworks].sort((a, b) => a.share - b.share || a.id.localeCompare(b.id));
  return agents.flatMap((agent) => agentOffers(agent, ordered, nowMs));
}
