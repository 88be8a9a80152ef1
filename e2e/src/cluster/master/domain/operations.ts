// RESERVE, UNRESERVE, CREATE and DESTROY inside an ACCEPT (protocol §5.4, §11, §16 item 24): each is
// validated, then turns `consumed` resources of the offer into `converted` ones. An invalid one is
// dropped (only logged), the other operations of the ACCEPT still apply.
import {
  DYNAMIC,
  isDynamicallyReserved,
  isUnreserved,
  reservationRole,
} from '../../common/reservations.js';
import { containsResources, isPersistentVolume, type Resource } from '../../common/resources.js';
import { idError } from './names.js';

export interface OperationContext {
  /** FrameworkInfo.principal, if any. */
  readonly principal: string | undefined;
  readonly frameworkRoles: readonly string[];
  /** The offers' allocation role. */
  readonly role: string;
  readonly sharedResources: boolean;
  /** The agent's checkpointed resources (reservations and volumes, unallocated). */
  readonly checkpointed: readonly Resource[];
  /** Persistence ids used by the agent's non-terminal tasks. */
  readonly volumesInUse: ReadonlySet<string>;
}

export type Conversion =
  | { readonly ok: true; readonly consumed: Resource[]; readonly converted: Resource[] }
  | { readonly ok: false; readonly message: string };

const fail = (message: string): Conversion => ({ ok: false, message });

/** Pops the top reservation (the resource as it was before that RESERVE). */
export function popReservation(r: Resource): Resource {
  return { ...r, reservations: (r.reservations ?? []).slice(0, -1) };
}

/** A volume's disk as it was before CREATE: no persistence, no volume. */
export function withoutVolume(r: Resource): Resource {
  const out = { ...r };
  delete out.disk;
  const source = r.disk?.source;
  if (source) out.disk = { source };
  return out;
}

function convert(
  pool: readonly Resource[],
  consumed: Resource[],
  converted: Resource[],
): Conversion {
  return containsResources(pool, consumed)
    ? { ok: true, consumed, converted }
    : fail(`Invalid operation: ${consumed.length} resource(s) not contained in the offer`);
}

function principalError(
  kind: string,
  ctx: OperationContext,
  claimed: string | null | undefined,
): string | null {
  const has = claimed !== undefined && claimed !== null;
  if (ctx.principal === undefined && has) {
    return `A ${kind} operation was attempted with no principal, but principal '${claimed}' is set`;
  }
  if (ctx.principal !== undefined && claimed !== ctx.principal) {
    return `A ${kind} operation was attempted by principal '${ctx.principal}' for principal '${claimed ?? ''}'`;
  }
  return null;
}

function reserveError(r: Resource, ctx: OperationContext): string | null {
  const top = (r.reservations ?? [])[(r.reservations ?? []).length - 1];
  if (top?.type !== DYNAMIC) return `Resource ${r.name} is not dynamically reserved`;
  const role = top.role ?? '*';
  if (role === '*') return 'Reserving for role "*" is not allowed';
  if (!ctx.frameworkRoles.includes(role) || role !== ctx.role) {
    return `A reserve operation was attempted for unauthorized role '${role}'`;
  }
  if (r.revocable) return 'Revocable resources cannot be reserved';
  if (isPersistentVolume(r)) return 'A persistent volume cannot be reserved';
  return principalError('reserve', ctx, top.principal);
}

export function reserve(
  resources: readonly Resource[],
  hasSource: boolean,
  ctx: OperationContext,
  pool: readonly Resource[],
): Conversion {
  if (hasSource) return fail("'Reserve.source' is not supported for frameworks");
  if (resources.length === 0) return fail('Invalid RESERVE: no resources');
  for (const r of resources) {
    const error = reserveError(r, ctx);
    if (error !== null) return fail(error);
  }
  return convert(pool, resources.map(popReservation), [...resources]);
}

export function unreserve(resources: readonly Resource[], pool: readonly Resource[]): Conversion {
  if (resources.length === 0) return fail('Invalid UNRESERVE: no resources');
  for (const r of resources) {
    if (!isDynamicallyReserved(r)) return fail(`Resource ${r.name} is not dynamically reserved`);
    if (isPersistentVolume(r))
      return fail('A dynamically reserved persistent volume cannot be unreserved');
  }
  return convert(pool, [...resources], resources.map(popReservation));
}

function volumeError(v: Resource, ctx: OperationContext, seen: Set<string>): string | null {
  const persistence = v.disk?.persistence;
  const volume = v.disk?.volume;
  if (!persistence) return 'Resource does not have a persistence';
  if (!volume) return 'Persistent volume does not have a volume';
  const idProblem = idError(persistence.id);
  if (idProblem !== null) return `Invalid persistence ID for persistent volume: ${idProblem}`;
  if (volume.host_path) return "Persistent volume cannot have 'host_path'";
  if (isUnreserved(v)) return 'Persistent volumes cannot be created from unreserved resources';
  if (v.shared && !ctx.sharedResources)
    return 'Create of shared persistent volumes needs SHARED_RESOURCES';
  const taken = ctx.checkpointed.some(
    (c) => c.disk?.persistence?.id === persistence.id && reservationRole(c) === reservationRole(v),
  );
  if (taken || seen.has(persistence.id)) {
    return `Persistence ID '${persistence.id}' is already used by another persistent volume`;
  }
  seen.add(persistence.id);
  return principalError('create', ctx, persistence.principal);
}

export function create(
  volumes: readonly Resource[],
  ctx: OperationContext,
  pool: readonly Resource[],
): Conversion {
  if (volumes.length === 0) return fail('Invalid CREATE: no volumes');
  const seen = new Set<string>();
  for (const v of volumes) {
    const error = volumeError(v, ctx, seen);
    if (error !== null) return fail(error);
  }
  return convert(pool, volumes.map(withoutVolume), [...volumes]);
}

export function destroy(
  volumes: readonly Resource[],
  ctx: OperationContext,
  pool: readonly Resource[],
): Conversion {
  if (volumes.length === 0) return fail('Invalid DESTROY: no volumes');
  for (const v of volumes) {
    const id = v.disk?.persistence?.id;
    if (id === undefined) return fail('Resource is not a persistent volume');
    if (!ctx.checkpointed.some((c) => c.disk?.persistence?.id === id))
      return fail('Persistent volumes not found');
    if (ctx.volumesInUse.has(id)) return fail('Persistent volumes in use');
  }
  return convert(pool, [...volumes], volumes.map(withoutVolume));
}
