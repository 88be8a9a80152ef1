// NodeRecord (the core's) <-> cmf.v1.NodeRecord bytes (what ZooKeeper holds). Persisted names
// (phase, goal, mode, task state) are checked on the way in: a name this build does not know is a
// CORRUPT record, never silently a default.
import { cmf } from '@cmf/proto';
import {
  NODE_PHASES,
  type LaunchMode,
  type NodeGoal,
  type NodePhase,
  type NodeRecord,
} from '../domain/node.js';
import { isTaskStateName } from '../domain/task-state.js';
import { epochMs } from '../domain/time.js';
import { StoreError } from '../store/errors.js';
import { healthFromProto, healthToProto } from './health.js';

const GOALS: readonly NodeGoal[] = ['Running', 'Stopped', 'Decommissioned'];
const MODES: readonly LaunchMode[] = ['fresh', 'restart', 'replace'];

function oneOf<T extends string>(allowed: readonly T[], value: string, what: string): T {
  const found = allowed.find((a) => a === value);
  if (found === undefined)
    throw new StoreError('CORRUPT', `unknown ${what} ${JSON.stringify(value)}`);
  return found;
}

const orNull = (s: string): string | null => (s === '' ? null : s);

function placementFields(p: NodeRecord['placement']): cmf.v1.NodeRecord.$Properties {
  if (!p) return {};
  return {
    rack: p.rack,
    agent_id: p.agentId,
    hostname: p.hostname,
    address: p.address,
    reserved_resources: [...p.reservedResources],
    persistence_id: p.persistenceId,
    volume_container_path: p.volumePath,
  };
}

/** Absent values are proto3 defaults ("" and 0): what the decoder turns back into null. */
function optionalFields(node: NodeRecord): cmf.v1.NodeRecord.$Properties {
  const fields: cmf.v1.NodeRecord.$Properties = {};
  if (node.taskId) fields.task_id = node.taskId;
  if (node.executorId) fields.executor_id = node.executorId;
  if (node.taskInfo) fields.task_info = node.taskInfo;
  if (node.lastTaskState) fields.last_task_state = node.lastTaskState;
  if (node.replaceAddress) fields.replace_address = node.replaceAddress;
  if (node.configVersion) fields.config_version = node.configVersion;
  if (node.lastFailureAtMs) fields.last_failure_at_ms = node.lastFailureAtMs;
  if (node.lastFailureReason) fields.last_failure_reason = node.lastFailureReason;
  if (node.health) fields.last_health = healthToProto(node.health);
  return fields;
}

export function encodeNodeRecord(node: NodeRecord): Uint8Array {
  return cmf.v1.NodeRecord.encode({
    node_id: node.nodeId,
    index: node.index,
    seed: node.seed,
    goal: node.goal,
    phase: node.phase,
    phase_since_ms: node.phaseSinceMs,
    launch_mode: node.launchMode,
    failure_count: node.failureCount,
    updated_at_ms: node.updatedAtMs,
    ...placementFields(node.placement),
    ...optionalFields(node),
  }).finish();
}

function placementOf(r: cmf.v1.NodeRecord): NodeRecord['placement'] {
  if (!r.agent_id) return null;
  return {
    agentId: r.agent_id,
    hostname: r.hostname,
    address: r.address,
    rack: r.rack,
    persistenceId: r.persistence_id,
    volumePath: r.volume_container_path,
    reservedResources: r.reserved_resources,
  };
}

export function decodeNodeRecord(bytes: Uint8Array): NodeRecord {
  let r: cmf.v1.NodeRecord;
  try {
    r = cmf.v1.NodeRecord.decode(bytes);
  } catch (error) {
    throw new StoreError('CORRUPT', `node record does not decode: ${String(error)}`, {
      cause: error,
    });
  }
  const state = r.last_task_state;
  if (state && !isTaskStateName(state))
    throw new StoreError('CORRUPT', `unknown task state ${state}`);
  return {
    nodeId: r.node_id,
    index: r.index,
    seed: r.seed,
    placement: placementOf(r),
    taskId: orNull(r.task_id),
    executorId: orNull(r.executor_id),
    taskInfo: r.task_info,
    lastTaskState: isTaskStateName(state) ? state : null,
    goal: oneOf(GOALS, r.goal, 'goal'),
    phase: oneOf<NodePhase>(NODE_PHASES, r.phase, 'phase'),
    phaseSinceMs: epochMs(r.phase_since_ms),
    launchMode: oneOf(MODES, r.launch_mode, 'launch mode'),
    replaceAddress: orNull(r.replace_address),
    configVersion: orNull(r.config_version),
    failureCount: r.failure_count,
    lastFailureAtMs: r.last_failure_at_ms ? epochMs(r.last_failure_at_ms) : null,
    lastFailureReason: orNull(r.last_failure_reason),
    health: r.last_health ? healthFromProto(r.last_health) : null,
    updatedAtMs: epochMs(r.updated_at_ms),
  };
}
