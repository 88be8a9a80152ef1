// One UPDATE event: fold the status into its node's record, persist it, and only then acknowledge
// it (if it carries a uuid). A status we cannot persist is not acknowledged: the agent resends it.
import { enumName, mesos } from '@cmf/proto';
import { decodeHealth } from '../codec/health.js';
import { classifyTaskState, isTaskStateName, type TaskStateName } from '../domain/task-state.js';
import * as calls from '../mesos/calls.js';
import type { Clock, Logger } from '../ports.js';
import { isStoreError } from '../store/errors.js';
import type { MesosCalls } from './mesos-port.js';
import type { NodeWriter } from './node-writer.js';
import type { TaskReconciler } from './task-reconciler.js';
import type { World } from './world.js';

export interface UpdateDeps {
  readonly world: World;
  readonly writer: NodeWriter;
  readonly reconciler: TaskReconciler;
  readonly mesos: MesosCalls;
  readonly clock: Clock;
  readonly logger: Logger;
}

function stateName(status: mesos.v1.TaskStatus): TaskStateName | null {
  const name = enumName(mesos.v1.TaskState, status.state);
  return isTaskStateName(name) ? name : null;
}

export async function handleUpdate(status: mesos.v1.TaskStatus, deps: UpdateDeps): Promise<void> {
  const taskId = status.task_id.value;
  const agentId = status.agent_id?.value ?? null;
  const state = stateName(status);
  const log = deps.logger.child({ taskId, state });
  if (state === null) {
    log.warn('status with a task state this build does not know; left unacknowledged');
    return;
  }
  await deps.reconciler.heard(taskId);
  const owner = deps.world.nodeOfTask(taskId);
  if (!owner) {
    trackStray(deps, taskId, agentId, state);
  } else if (!(await persist(deps, owner.node.nodeId, taskId, state, status, log))) {
    return;
  }
  const uuid = status.uuid;
  if (uuid && uuid.length > 0 && agentId !== null) {
    await deps.mesos.call(calls.acknowledge(agentId, taskId, uuid));
  }
}

function trackStray(
  deps: UpdateDeps,
  taskId: string,
  agentId: string | null,
  state: TaskStateName,
): void {
  if (classifyTaskState(state) === 'ended') deps.world.strays.delete(taskId);
  else deps.world.strays.set(taskId, agentId);
}

async function persist(
  deps: UpdateDeps,
  nodeId: string,
  taskId: string,
  state: TaskStateName,
  status: mesos.v1.TaskStatus,
  log: Logger,
): Promise<boolean> {
  const message = status.message ?? '';
  const health = decodeHealth(status.data);
  if (health) deps.world.loadBytes.set(nodeId, health.loadBytes);
  try {
    const written = await deps.writer.apply(
      nodeId,
      { type: 'taskStatus', taskId, state, message, health },
      deps.clock.now(),
      `${state}${message ? `: ${message}` : ''}`,
    );
    if (written?.applied.note) log.debug(written.applied.note);
    else if (written) log.info('node updated', { nodeId, phase: written.applied.node.phase });
    return true;
  } catch (error) {
    if (!isStoreError(error)) throw error;
    log.error('could not persist a status; not acknowledging it', { nodeId, error: error.message });
    return false;
  }
}
