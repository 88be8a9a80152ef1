// Builders of the Calls and messages conformance tests send: ACCEPT with operations, tasks with a
// custom executor, resources in the post-refinement form (with allocation_info, as offers carry).
import { mesos } from '@cmf/proto';
import { DYNAMIC } from '../common/reservations.js';
import { rangesResource, scalarResource, type Resource } from '../common/resources.js';
import type { ExecutorInfo, TaskInfo } from '../link.js';
import { CallType, type Call } from './scheduler-wire.js';

type Operation = mesos.v1.Offer.Operation.$Properties;
const Op = mesos.v1.Offer.Operation.Type;

export interface ResourceOptions {
  /** allocation_info.role (default cassandra); null leaves it out. */
  readonly role?: string | null;
  /** Dynamically reserved for the allocation role with this principal. */
  readonly reservedBy?: string;
}

function shaped(r: Resource, o: ResourceOptions): Resource {
  const role = o.role === undefined ? 'cassandra' : o.role;
  const out: Resource = { ...r };
  if (role !== null) out.allocation_info = { role };
  if (o.reservedBy !== undefined)
    out.reservations = [{ type: DYNAMIC, role: role ?? '*', principal: o.reservedBy }];
  return out;
}

export const cpus = (v: number, o: ResourceOptions = {}): Resource =>
  shaped(scalarResource('cpus', v), o);
export const mem = (v: number, o: ResourceOptions = {}): Resource =>
  shaped(scalarResource('mem', v), o);
export const disk = (v: number, o: ResourceOptions = {}): Resource =>
  shaped(scalarResource('disk', v), o);
export const ports = (ranges: [number, number][], o: ResourceOptions = {}): Resource =>
  shaped(rangesResource('ports', ranges), o);

/** A persistent volume on reserved disk. */
export function volume(
  id: string,
  mb: number,
  principal = 'cassandra-principal',
  o: ResourceOptions = {},
): Resource {
  return {
    ...disk(mb, { reservedBy: principal, ...o }),
    disk: {
      persistence: { id, principal },
      volume: { container_path: 'data', mode: mesos.v1.Volume.Mode.RW },
    },
  };
}

export function executor(id: string, extra: Partial<ExecutorInfo> = {}): ExecutorInfo {
  return {
    executor_id: { value: id },
    type: mesos.v1.ExecutorInfo.Type.CUSTOM,
    command: { value: 'sleep 1000' },
    resources: [cpus(0.1), mem(32)],
    ...extra,
  };
}

export function task(
  id: string,
  agentId: string,
  resources: Resource[],
  extra: Partial<TaskInfo> = {},
): TaskInfo {
  return {
    name: id,
    task_id: { value: id },
    agent_id: { value: agentId },
    resources,
    executor: executor(`${id}-executor`),
    ...extra,
  };
}

export const launch = (...tasks: TaskInfo[]): Operation => ({
  type: Op.LAUNCH,
  launch: { task_infos: tasks },
});
export const reserve = (...resources: Resource[]): Operation => ({
  type: Op.RESERVE,
  reserve: { resources },
});
export const unreserve = (...resources: Resource[]): Operation => ({
  type: Op.UNRESERVE,
  unreserve: { resources },
});
export const create = (...volumes: Resource[]): Operation => ({
  type: Op.CREATE,
  create: { volumes },
});
export const destroy = (...volumes: Resource[]): Operation => ({
  type: Op.DESTROY,
  destroy: { volumes },
});

export function acceptCall(
  offerIds: readonly string[],
  operations: Operation[],
  refuseSeconds?: number,
): Call {
  return {
    type: CallType.ACCEPT,
    accept: {
      offer_ids: offerIds.map((value) => ({ value })),
      operations,
      ...(refuseSeconds === undefined ? {} : { filters: { refuse_seconds: refuseSeconds } }),
    },
  };
}

/** ACKNOWLEDGE of the update that carried `status`, as a scheduler sends it. */
export function acknowledgeCall(status: mesos.v1.TaskStatus.$Properties): Call {
  return {
    type: CallType.ACKNOWLEDGE,
    acknowledge: {
      agent_id: status.agent_id ?? { value: '' },
      task_id: status.task_id,
      uuid: status.uuid ?? new Uint8Array(),
    },
  };
}

export function declineCall(offerIds: readonly string[], refuseSeconds?: number): Call {
  return {
    type: CallType.DECLINE,
    decline: {
      offer_ids: offerIds.map((value) => ({ value })),
      ...(refuseSeconds === undefined ? {} : { filters: { refuse_seconds: refuseSeconds } }),
    },
  };
}
