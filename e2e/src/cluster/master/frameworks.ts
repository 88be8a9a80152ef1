// Framework lifecycle in the shell (protocol §2): SUBSCRIBE (first, re-subscription, failover),
// disconnection and its failover_timeout, and removal (TEARDOWN or timeout).
import { randomUUID } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import { mesos } from '@cmf/proto';
import type { FrameworkInfo } from '../link.js';
import type { Call } from './codec.js';
import type { MasterCore } from './core.js';
import {
  frameworkInfoError,
  frameworkRoles,
  mergeResubscription,
  resubscribeError,
} from './domain/framework-info.js';
import type { MediaType } from './domain/negotiation.js';
import { Reason, TaskState, isTerminal, masterStatus } from './domain/statuses.js';
import { discardFrameworkOffers } from './offers.js';
import type { FrameworkRecord } from './model.js';
import { Subscription } from './subscription.js';
import { completeTask } from './task-book.js';

const EventType = mesos.v1.scheduler.Event.Type;

export function newFrameworkRecord(
  id: string,
  info: FrameworkInfo,
  nowMs: number,
): FrameworkRecord {
  return {
    id,
    info: { ...info, id: { value: id } },
    roles: frameworkRoles(info),
    suppressedRoles: new Set(),
    stream: null,
    registeredAtMs: nowMs,
    unregisteredAtMs: null,
    failoverTimer: null,
    recovered: false,
    offers: new Set(),
    tasks: new Map(),
    unreachableTasks: new Map(),
    completedTasks: [],
    filters: [],
  };
}

function adopt(
  core: MasterCore,
  info: FrameworkInfo,
): { framework: FrameworkRecord; resubscribed: boolean } {
  const id = info.id?.value;
  const existing = id === undefined ? undefined : core.frameworks.get(id);
  if (existing !== undefined) {
    // Detach first: the old stream's close must not count as a disconnection.
    const old = existing.stream;
    existing.stream = null;
    if (old?.isOpen) old.fail('Framework failed over');
    discardFrameworkOffers(core, existing);
    if (existing.failoverTimer !== null) clearTimeout(existing.failoverTimer);
    existing.failoverTimer = null;
    existing.info = { ...mergeResubscription(existing.info, info), id: { value: existing.id } };
    existing.roles = frameworkRoles(existing.info);
    existing.recovered = false;
    return { framework: existing, resubscribed: true };
  }
  const framework = newFrameworkRecord(id ?? core.newFrameworkId(), info, core.now());
  core.frameworks.set(framework.id, framework);
  return { framework, resubscribed: id !== undefined };
}

/** 200 + stream: SUBSCRIBED and a HEARTBEAT, or one ERROR and the end of the stream. */
export function subscribe(
  core: MasterCore,
  call: Call,
  media: MediaType,
  res: ServerResponse,
  principal: string | null,
): void {
  const request = call.subscribe;
  if (!request) return;
  const info: FrameworkInfo = { ...request.framework_info };
  if (principal !== null && !Object.hasOwn(info, 'principal')) info.principal = principal;
  const stream = new Subscription(res, media, randomUUID());
  stream.open();
  const id = info.id?.value;
  const error =
    frameworkInfoError(info, request.suppressed_roles ?? []) ??
    resubscribeError(
      id === undefined ? undefined : core.frameworks.get(id)?.info,
      id !== undefined && core.completedFrameworks.has(id),
      info,
    );
  if (error !== null) {
    core.log.info('subscription refused', { frameworkId: id, error });
    stream.fail(error);
    return;
  }
  const { framework, resubscribed } = adopt(core, info);
  framework.suppressedRoles = new Set(request.suppressed_roles ?? []);
  connect(core, framework, stream, resubscribed);
}

function connect(
  core: MasterCore,
  framework: FrameworkRecord,
  stream: Subscription,
  resubscribed: boolean,
): void {
  framework.stream = stream;
  framework.registeredAtMs = core.now();
  framework.unregisteredAtMs = null;
  stream.onClose(() => {
    if (framework.stream === stream) disconnect(core, framework);
  });
  stream.send({
    type: EventType.SUBSCRIBED,
    subscribed: {
      framework_id: { value: framework.id },
      heartbeat_interval_seconds: core.timings.heartbeatIntervalMs / 1000,
      master_info: core.info,
    },
  });
  stream.startHeartbeats(core.timings.heartbeatIntervalMs);
  core.log.info('framework subscribed', { frameworkId: framework.id, resubscribed });
  if (resubscribed) {
    for (const agent of core.agents.values()) {
      core.toAgent(agent, (port) => {
        port.frameworkReconnected(framework.id);
      });
    }
  }
  core.requestAllocation();
}

/** The subscription ended: offers die, events are dropped, failover_timeout starts. */
export function disconnect(core: MasterCore, framework: FrameworkRecord): void {
  framework.stream = null;
  framework.unregisteredAtMs = core.now();
  discardFrameworkOffers(core, framework);
  const timeoutMs = Math.max(0, (framework.info.failover_timeout ?? 0) * 1000);
  core.log.info('framework disconnected', {
    frameworkId: framework.id,
    failoverTimeoutMs: timeoutMs,
  });
  if (timeoutMs === 0) {
    removeFramework(core, framework);
    return;
  }
  framework.failoverTimer = setTimeout(
    () => {
      removeFramework(core, framework);
    },
    Math.min(timeoutMs, 2 ** 31 - 1),
  );
  framework.failoverTimer.unref();
}

/** The master itself records TASK_KILLED, REASON_FRAMEWORK_REMOVED (what executors say later is moot). */
function killTasks(core: MasterCore, framework: FrameworkRecord, nowMs: number): void {
  for (const task of [...framework.tasks.values()]) {
    if (!isTerminal(task.state)) {
      task.latest = masterStatus({
        taskId: task.taskId,
        state: TaskState.TASK_KILLED,
        reason: Reason.REASON_FRAMEWORK_REMOVED,
        message: 'Framework removed',
        nowMs,
        agentId: task.agentId,
        executorId: task.executorId,
      });
      task.state = TaskState.TASK_KILLED;
      task.statuses.push(task.latest);
    }
    completeTask(core, framework, task);
  }
}

/** TEARDOWN or failover timeout: SHUTDOWN to its executors, its tasks TASK_KILLED, id retired. */
export function removeFramework(core: MasterCore, framework: FrameworkRecord): void {
  if (framework.failoverTimer !== null) clearTimeout(framework.failoverTimer);
  framework.failoverTimer = null;
  const stream = framework.stream;
  framework.stream = null;
  stream?.close();
  discardFrameworkOffers(core, framework);
  const nowMs = core.now();
  killTasks(core, framework, nowMs);
  framework.unreachableTasks.clear();
  for (const agent of core.agents.values()) {
    for (const [key, executor] of [...agent.executors]) {
      if (executor.frameworkId !== framework.id) continue;
      agent.executors.delete(key);
      agent.used.delete(`executor/${framework.id}/${executor.executorId}`);
    }
    core.toAgent(agent, (port) => {
      port.shutdownFramework(framework.id);
    });
  }
  core.frameworks.delete(framework.id);
  core.completedFrameworks.set(framework.id, framework);
  framework.unregisteredAtMs ??= nowMs;
  core.log.info('framework removed', { frameworkId: framework.id });
}
