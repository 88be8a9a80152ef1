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

/**
 * One allocation pass over every agent. Before each agent, frameworks are ordered by their share
 * (lowest first, then id), and each offer made raises the share of its framework: a DRF-like order
 * that spreads agents over frameworks instead of giving all to the first.
 */
export function allocate(
  agents: readonly AllocationAgent[],
  frameworks: readonly AllocationFramework[],
  nowMs: number,
  clusterCpus: number,
): OfferDraft[] {
  const shares = new Map(frameworks.map((f) => [f.id, f.share]));
  const share = (f: AllocationFramework): number => shares.get(f.id) ?? 0;
  return agents.flatMap((agent) => {
    const ordered = [...frameworks].sort((a, b) => share(a) - share(b) || a.id.localeCompare(b.id));
    const drafts = agentOffers(agent, ordered, nowMs);
    for (const d of drafts) {
      const cpus = scalarTotal(d.resources, 'cpus');
      shares.set(
        d.frameworkId,
        (shares.get(d.frameworkId) ?? 0) + (clusterCpus > 0 ? cpus / clusterCpus : 0),
      );
    }
    return drafts;
  });
}
