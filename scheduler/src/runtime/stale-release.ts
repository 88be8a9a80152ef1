// Offers before matching: each one notes when it carried a node's own reservation (healing waits
// replaceAfter from there), and one that holds a stale reservation (left behind by a replace or
// a decommission) is accepted with DESTROY + UNRESERVE, the ops state saying so stored first.
import { releaseStale } from '../domain/ops/index.js';
import type { OfferView } from '../domain/offers.js';
import type { EpochMs } from '../domain/time.js';
import * as calls from '../mesos/calls.js';
import type { Logger } from '../ports.js';
import type { MesosCalls } from './mesos-port.js';
import type { OpsShell } from './ops-shell.js';
import type { World } from './world.js';

export interface StaleReleaseDeps {
  readonly world: World;
  readonly ops: OpsShell;
  readonly mesos: MesosCalls;
  readonly logger: Logger;
  readonly framework: { readonly role: string };
  readonly refuseSeconds: number;
}

function noteOffered(world: World, offer: OfferView, now: EpochMs): void {
  const volumes = new Set(
    offer.resources.flatMap((r) => (r.disk?.persistence ? [r.disk.persistence.id] : [])),
  );
  for (const { node } of world.nodes.values()) {
    const p = node.placement;
    if (p?.agentId === offer.agentId && volumes.has(p.persistenceId))
      world.offeredAtMs.set(node.nodeId, now);
  }
}

/** Returns the offers left for matching: those that released nothing. */
export async function releaseStaleOffers(
  offers: readonly OfferView[],
  deps: StaleReleaseDeps,
  now: EpochMs,
): Promise<OfferView[]> {
  const rest: OfferView[] = [];
  for (const offer of offers) {
    noteOffered(deps.world, offer, now);
    const release = releaseStale(deps.world.ops.state, offer, deps.framework.role, now);
    await deps.ops.save(release.state);
    if (release.gone.length > 0)
      deps.logger.info('stale reservations gone', { nodes: release.gone, agentId: offer.agentId });
    if (release.operations.length === 0) {
      rest.push(offer);
      continue;
    }
    deps.logger.info('releasing stale reservations', {
      nodes: release.released,
      agentId: offer.agentId,
    });
    await deps.mesos.call(calls.accept(offer.offerId, release.operations, deps.refuseSeconds));
  }
  return rest;
}
