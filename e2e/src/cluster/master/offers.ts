// Offers in the shell: an allocation pass turned into OFFERS events, the offer lifecycle (timeout,
// rescind, silent discard), and the framework's view of an offer (roles and reservation format).
import { mesos } from '@cmf/proto';
import { allocatedTo, toPreRefinement, withoutAllocation } from '../common/reservations.js';
import { scalarTotal, sumResources, type Resource } from '../common/resources.js';
import { allocate, type AllocationFramework } from './domain/allocation.js';
import { Capability, hasCapability } from './domain/framework-info.js';
import { unexpired } from './domain/filters.js';
import type { MasterCore } from './core.js';
import { availableOn, type AgentRecord, type FrameworkRecord, type OfferRecord } from './model.js';

type Offer = mesos.v1.Offer.$Properties;
const EventType = mesos.v1.scheduler.Event.Type;

export function isActive(framework: FrameworkRecord): boolean {
  return framework.stream?.isOpen === true;
}

/** Cpus held (used + offered) over the cluster's cpus: the order frameworks are offered in. */
function share(core: MasterCore, framework: FrameworkRecord): number {
  let held = 0;
  let total = 0;
  for (const agent of core.agents.values()) {
    total += scalarTotal(agent.total, 'cpus');
    for (const [key, resources] of agent.used) {
      if (key.includes(`/${framework.id}/`)) held += scalarTotal(resources, 'cpus');
    }
  }
  for (const id of framework.offers) {
    held += scalarTotal(core.offers.get(id)?.resources ?? [], 'cpus');
  }
  return total === 0 ? 0 : held / total;
}

function allocationFramework(
  core: MasterCore,
  framework: FrameworkRecord,
  nowMs: number,
): AllocationFramework {
  framework.filters = unexpired(framework.filters, nowMs);
  return {
    id: framework.id,
    roles: framework.roles,
    suppressedRoles: framework.suppressedRoles,
    filters: framework.filters,
    share: share(core, framework),
  };
}

/** One allocation pass: every active framework may get one offer per agent and role. */
export function runAllocation(core: MasterCore): void {
  core.allocationPasses++;
  const nowMs = core.now();
  const agents = [...core.agents.values()]
    .filter((a) => a.standing === 'active')
    .map((a) => ({ id: a.id, available: availableOn(a) }));
  const frameworks = [...core.frameworks.values()]
    .filter(isActive)
    .map((f) => allocationFramework(core, f, nowMs));
  const byFramework = new Map<string, OfferRecord[]>();
  const clusterCpus = [...core.agents.values()].reduce(
    (sum, a) => sum + scalarTotal(a.total, 'cpus'),
    0,
  );
  for (const draft of allocate(agents, frameworks, nowMs, clusterCpus)) {
    const offer = addOffer(core, draft.frameworkId, draft.agentId, draft.role, draft.resources);
    if (offer === null) continue;
    byFramework.set(draft.frameworkId, [...(byFramework.get(draft.frameworkId) ?? []), offer]);
  }
  for (const [frameworkId, offers] of byFramework) {
    const framework = core.frameworks.get(frameworkId);
    if (framework === undefined) continue;
    core.send(framework, {
      type: EventType.OFFERS,
      offers: { offers: offers.map((o) => offerView(core, o, framework)) },
    });
  }
}

function addOffer(
  core: MasterCore,
  frameworkId: string,
  agentId: string,
  role: string,
  resources: Resource[],
): OfferRecord | null {
  const agent = core.agents.get(agentId);
  const framework = core.frameworks.get(frameworkId);
  if (agent === undefined || framework === undefined) return null;
  const offer: OfferRecord = {
    id: core.newOfferId(),
    frameworkId,
    agentId,
    role,
    resources: resources.map((r) => allocatedTo(r, role)),
    timer: null,
  };
  core.offers.set(offer.id, offer);
  agent.offered.set(offer.id, resources.map(withoutAllocation));
  framework.offers.add(offer.id);
  const timeoutMs = core.timings.offerTimeoutMs;
  if (timeoutMs !== null) {
    offer.timer = setTimeout(() => {
      removeOffer(core, offer, true);
    }, timeoutMs);
    offer.timer.unref();
  }
  return offer;
}

/** Withdraws an offer; its resources become available again. With `rescind`, the framework is told. */
export function removeOffer(core: MasterCore, offer: OfferRecord, rescind: boolean): void {
  if (!core.offers.delete(offer.id)) return;
  if (offer.timer !== null) clearTimeout(offer.timer);
  core.agents.get(offer.agentId)?.offered.delete(offer.id);
  const framework = core.frameworks.get(offer.frameworkId);
  framework?.offers.delete(offer.id);
  if (rescind && framework !== undefined) {
    core.send(framework, { type: EventType.RESCIND, rescind: { offer_id: { value: offer.id } } });
  }
}

export function removeAgentOffers(core: MasterCore, agent: AgentRecord, rescind: boolean): void {
  for (const offer of [...core.offers.values()]) {
    if (offer.agentId === agent.id) removeOffer(core, offer, rescind);
  }
}

/** Offers die silently with a subscription (no RESCIND on either stream, protocol §2.5). */
export function discardFrameworkOffers(core: MasterCore, framework: FrameworkRecord): void {
  for (const id of [...framework.offers]) {
    const offer = core.offers.get(id);
    if (offer !== undefined) removeOffer(core, offer, false);
  }
}

function resourceView(framework: FrameworkRecord, resources: readonly Resource[]): Resource[] {
  const multiRole = hasCapability(framework.info, Capability.MULTI_ROLE);
  const refinement = hasCapability(framework.info, Capability.RESERVATION_REFINEMENT);
  return resources
    .map((r) => (multiRole ? r : withoutAllocation(r)))
    .map((r) => (refinement ? r : toPreRefinement(r)))
    .filter((r): r is Resource => r !== null);
}

/** The Offer as this framework sees it (allocation_info only for MULTI_ROLE, old reservation form
 * without RESERVATION_REFINEMENT). */
export function offerView(core: MasterCore, offer: OfferRecord, framework: FrameworkRecord): Offer {
  const agent = core.agents.get(offer.agentId);
  const hostname = agent?.info.hostname ?? '';
  const view: Offer = {
    id: { value: offer.id },
    framework_id: { value: offer.frameworkId },
    agent_id: { value: offer.agentId },
    hostname,
    resources: resourceView(framework, sumResources(offer.resources)),
    attributes: agent?.info.attributes ?? [],
    url: {
      scheme: 'http',
      address: { hostname, ip: hostname, port: agent?.info.port ?? 5051 },
      path: '/slave(1)',
    },
  };
  const executorIds = [...(agent?.executors.values() ?? [])]
    .filter((e) => e.frameworkId === framework.id)
    .map((e) => ({ value: e.executorId }));
  if (executorIds.length > 0) view.executor_ids = executorIds;
  if (hasCapability(framework.info, Capability.MULTI_ROLE))
    view.allocation_info = { role: offer.role };
  return view;
}
