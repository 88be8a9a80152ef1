// Reservations left behind: after a replace or a decommission, the old agent may still hold the
// node's reserved resources and persistent volume. When that agent offers them again they are
// DESTROYed and UNRESERVEd; an offer from the agent without them shows they are gone.
import type { mesos } from '@cmf/proto';
import { LABEL_NODE, LABEL_RING } from '../ids.js';
import type { NodeRecord } from '../node.js';
import type { OfferView } from '../offers.js';
import { isReservedFor } from '../resources.js';
import type { EpochMs } from '../time.js';
import type { Operation, Resource } from '../wire.js';
import type { OpsState, StaleReservation } from './state.js';

/* eslint-disable @typescript-eslint/no-unsafe-enum-assignment -- as in wire.ts: numbers spelled
   out so the core needs no protobufjs at run time; release.test.ts checks them. */
export const OPERATION_UNRESERVE = 3 as mesos.v1.Offer.Operation.Type.UNRESERVE;
export const OPERATION_DESTROY = 5 as mesos.v1.Offer.Operation.Type.DESTROY;
/* eslint-enable @typescript-eslint/no-unsafe-enum-assignment */

/** The entry for a node's current placement, or null when it has none. */
export function staleFrom(
  node: NodeRecord,
  ringName: string,
  now: EpochMs,
): StaleReservation | null {
  const p = node.placement;
  if (p === null) return null;
  return {
    nodeId: node.nodeId,
    agentId: p.agentId,
    persistenceId: p.persistenceId,
    labels: { [LABEL_RING]: ringName, [LABEL_NODE]: node.nodeId },
    sinceMs: now,
    sentAtMs: null,
  };
}

/** Agents a new node must not be placed on while a stale reservation of the same node sits there. */
export function staleAgents(stale: readonly StaleReservation[]): Map<string, string> {
  return new Map(stale.map((s) => [s.agentId, `${s.nodeId} (stale reservation)`]));
}

/** The reserved disk as it is once its volume is destroyed: same reservation, no persistence. */
function withoutVolume(r: Resource): Resource {
  const rest: Resource = { ...r };
  delete rest.disk;
  const source = r.disk?.source;
  return source ? { ...rest, disk: { source } } : rest;
}

/** DESTROY then UNRESERVE for everything `offer` holds of `stale`; empty when it holds nothing. */
export function releaseOperations(
  stale: StaleReservation,
  offer: OfferView,
  role: string,
): Operation[] {
  if (offer.agentId !== stale.agentId) return [];
  const reserved = offer.resources.filter((r) => isReservedFor(r, role, stale.labels));
  if (reserved.length === 0) return [];
  const volumes = reserved.filter((r) => r.disk?.persistence?.id === stale.persistenceId);
  const ops: Operation[] = [];
  if (volumes.length > 0) ops.push({ type: OPERATION_DESTROY, destroy: { volumes } });
  const unreserve = reserved.map((r) => (r.disk?.persistence ? withoutVolume(r) : r));
  ops.push({ type: OPERATION_UNRESERVE, unreserve: { resources: unreserve } });
  return ops;
}

export interface StaleRelease {
  /** To persist before the ACCEPT goes out. */
  readonly state: OpsState;
  /** Empty: nothing of ours in this offer; the offer is the caller's to use or decline. */
  readonly operations: readonly Operation[];
  readonly released: readonly string[];
  readonly gone: readonly string[];
}

/**
 * What an offer means for the stale list: entries on its agent whose resources it carries are
 * released (ACCEPT this offer with `operations`); released entries it no longer carries are done
 * and dropped.
 */
export function releaseStale(
  state: OpsState,
  offer: OfferView,
  role: string,
  now: EpochMs,
): StaleRelease {
  const operations: Operation[] = [];
  const released: string[] = [];
  const gone: string[] = [];
  const stale: StaleReservation[] = [];
  for (const entry of state.stale) {
    if (entry.agentId !== offer.agentId) {
      stale.push(entry);
      continue;
    }
    const ops = releaseOperations(entry, offer, role);
    if (ops.length === 0) {
      // Not offered may only mean in use (the old task came back and is still being killed):
      // only an entry we already released is taken as gone.
      if (entry.sentAtMs === null) stale.push(entry);
      else gone.push(entry.nodeId);
      continue;
    }
    operations.push(...ops);
    released.push(entry.nodeId);
    stale.push({ ...entry, sentAtMs: now });
  }
  return { state: { ...state, stale }, operations, released, gone };
}
