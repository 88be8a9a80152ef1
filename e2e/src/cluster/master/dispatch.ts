// The non-SUBSCRIBE scheduler calls: the framework/stream checks in Mesos's order, then one handler
// per call type. Every accepted call is 202 (queued); outcomes arrive on the event stream.
import { mesos } from '@cmf/proto';
import type { Call } from './codec.js';
import type { MasterCore } from './core.js';
import { withoutRoles } from './domain/filters.js';
import { frameworkInfoError, frameworkRoles } from './domain/framework-info.js';
import { roleError } from './domain/names.js';
import { removeFramework } from './frameworks.js';
import { accept, decline } from './launch.js';
import type { FrameworkRecord } from './model.js';
import type { Reply } from './scheduler-http.js';
import { acknowledge, frameworkMessage, kill, reconcile, shutdownExecutor } from './tasks.js';

const T = mesos.v1.scheduler.Call.Type;
const ACCEPTED: Reply = { status: 202 };
type Handler = (core: MasterCore, framework: FrameworkRecord, call: Call) => Reply;

/** SUPPRESS/REVIVE apply only when every named role is valid and the framework's (else ignored). */
export function rolesApply(roles: readonly string[], frameworkRoles: readonly string[]): boolean {
  return roles.every((r) => roleError(r) === null && frameworkRoles.includes(r));
}

function revive(core: MasterCore, framework: FrameworkRecord, call: Call): Reply {
  const roles = call.revive?.roles ?? [];
  if (!rolesApply(roles, framework.roles)) return ACCEPTED;
  framework.filters = withoutRoles(framework.filters, roles);
  for (const role of roles.length === 0 ? framework.roles : roles)
    framework.suppressedRoles.delete(role);
  core.requestAllocation();
  return ACCEPTED;
}

function suppress(_core: MasterCore, framework: FrameworkRecord, call: Call): Reply {
  const roles = call.suppress?.roles ?? [];
  if (!rolesApply(roles, framework.roles)) return ACCEPTED;
  for (const role of roles.length === 0 ? framework.roles : roles)
    framework.suppressedRoles.add(role);
  return ACCEPTED;
}

/** UPDATE_FRAMEWORK: synchronous, and unlike a re-SUBSCRIBE it refuses changes to immutable fields. */
function updateFramework(core: MasterCore, framework: FrameworkRecord, call: Call): Reply {
  const request = call.update_framework;
  if (!request) return { status: 400, body: "Expecting 'update_framework' to be present" };
  const info = request.framework_info;
  const error = frameworkInfoError(info, request.suppressed_roles ?? []);
  if (error !== null) return { status: 400, body: error };
  const old = framework.info;
  if (
    info.user !== old.user ||
    (info.checkpoint ?? false) !== (old.checkpoint ?? false) ||
    (info.principal ?? null) !== (old.principal ?? null)
  ) {
    return { status: 400, body: "Updating 'user', 'checkpoint' or 'principal' is not supported" };
  }
  framework.info = { ...info, id: { value: framework.id } };
  framework.roles = frameworkRoles(framework.info);
  framework.suppressedRoles = new Set(request.suppressed_roles ?? []);
  core.requestAllocation();
  return { status: 200 };
}

const HANDLERS: Partial<Record<mesos.v1.scheduler.Call.Type, Handler>> = {
  [T.TEARDOWN]: (core, f) => {
    removeFramework(core, f);
    return ACCEPTED;
  },
  [T.ACCEPT]: (core, f, call) => {
    if (call.accept) accept(core, f, call.accept);
    return ACCEPTED;
  },
  [T.DECLINE]: (core, f, call) => {
    if (call.decline) decline(core, f, call.decline);
    return ACCEPTED;
  },
  [T.REVIVE]: revive,
  [T.SUPPRESS]: suppress,
  [T.KILL]: (core, f, call) => {
    const k = call.kill;
    if (k)
      kill(core, f, {
        taskId: k.task_id.value,
        ...(k.agent_id ? { agentId: k.agent_id.value } : {}),
        ...(k.kill_policy ? { killPolicy: k.kill_policy } : {}),
      });
    return ACCEPTED;
  },
  [T.SHUTDOWN]: (core, f, call) => {
    if (call.shutdown)
      shutdownExecutor(core, f, call.shutdown.agent_id.value, call.shutdown.executor_id.value);
    return ACCEPTED;
  },
  [T.ACKNOWLEDGE]: (core, f, call) => {
    const a = call.acknowledge;
    if (a)
      acknowledge(core, f, { agentId: a.agent_id.value, taskId: a.task_id.value, uuid: a.uuid });
    return ACCEPTED;
  },
  [T.RECONCILE]: (core, f, call) => {
    const tasks = (call.reconcile?.tasks ?? []).map((t) => ({
      taskId: t.task_id.value,
      agentId: t.agent_id?.value,
    }));
    reconcile(core, f, tasks);
    return ACCEPTED;
  },
  [T.MESSAGE]: (core, f, call) => {
    const m = call.message;
    if (m) frameworkMessage(core, f, m.agent_id.value, m.executor_id.value, m.data);
    return ACCEPTED;
  },
  [T.UPDATE_FRAMEWORK]: updateFramework,
  // Advisory or unused by the default allocator: queued and ignored, as Mesos effectively does.
  [T.REQUEST]: () => ACCEPTED,
  [T.ACCEPT_INVERSE_OFFERS]: () => ACCEPTED,
  [T.DECLINE_INVERSE_OFFERS]: () => ACCEPTED,
  [T.ACKNOWLEDGE_OPERATION_STATUS]: () => ACCEPTED,
  [T.RECONCILE_OPERATIONS]: () => ACCEPTED,
};

function frameworkGate(
  core: MasterCore,
  call: Call,
  principal: string | null,
  streamId: string | undefined,
): FrameworkRecord | Reply {
  const id = call.framework_id?.value ?? '';
  const framework = core.frameworks.get(id);
  if (framework === undefined) return { status: 400, body: 'Framework cannot be found' };
  const claimed = framework.info.principal ?? '';
  if (principal !== null && claimed !== principal) {
    return {
      status: 400,
      body: `Authenticated principal '${principal}' does not match principal '${claimed}' set in \`FrameworkInfo\``,
    };
  }
  const stream = framework.stream;
  if (!stream?.isOpen) return { status: 403, body: 'Framework is not subscribed' };
  if (streamId === undefined) {
    return {
      status: 400,
      body: "All non-subscribe calls should include the 'Mesos-Stream-Id' header",
    };
  }
  if (streamId !== stream.streamId) {
    return {
      status: 400,
      body: `The stream ID '${streamId}' included in this request didn't match the stream ID currently associated with framework ID ${id}`,
    };
  }
  return framework;
}

export function dispatchCall(
  core: MasterCore,
  call: Call,
  principal: string | null,
  streamId: string | undefined,
): Reply {
  const framework = frameworkGate(core, call, principal, streamId);
  if ('status' in framework) return framework;
  const handler = HANDLERS[call.type ?? T.UNKNOWN];
  if (handler === undefined)
    return { status: 501, body: `Received an unexpected '${T[call.type ?? 0] ?? 'UNKNOWN'}' call` };
  return handler(core, framework, call);
}
