// Builders for the scheduler Calls we send and the FrameworkInfo we subscribe with: values only,
// no I/O (mesos-go's calls package). The client adds framework_id and the stream id.
import { mesos } from '@cmf/proto';

type Call = mesos.v1.scheduler.Call.$Properties;
const Type = mesos.v1.scheduler.Call.Type;
const Capability = mesos.v1.FrameworkInfo.Capability.Type;

export interface FrameworkSettings {
  readonly user: string;
  readonly name: string;
  readonly role: string;
  readonly principal: string;
  readonly failoverTimeoutSeconds: number;
  readonly hostname?: string;
  readonly webuiUrl?: string;
}

/**
 * MULTI_ROLE (roles, allocation_info), PARTITION_AWARE (UNREACHABLE/GONE/... instead of LOST),
 * RESERVATION_REFINEMENT (reservations as a stack), TASK_KILLING_STATE (the executor drains).
 * Checkpointing is always on: tasks must outlive an agent restart.
 */
export function frameworkInfo(
  settings: FrameworkSettings,
  frameworkId: string | null,
): mesos.v1.FrameworkInfo.$Properties {
  return {
    user: settings.user,
    name: settings.name,
    ...(frameworkId ? { id: { value: frameworkId } } : {}),
    failover_timeout: settings.failoverTimeoutSeconds,
    checkpoint: true,
    roles: [settings.role],
    principal: settings.principal,
    capabilities: [
      Capability.MULTI_ROLE,
      Capability.PARTITION_AWARE,
      Capability.RESERVATION_REFINEMENT,
      Capability.TASK_KILLING_STATE,
    ].map((type) => ({ type })),
    ...(settings.hostname ? { hostname: settings.hostname } : {}),
    ...(settings.webuiUrl ? { webui_url: settings.webuiUrl } : {}),
  };
}

/** First registration carries no id anywhere; a re-subscription carries it in both places. */
export function subscribe(info: mesos.v1.FrameworkInfo.$Properties): Call {
  const id = info.id?.value;
  return {
    ...(id ? { framework_id: { value: id } } : {}),
    type: Type.SUBSCRIBE,
    subscribe: { framework_info: info },
  };
}

const filters = (refuseSeconds: number): mesos.v1.Filters.$Properties => ({
  refuse_seconds: refuseSeconds,
});

export function accept(
  offerId: string,
  operations: readonly mesos.v1.Offer.Operation.$Properties[],
  refuseSeconds: number,
): Call {
  return {
    type: Type.ACCEPT,
    accept: {
      offer_ids: [{ value: offerId }],
      operations: [...operations],
      filters: filters(refuseSeconds),
    },
  };
}

export function decline(offerIds: readonly string[], refuseSeconds: number): Call {
  return {
    type: Type.DECLINE,
    decline: { offer_ids: offerIds.map((value) => ({ value })), filters: filters(refuseSeconds) },
  };
}

export function revive(roles: readonly string[]): Call {
  return { type: Type.REVIVE, revive: { roles: [...roles] } };
}

export function suppress(roles: readonly string[]): Call {
  return { type: Type.SUPPRESS, suppress: { roles: [...roles] } };
}

export function acknowledge(agentId: string, taskId: string, uuid: Uint8Array): Call {
  return {
    type: Type.ACKNOWLEDGE,
    acknowledge: { agent_id: { value: agentId }, task_id: { value: taskId }, uuid },
  };
}

/** Empty `tasks` asks about every task the master knows (implicit reconciliation). */
export function reconcile(
  tasks: readonly { readonly taskId: string; readonly agentId: string | null }[],
): Call {
  return {
    type: Type.RECONCILE,
    reconcile: {
      tasks: tasks.map((t) => ({
        task_id: { value: t.taskId },
        ...(t.agentId ? { agent_id: { value: t.agentId } } : {}),
      })),
    },
  };
}

export function kill(taskId: string, agentId: string | null): Call {
  return {
    type: Type.KILL,
    kill: { task_id: { value: taskId }, ...(agentId ? { agent_id: { value: agentId } } : {}) },
  };
}

/** A framework message to one executor (unreliable: requests carry ids and are asked about). */
export function message(agentId: string, executorId: string, data: Uint8Array): Call {
  return {
    type: Type.MESSAGE,
    message: { agent_id: { value: agentId }, executor_id: { value: executorId }, data },
  };
}

export function encodeCall(call: Call, frameworkId: string | null): Uint8Array {
  const full = frameworkId ? { ...call, framework_id: { value: frameworkId } } : call;
  return mesos.v1.scheduler.Call.encode(full).finish();
}
