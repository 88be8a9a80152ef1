// ACCEPT and DECLINE in the shell: look the offers up, let domain/accept.ts plan, then carry the plan
// out — updates to the framework, conversions and launches to the agent, the remainder filtered.
import { mesos } from '@cmf/proto';
import { withoutAllocation } from '../common/reservations.js';
import {
  isPersistentVolume,
  subtractResources,
  sumResources,
  type Resource,
} from '../common/resources.js';
import { isDynamicallyReserved } from '../common/reservations.js';
import { refuseMs } from '../common/timings.js';
import type { Call } from './codec.js';
import type { MasterCore } from './core.js';
import {
  invalidOffersUpdates,
  planAccept,
  type AcceptContext,
  type AcceptPlan,
  type Launch,
} from './domain/accept.js';
import { Capability, hasCapability } from './domain/framework-info.js';
import { offersError } from './domain/offer-checks.js';
import { TaskState, isTerminal, type TaskStatus } from './domain/statuses.js';
import {
  executorKey,
  executorUseKey,
  type AgentRecord,
  type FrameworkRecord,
  type OfferRecord,
} from './model.js';
import { removeOffer } from './offers.js';
import { trackTask } from './task-book.js';

type Accept = NonNullable<Call['accept']>;
type Decline = NonNullable<Call['decline']>;
const EventType = mesos.v1.scheduler.Event.Type;

export function sendUpdate(core: MasterCore, framework: FrameworkRecord, status: TaskStatus): void {
  core.send(framework, { type: EventType.UPDATE, update: { status } });
}

function addFilter(
  core: MasterCore,
  framework: FrameworkRecord,
  offer: { agentId: string; role: string },
  resources: Resource[],
  refuseSeconds: number | undefined,
): void {
  const ms = refuseMs(refuseSeconds, core.timings);
  if (ms <= 0 || resources.length === 0) return;
  framework.filters.push({
    agentId: offer.agentId,
    role: offer.role,
    resources: resources.map(withoutAllocation),
    expiresAtMs: core.now() + ms,
  });
}

export function decline(core: MasterCore, framework: FrameworkRecord, call: Decline): void {
  for (const { value } of call.offer_ids ?? []) {
    const offer = core.offers.get(value);
    if (offer?.frameworkId !== framework.id) continue;
    removeOffer(core, offer, false);
    addFilter(core, framework, offer, offer.resources, call.filters?.refuse_seconds ?? undefined);
  }
}

function acceptContext(
  core: MasterCore,
  framework: FrameworkRecord,
  agent: AgentRecord,
  role: string,
): AcceptContext {
  const executors = new Map(
    [...agent.executors.values()]
      .filter((e) => e.frameworkId === framework.id)
      .map((e) => [e.executorId, e.info]),
  );
  const inUse = new Set<string>();
  for (const f of core.frameworks.values()) {
    for (const t of f.tasks.values()) {
      if (t.agentId !== agent.id || isTerminal(t.state)) continue;
      for (const r of t.resources) if (r.disk?.persistence) inUse.add(r.disk.persistence.id);
    }
  }
  return {
    frameworkId: framework.id,
    partitionAware: hasCapability(framework.info, Capability.PARTITION_AWARE),
    agentId: agent.id,
    nowMs: core.now(),
    trackedTaskIds: new Set([...framework.tasks.keys(), ...framework.unreachableTasks.keys()]),
    executors,
    principal: framework.info.principal ?? undefined,
    frameworkRoles: framework.roles,
    role,
    sharedResources: hasCapability(framework.info, Capability.SHARED_RESOURCES),
    checkpointed: agent.total.filter((r) => isDynamicallyReserved(r) || isPersistentVolume(r)),
    volumesInUse: inUse,
  };
}

function applyConversions(core: MasterCore, agent: AgentRecord, plan: AcceptPlan): void {
  if (plan.conversions.length === 0) return;
  for (const c of plan.conversions) {
    agent.total = sumResources(
      subtractResources(agent.total, c.consumed.map(withoutAllocation)),
      c.converted.map(withoutAllocation),
    );
  }
  const checkpointed = agent.total.filter((r) => isDynamicallyReserved(r) || isPersistentVolume(r));
  core.toAgent(agent, (port) => {
    port.checkpointResources(checkpointed);
  });
}

