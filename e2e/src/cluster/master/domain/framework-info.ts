// What the master accepts in a SUBSCRIBE's FrameworkInfo (protocol §2.1, §2.2): the checks whose
// failure is 200 + one ERROR event + close, the framework's roles and capabilities, and how a
// re-subscription's FrameworkInfo replaces the old one.
import { mesos } from '@cmf/proto';
import { idError, roleError } from './names.js';

export type FrameworkInfo = mesos.v1.FrameworkInfo.$Properties;
export const Capability = mesos.v1.FrameworkInfo.Capability.Type;

export function hasCapability(
  info: FrameworkInfo,
  type: mesos.v1.FrameworkInfo.Capability.Type,
): boolean {
  return (info.capabilities ?? []).some((c) => c.type === type);
}

function hasOwnRole(info: FrameworkInfo): boolean {
  return Object.hasOwn(info, 'role') && info.role !== null && info.role !== undefined;
}

/** MULTI_ROLE frameworks use `roles`; the others the deprecated `role`, `*` when unset. */
export function frameworkRoles(info: FrameworkInfo): string[] {
  if (hasCapability(info, Capability.MULTI_ROLE)) return [...(info.roles ?? [])];
  return [hasOwnRole(info) ? (info.role ?? '*') : '*'];
}

function rolesError(info: FrameworkInfo): string | null {
  const multiRole = hasCapability(info, Capability.MULTI_ROLE);
  if (multiRole && hasOwnRole(info)) {
    return "'FrameworkInfo.role' must not be set when the framework is MULTI_ROLE capable";
  }
  if (!multiRole && (info.roles ?? []).length > 0) {
    return "'FrameworkInfo.roles' must not be set when the framework is not MULTI_ROLE capable";
  }
  const roles = info.roles ?? [];
  const duplicates = roles.filter((r, i) => roles.indexOf(r) !== i);
  if (duplicates.length > 0) {
    return `'FrameworkInfo.roles' contains duplicate items: { ${[...new Set(duplicates)].join(', ')} }`;
  }
  for (const role of frameworkRoles(info)) {
    const error = roleError(role);
    if (error !== null) {
      return multiRole
        ? `'FrameworkInfo.roles' contains invalid role: ${error}`
        : `'FrameworkInfo.role' is not a valid role: ${error}`;
    }
  }
  return null;
}

/** A Duration is int64 nanoseconds: the timeout must fit in it. */
function failoverTimeoutError(info: FrameworkInfo): string | null {
  const seconds = info.failover_timeout ?? 0;
  if (!Number.isFinite(seconds) || Math.abs(seconds) * 1e9 >= 2 ** 63) {
    return `Invalid failover_timeout: ${seconds}`;
  }
  return null;
}

/** The FrameworkInfo checks of SUBSCRIBE; a failure becomes the ERROR event's message. */
export function frameworkInfoError(
  info: FrameworkInfo,
  suppressedRoles: readonly string[],
): string | null {
  const roles = rolesError(info);
  if (roles !== null) return roles;
  const id = info.id?.value;
  if (id !== undefined) {
    const error = idError(id);
    if (error !== null) return `'FrameworkInfo.id' is invalid: ${error}`;
  }
  const timeout = failoverTimeoutError(info);
  if (timeout !== null) return timeout;
  const known = new Set(frameworkRoles(info));
  const stray = suppressedRoles.find((r) => !known.has(r));
  return stray === undefined
    ? null
    : `Suppressed role '${stray}' is not contained in the list of roles`;
}

/** Checks a re-subscription against the framework the master already has (if any). */
export function resubscribeError(
  previous: FrameworkInfo | undefined,
  removed: boolean,
  info: FrameworkInfo,
): string | null {
  if (removed) return 'Framework has been removed';
  if (previous === undefined) return null;
  if ((previous.principal ?? null) !== (info.principal ?? null)) {
    return "Changing framework's principal is not allowed.";
  }
  return null;
}

/** The new FrameworkInfo, keeping the immutable `user` and `checkpoint` of the old one. */
export function mergeResubscription(previous: FrameworkInfo, info: FrameworkInfo): FrameworkInfo {
  const merged: FrameworkInfo = { ...info, user: previous.user };
  if (previous.checkpoint === undefined || previous.checkpoint === null) delete merged.checkpoint;
  else merged.checkpoint = previous.checkpoint;
  return merged;
}
