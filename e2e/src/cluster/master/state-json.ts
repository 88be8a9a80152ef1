// GET /state: the operator's JSON view with Mesos's field names (legacy `slaves`, `slave_id`, task
// resources as name → number maps), as in fixtures/real-mesos/master-state.json.
import { mesos } from '@cmf/proto';
import { formatRanges } from '../common/resource-text.js';
import { isUnreserved, reservationRole } from '../common/reservations.js';
import { RANGES, SCALAR, sumResources, type Resource } from '../common/resources.js';
import type { MasterCore } from './core.js';
import { Capability } from './domain/framework-info.js';
import type { AgentRecord, FrameworkRecord, TaskRecord } from './model.js';

type Json = Record<string, unknown>;
const STATE_NAMES = mesos.v1.TaskState;

/** `{cpus: 2, mem: 4096, disk: 10000, gpus: 0, ports: "[31000-32000]"}`. */
export function resourceSummary(resources: readonly Resource[]): Json {
  const out: Json = { disk: 0, mem: 0, gpus: 0, cpus: 0 };
  for (const r of sumResources(
    resources.map((x) => ({ ...x, reservations: [], allocation_info: null, disk: null })),
  )) {
    if (r.type === SCALAR) out[r.name] = r.scalar?.value ?? 0;
    else if (r.type === RANGES) out[r.name] = formatRanges(r.ranges?.range ?? []);
  }
  return out;
}

function reservedByRole(resources: readonly Resource[]): Json {
  const roles = new Map<string, Resource[]>();
  for (const r of resources) {
    if (isUnreserved(r)) continue;
    const role = reservationRole(r);
    roles.set(role, [...(roles.get(role) ?? []), r]);
  }
  return Object.fromEntries([...roles].map(([role, rs]) => [role, resourceSummary(rs)]));
}

function volumeJson(r: Resource): Json {
  return {
    persistence_id: r.disk?.persistence?.id,
    principal: r.disk?.persistence?.principal,
    role: reservationRole(r),
    disk_mb: r.scalar?.value ?? 0,
    container_path: r.disk?.volume?.container_path,
  };
}

function agentJson(agent: AgentRecord): Json {
  const used = sumResources(...agent.used.values());
  const offered = sumResources(...agent.offered.values());
  return {
    id: agent.id,
    hostname: agent.info.hostname,
    port: agent.info.port ?? 5051,
    attributes: Object.fromEntries(
      (agent.info.attributes ?? []).map((a) => [a.name, a.text?.value ?? a.scalar?.value ?? '']),
    ),
    pid: `slave(1)@${agent.info.hostname}:${agent.info.port ?? 5051}`,
    registered_time: agent.registeredAtMs / 1000,
    resources: resourceSummary(agent.total),
    used_resources: resourceSummary(used),
    offered_resources: resourceSummary(offered),
    reserved_resources: reservedByRole(agent.total),
    unreserved_resources: resourceSummary(agent.total.filter(isUnreserved)),
    reserved_resources_full: Object.fromEntries(
      Object.keys(reservedByRole(agent.total)).map((role) => [
        role,
        agent.total.filter((r) => reservationRole(r) === role),
      ]),
    ),
    volumes: agent.total.filter((r) => r.disk?.persistence).map(volumeJson),
    active: agent.standing === 'active',
    deactivated: agent.standing !== 'active',
    version: '1.12.0',
    capabilities: ['MULTI_ROLE', 'HIERARCHICAL_ROLE', 'RESERVATION_REFINEMENT'],
  };
}

function taskJson(task: TaskRecord): Json {
  return {
    id: task.taskId,
    name: task.info.name,
    framework_id: task.frameworkId,
    executor_id: task.executorId ?? '',
    slave_id: task.agentId,
    state: STATE_NAMES[task.state],
    resources: resourceSummary(task.resources),
    role: task.role,
    statuses: task.statuses.map((s) => ({ state: STATE_NAMES[s.state], timestamp: s.timestamp })),
  };
}

function frameworkJson(core: MasterCore, f: FrameworkRecord): Json {
  const used = sumResources(...[...f.tasks.values()].map((t) => t.resources));
  const offered = sumResources(...[...f.offers].map((id) => core.offers.get(id)?.resources ?? []));
  const connected = f.stream?.isOpen === true;
  return {
    id: f.id,
    name: f.info.name,
    used_resources: resourceSummary(used),
    offered_resources: resourceSummary(offered),
    capabilities: (f.info.capabilities ?? []).map((c) => Capability[c.type ?? 0]),
    hostname: f.info.hostname ?? '',
    webui_url: f.info.webui_url ?? '',
    active: connected,
    connected,
    recovered: f.recovered,
    user: f.info.user,
    failover_timeout: f.info.failover_timeout ?? 0,
    checkpoint: f.info.checkpoint ?? false,
    principal: f.info.principal ?? undefined,
    registered_time: f.registeredAtMs / 1000,
    unregistered_time: (f.unregisteredAtMs ?? 0) / 1000,
    resources: resourceSummary(used),
    roles: f.roles,
    tasks: [...f.tasks.values()].map(taskJson),
    unreachable_tasks: [...f.unreachableTasks.values()].map(taskJson),
    completed_tasks: f.completedTasks.map(taskJson),
    offers: [...f.offers].map((id) => ({ id, slave_id: core.offers.get(id)?.agentId })),
    executors: [],
    offer_constraints: {},
  };
}

export function renderState(core: MasterCore, hostPort: string): Json {
  const agents = [...core.agents.values()];
  const pid = `master@${hostPort}`;
  return {
    version: '1.12.0',
    start_time: core.startedAtMs / 1000,
    elected_time: core.startedAtMs / 1000,
    id: core.id,
    pid,
    hostname: core.info.hostname,
    capabilities: ['AGENT_UPDATE', 'AGENT_DRAINING', 'QUOTA_V2'],
    activated_slaves: agents.filter((a) => a.standing === 'active').length,
    deactivated_slaves: agents.filter((a) => a.standing === 'disconnected').length,
    unreachable_slaves: agents.filter((a) => a.standing === 'unreachable').length,
    leader: pid,
    leader_info: { id: core.id, pid, port: core.info.port, hostname: core.info.hostname },
    slaves: agents.filter((a) => a.standing !== 'unreachable').map(agentJson),
    recovered_slaves: [...core.recoveredAgents.keys()].map((id) => ({ id })),
    frameworks: [...core.frameworks.values()].map((f) => frameworkJson(core, f)),
    completed_frameworks: [...core.completedFrameworks.values()].map((f) => frameworkJson(core, f)),
    orphan_tasks: [],
    unregistered_frameworks: [],
  };
}