function launchTask(
  core: MasterCore,
  framework: FrameworkRecord,
  agent: AgentRecord,
  role: string,
  launch: Launch,
): void {
  const { task } = launch;
  const executor = task.executor ?? undefined;
  if (executor && launch.newExecutor) {
    const id = executor.executor_id.value;
    const resources = (executor.resources ?? []).map(withoutAllocation);
    agent.executors.set(executorKey(framework.id, id), {
      frameworkId: framework.id,
      executorId: id,
      info: executor,
      resources,
    });
    agent.used.set(executorUseKey(framework.id, id), resources);
  }
  trackTask(core, framework, {
    taskId: task.task_id.value,
    frameworkId: framework.id,
    agentId: agent.id,
    executorId: executor?.executor_id.value,
    info: task,
    role,
    resources: (task.resources ?? []).map(withoutAllocation),
    state: TaskState.TASK_STAGING,
    latest: undefined,
    forwarded: undefined,
    statuses: [],
    unreachableSinceMs: undefined,
  });
  const info = framework.info;
  core.toAgent(agent, (port) => {
    port.runTask(info, task);
  });
}

function reportDropped(
  core: MasterCore,
  framework: FrameworkRecord,
  agent: AgentRecord,
  plan: AcceptPlan,
): void {
  for (const d of plan.dropped) {
    core.log.info('operation dropped', {
      frameworkId: framework.id,
      operation: d.operation,
      reason: d.message,
    });
    if (d.id === undefined) continue;
    core.send(framework, {
      type: EventType.UPDATE_OPERATION_STATUS,
      update_operation_status: {
        status: {
          operation_id: { value: d.id },
          state: mesos.v1.OperationState.OPERATION_ERROR,
          message: d.message,
          agent_id: { value: agent.id },
        },
      },
    });
  }
}

function rejectAccept(
  core: MasterCore,
  framework: FrameworkRecord,
  call: Accept,
  ids: string[],
  error: string,
): void {
  // Every still valid offer named is discarded, another framework's included (no RESCIND).
  for (const id of ids) {
    const offer = core.offers.get(id);
    if (offer !== undefined) removeOffer(core, offer, false);
  }
  const ctx = {
    partitionAware: hasCapability(framework.info, Capability.PARTITION_AWARE),
    nowMs: core.now(),
  };
  for (const status of invalidOffersUpdates(call.operations ?? [], error, ctx))
    sendUpdate(core, framework, status);
}

function usableOffers(
  core: MasterCore,
  framework: FrameworkRecord,
  ids: string[],
): { offers: OfferRecord[]; agent: AgentRecord } | string {
  const error = offersError(ids, (id) => core.offers.get(id), framework.id);
  if (error !== null) return error;
  const offers = ids
    .map((id) => core.offers.get(id))
    .filter((o): o is OfferRecord => o !== undefined);
  const agent = offers[0] === undefined ? undefined : core.agents.get(offers[0].agentId);
  return agent === undefined ? 'Offer is no longer valid' : { offers, agent };
}

export function accept(core: MasterCore, framework: FrameworkRecord, call: Accept): void {
  const ids = (call.offer_ids ?? []).map((o) => o.value);
  const usable = usableOffers(core, framework, ids);
  if (typeof usable === 'string') {
    rejectAccept(core, framework, call, ids, usable);
    return;
  }
  const { offers, agent } = usable;
  const role = offers[0]?.role ?? '*';
  const offered = sumResources(...offers.map((o) => o.resources));
  for (const offer of offers) removeOffer(core, offer, false);
  const plan = planAccept(
    call.operations ?? [],
    offered,
    acceptContext(core, framework, agent, role),
  );
  for (const status of plan.updates) sendUpdate(core, framework, status);
  reportDropped(core, framework, agent, plan);
  applyConversions(core, agent, plan);
  for (const launch of plan.launches) launchTask(core, framework, agent, role, launch);
  addFilter(
    core,
    framework,
    { agentId: agent.id, role },
    plan.remaining,
    call.filters?.refuse_seconds ?? undefined,
  );
}
