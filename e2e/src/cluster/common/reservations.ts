// Reservation and allocation views of a Resource. Internally everything is kept in Mesos's
// post-refinement format (a `reservations` stack); frameworks without RESERVATION_REFINEMENT see and
// send the old `role` + `reservation` form, converted at the edges as Mesos does.
import { mesos } from '@cmf/proto';
import type { Resource } from './resources.js';

type ReservationInfo = mesos.v1.Resource.ReservationInfo.$Properties;

export const STATIC = mesos.v1.Resource.ReservationInfo.Type.STATIC;
export const DYNAMIC = mesos.v1.Resource.ReservationInfo.Type.DYNAMIC;

export function isUnreserved(r: Resource): boolean {
  return (r.reservations ?? []).length === 0;
}

/** The role the resource is reserved for (the top of the stack), or `*` when unreserved. */
export function reservationRole(r: Resource): string {
  const stack = r.reservations ?? [];
  return stack[stack.length - 1]?.role ?? '*';
}

export function isDynamicallyReserved(r: Resource): boolean {
  const stack = r.reservations ?? [];
  return stack[stack.length - 1]?.type === DYNAMIC;
}

function hasOldForm(r: Resource): boolean {
  return (r.role !== undefined && r.role !== null && r.role !== '*') || Boolean(r.reservation);
}

/** Upgrades the old `role` + `reservation` form (if that is what `r` uses) to a reservations stack. */
export function toPostRefinement(r: Resource): Resource {
  const { role, reservation, ...rest } = r;
  if ((r.reservations ?? []).length > 0 || !hasOldForm(r))
    return { ...rest, reservations: r.reservations ?? [] };
  const info: ReservationInfo = { type: reservation ? DYNAMIC : STATIC, role: role ?? '*' };
  if (reservation?.principal !== undefined && reservation.principal !== null)
    info.principal = reservation.principal;
  if (reservation?.labels) info.labels = reservation.labels;
  return { ...rest, reservations: [info] };
}

/** The old form for a framework without RESERVATION_REFINEMENT; null for a refined (nested) one. */
export function toPreRefinement(r: Resource): Resource | null {
  const stack = r.reservations ?? [];
  const rest = { ...r };
  delete rest.reservations;
  delete rest.role;
  delete rest.reservation;
  if (stack.length > 1) return null;
  const top = stack[0];
  if (top === undefined) return { ...rest, role: '*' };
  const out: Resource = { ...rest, role: top.role ?? '*' };
  if (top.type === DYNAMIC) {
    const old: mesos.v1.Resource.ReservationInfo.$Properties = {};
    if (top.principal !== undefined && top.principal !== null) old.principal = top.principal;
    if (top.labels) old.labels = top.labels;
    out.reservation = old;
  }
  return out;
}

export function allocatedTo(r: Resource, role: string): Resource {
  return { ...r, allocation_info: { role } };
}

export function withoutAllocation(r: Resource): Resource {
  const rest = { ...r };
  delete rest.allocation_info;
  return rest;
}
