// Builds the v1 executor Calls (protocol doc §9.1, §15.12) as protobuf values. Pure: the uuid and
// the timestamp are inputs, so the same update can be rebuilt, or resent, byte for byte.
import { mesos } from '@cmf/proto/executor';

const Call = mesos.v1.executor.Call;

export interface ExecutorIds {
  readonly frameworkId: string;
  readonly executorId: string;
}

/** What the executor decides about a task; the envelope (ids, source, uuid) is added here. */
export interface StatusFields {
  readonly taskId: string;
  readonly state: mesos.v1.TaskState;
  readonly message?: string;
  readonly reason?: mesos.v1.TaskStatus.Reason;
  readonly healthy?: boolean;
  readonly data?: Uint8Array;
  readonly labels?: Readonly<Record<string, string>>;
}

function envelope(ids: ExecutorIds): mesos.v1.executor.Call.$Properties {
  return {
    executor_id: { value: ids.executorId },
    framework_id: { value: ids.frameworkId },
  };
}

/** The `subscribe` message is always present, even empty: the agent answers 400 without it. */
export function subscribeCall(
  ids: ExecutorIds,
  tasks: readonly mesos.v1.TaskInfo[],
  updates: readonly mesos.v1.executor.Call.Update[],
): mesos.v1.executor.Call {
  return new Call({
    ...envelope(ids),
    type: Call.Type.SUBSCRIBE,
    subscribe: { unacknowledged_tasks: [...tasks], unacknowledged_updates: [...updates] },
  });
}

/**
 * An executor-sourced update. agent_id stays unset: a wrong one makes the agent drop the update
 * silently (§16 item 31); executor_id must equal ours.
 */
export function executorUpdate(
  ids: ExecutorIds,
  fields: StatusFields,
  uuid: Uint8Array,
  timestampSeconds: number,
): mesos.v1.executor.Call.Update {
  const labels = Object.entries(fields.labels ?? {}).map(([key, value]) => ({ key, value }));
  return new Call.Update({
    status: {
      task_id: { value: fields.taskId },
      state: fields.state,
      source: mesos.v1.TaskStatus.Source.SOURCE_EXECUTOR,
      executor_id: { value: ids.executorId },
      uuid,
      timestamp: timestampSeconds,
      ...(fields.message === undefined ? {} : { message: fields.message }),
      ...(fields.reason === undefined ? {} : { reason: fields.reason }),
      ...(fields.healthy === undefined ? {} : { healthy: fields.healthy }),
      ...(fields.data === undefined ? {} : { data: fields.data }),
      ...(labels.length === 0 ? {} : { labels: { labels } }),
    },
  });
}

export function updateCall(
  ids: ExecutorIds,
  update: mesos.v1.executor.Call.Update,
): mesos.v1.executor.Call {
  return new Call({ ...envelope(ids), type: Call.Type.UPDATE, update });
}

/** Relayed to the scheduler at most once; MESSAGE's data is field 2. */
export function messageCall(ids: ExecutorIds, data: Uint8Array): mesos.v1.executor.Call {
  return new Call({ ...envelope(ids), type: Call.Type.MESSAGE, message: { data } });
}

export function encodeCall(call: mesos.v1.executor.Call): Uint8Array {
  return Call.encode(call).finish();
}
