// Task statuses as the agent hands them to the master: the agent's own (SOURCE_AGENT: executor gone, kill
// before delivery, ...) and executors' updates completed with what the agent adds (agent id, timestamp,
// container status), matching scheduler-side-update-*.pb of the real agent.
import { mesos } from '@cmf/proto';
import type { TaskStatus } from '../link.js';

type TaskState = mesos.v1.TaskState;
type Reason = mesos.v1.TaskStatus.Reason;

export interface AgentStatusInput {
  readonly taskId: string;
  readonly state: TaskState;
  readonly reason: Reason;
  readonly message: string;
  readonly agentId: string;
  readonly executorId?: string;
  readonly uuid: Uint8Array;
  readonly nowMs: number;
}

/** An update the agent itself generates: it is retried and acknowledged like an executor's. */
export function agentStatus(input: AgentStatusInput): TaskStatus {
  return {
    task_id: { value: input.taskId },
    state: input.state,
    source: mesos.v1.TaskStatus.Source.SOURCE_AGENT,
    reason: input.reason,
    message: input.message,
    agent_id: { value: input.agentId },
    ...(input.executorId === undefined ? {} : { executor_id: { value: input.executorId } }),
    timestamp: input.nowMs / 1000,
    uuid: input.uuid,
  };
}

export interface Container {
  readonly containerId: string;
  readonly pid: number | undefined;
  /** The agent's address: with no network isolation the container has the host's. */
  readonly ip: string;
}

/**
 * The agent's copy of an update before it enters the status update stream: agent_id, executor_id and
 * timestamp filled in when the executor left them out, and the container status of a launched task.
 */
export function completeStatus(
  status: TaskStatus,
  fill: { agentId: string; executorId?: string; nowMs: number; container?: Container },
): TaskStatus {
  const out: TaskStatus = { ...status };
  out.agent_id ??= { value: fill.agentId };
  if (!out.executor_id && fill.executorId !== undefined)
    out.executor_id = { value: fill.executorId };
  out.timestamp ??= fill.nowMs / 1000;
  if (fill.container !== undefined) out.container_status = containerStatus(status, fill.container);
  return out;
}

function containerStatus(status: TaskStatus, c: Container): mesos.v1.ContainerStatus.$Properties {
  const given = status.container_status ?? {};
  const networkInfos =
    given.network_infos && given.network_infos.length > 0
      ? given.network_infos
      : [{ ip_addresses: [{ ip_address: c.ip }] }];
  return {
    ...given,
    container_id: given.container_id ?? { value: c.containerId },
    network_infos: networkInfos,
    ...(c.pid === undefined ? {} : { executor_pid: c.pid }),
  };
}

export function uuidHex(uuid: Uint8Array): string {
  return Buffer.from(uuid.buffer, uuid.byteOffset, uuid.byteLength).toString('hex');
}
