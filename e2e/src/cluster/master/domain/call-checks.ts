// The synchronous checks of a decoded scheduler Call, in the order Mesos's
// `validation::scheduler::call::validate` makes them; a failure is a 400 whose body starts
// "Failed to validate scheduler::Call: ".
import { isRfc4122Uuid, mesos } from '@cmf/proto';

type Call = mesos.v1.scheduler.Call.$Properties;
const T = mesos.v1.scheduler.Call.Type;

/** Presence as proto2 sees it: decoded messages keep defaults on the prototype, never own. */
function has(message: object, field: string): boolean {
  const value = (message as Record<string, unknown>)[field];
  return Object.hasOwn(message, field) && value !== null && value !== undefined;
}

/** The sub-message a call type needs, for the types that need one. */
const SUB_MESSAGE: Partial<Record<mesos.v1.scheduler.Call.Type, keyof Call>> = {
  [T.SUBSCRIBE]: 'subscribe',
  [T.ACCEPT]: 'accept',
  [T.DECLINE]: 'decline',
  [T.ACCEPT_INVERSE_OFFERS]: 'accept_inverse_offers',
  [T.DECLINE_INVERSE_OFFERS]: 'decline_inverse_offers',
  [T.KILL]: 'kill',
  [T.SHUTDOWN]: 'shutdown',
  [T.ACKNOWLEDGE]: 'acknowledge',
  [T.ACKNOWLEDGE_OPERATION_STATUS]: 'acknowledge_operation_status',
  [T.RECONCILE]: 'reconcile',
  [T.RECONCILE_OPERATIONS]: 'reconcile_operations',
  [T.MESSAGE]: 'message',
  [T.REQUEST]: 'request',
  [T.UPDATE_FRAMEWORK]: 'update_framework',
};

function principalMismatch(call: Call, principal: string | null): string | null {
  const info = call.subscribe?.framework_info;
  if (principal === null || info === undefined || !has(info, 'principal')) return null;
  const claimed = info.principal ?? '';
  return claimed === principal
    ? null
    : `Authenticated principal '${principal}' does not match principal '${claimed}' ` +
        'set in `FrameworkInfo`';
}

function subscribeError(call: Call, principal: string | null): string | null {
  const infoId = call.subscribe?.framework_info.id?.value ?? null;
  if (infoId !== (call.framework_id?.value ?? null)) {
    return "'framework_id' differs from 'subscribe.framework_info.id'";
  }
  return principalMismatch(call, principal);
}

const TYPE_CHECKS: Partial<Record<mesos.v1.scheduler.Call.Type, (call: Call) => string | null>> = {
  [T.ACKNOWLEDGE]: (call) =>
    isRfc4122Uuid(call.acknowledge?.uuid ?? new Uint8Array()) ? null : 'Not a valid UUID',
  [T.ACKNOWLEDGE_OPERATION_STATUS]: (call) =>
    has(call.acknowledge_operation_status ?? {}, 'agent_id')
      ? null
      : "Expecting 'agent_id' to be present",
  [T.UPDATE_FRAMEWORK]: (call) =>
    (call.update_framework?.framework_info.id?.value ?? null) === call.framework_id?.value
      ? null
      : "'framework_id' differs from 'update_framework.framework_info.id'",
};

/**
 * Null when the call passes, else the reason (without the "Failed to validate" prefix).
 * `principal` is the authenticated principal, null when authentication is off.
 */
export function callError(call: Call, principal: string | null): string | null {
  if (!has(call, 'type')) return "Expecting 'type' to be present";
  const type = call.type ?? T.UNKNOWN;
  const sub = SUB_MESSAGE[type];
  if (sub !== undefined && !has(call, sub)) return `Expecting '${sub}' to be present`;
  if (type === T.SUBSCRIBE) return subscribeError(call, principal);
  if (!has(call, 'framework_id')) return "Expecting 'framework_id' to be present";
  return TYPE_CHECKS[type]?.(call) ?? null;
}

export const CALL_ERROR_PREFIX = 'Failed to validate scheduler::Call: ';
