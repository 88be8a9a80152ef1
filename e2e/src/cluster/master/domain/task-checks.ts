// Validation of one TaskInfo of a LAUNCH against the offer it is launched from (protocol §5.6 and
// §16 items 15-23). A failure is TASK_ERROR, REASON_TASK_INVALID, with the message returned here.
import { mesos } from '@cmf/proto';
import { containsResources, sumResources, type Resource } from '../../common/resources.js';
import { idError } from './names.js';
import {
  allocationRoles,
  describeResources,
  mixesRevocable,
  resourceError,
} from './resource-checks.js';

type TaskInfo = mesos.v1.TaskInfo.$Properties;
type ExecutorInfo = mesos.v1.ExecutorInfo.$Properties;
type CommandInfo = mesos.v1.CommandInfo.$Properties;
const VarType = mesos.v1.Environment.Variable.Type;

export interface TaskCheckContext {
  readonly frameworkId: string;
  /** The agent of the offers. */
  readonly agentId: string;
  /** Tracked by the master for this framework (incl. unreachable ones and earlier tasks of this ACCEPT). */
  isTracked(taskId: string): boolean;
  /** The ExecutorInfo running (or launched earlier in this ACCEPT) on the agent under that id. */
  executor(executorId: string): ExecutorInfo | undefined;
  /** What remains of the offers (allocated, post-refinement). */
  readonly available: readonly Resource[];
}

export type TaskCheck =
  | { readonly ok: true; readonly consumed: Resource[]; readonly newExecutor: boolean }
  | { readonly ok: false; readonly message: string };

function environmentError(command: CommandInfo | null | undefined): string | null {
  for (const v of command?.environment?.variables ?? []) {
    const type = v.type ?? VarType.VALUE;
    if (type === VarType.UNKNOWN)
      return `Environment variable '${v.name}' of type 'UNKNOWN' is not allowed`;
    if (type === VarType.VALUE && (v.value === undefined || v.value === null)) {
      return `Environment variable '${v.name}' of type 'VALUE' must have a value set`;
    }
    if (type === VarType.SECRET && !v.secret) {
      return `Environment variable '${v.name}' of type 'SECRET' must have a secret set`;
    }
  }
  return null;
}

function resourcesError(resources: readonly Resource[], owner: string): string | null {
  for (const r of resources) {
    const error = resourceError(r);
    if (error !== null) return `${owner} uses invalid resources: ${error}`;
  }
  return null;
}

function identityError(task: TaskInfo, ctx: TaskCheckContext): string | null {
  const idProblem = idError(task.task_id.value);
  if (idProblem !== null) return `'TaskInfo.task_id' is invalid: ${idProblem}`;
  if (ctx.isTracked(task.task_id.value)) return `Task has duplicate ID: ${task.task_id.value}`;
  if (task.agent_id.value !== ctx.agentId) return `Task uses invalid agent: ${task.agent_id.value}`;
  if ((task.kill_policy?.grace_period?.nanoseconds ?? 0) < 0) {
    return "Task's 'kill_policy.grace_period' must be non-negative";
  }
  if ((task.max_completion_time?.nanoseconds ?? 0) < 0) {
    return "Task's 'max_completion_time' must be non-negative";
  }
  if (Boolean(task.executor) === Boolean(task.command)) {
    return 'Task should have at least one (but not both) of CommandInfo or ExecutorInfo present';
  }
  return null;
}

/** ExecutorInfo equality over the fields Mesos compares for a reused executor id. */
export function sameExecutor(a: ExecutorInfo, b: ExecutorInfo): boolean {
  const view = (e: ExecutorInfo): string =>
    JSON.stringify([
      e.type ?? null,
      e.executor_id.value,
      Buffer.from(e.data ?? new Uint8Array()).toString('base64'),
      sumResources(e.resources ?? [])
        .map((r) => JSON.stringify(r))
        .sort(),
      e.command ?? null,
      e.framework_id?.value ?? null,
      e.name ?? null,
      e.source ?? null,
    ]);
  return view(a) === view(b);
}

function executorError(executor: ExecutorInfo, ctx: TaskCheckContext): string | null {
  const idProblem = idError(executor.executor_id.value);
  if (idProblem !== null) return `'ExecutorInfo.executor_id' is invalid: ${idProblem}`;
  if (executor.type === mesos.v1.ExecutorInfo.Type.DEFAULT)
    return "'ExecutorInfo.type' must be 'CUSTOM'";
  if (!executor.command) return "'ExecutorInfo.command' must be set";
  const fid = executor.framework_id?.value;
  if (fid !== undefined && fid !== ctx.frameworkId) {
    return `ExecutorInfo has an invalid FrameworkID (Actual: ${fid} vs Expected: ${ctx.frameworkId})`;
  }
  const existing = ctx.executor(executor.executor_id.value);
  const filled: ExecutorInfo = { ...executor, framework_id: { value: ctx.frameworkId } };
  if (existing !== undefined && !sameExecutor(existing, filled)) {
    return 'ExecutorInfo is not compatible with existing ExecutorInfo with same ExecutorID';
  }
  return resourcesError(executor.resources ?? [], 'Executor') ?? environmentError(executor.command);
}

function portRanges(resources: readonly Resource[]): { begin: number; end: number }[] {
  return resources.filter((r) => r.name === 'ports').flatMap((r) => r.ranges?.range ?? []);
}

function overlappingPorts(task: readonly Resource[], executor: readonly Resource[]): boolean {
  const taken = portRanges(task);
  return portRanges(executor).some((e) => taken.some((t) => t.begin <= e.end && e.begin <= t.end));
}

function combinedError(task: readonly Resource[], executor: readonly Resource[]): string | null {
  const all = [...task, ...executor];
  if (allocationRoles(all).size > 1)
    return 'Task and its executor use resources allocated to different roles';
  const mixed = mixesRevocable(all);
  if (mixed !== null) return `Task and its executor mix revocable and non-revocable '${mixed}'`;
  if (overlappingPorts(task, executor)) return 'Task and its executor use the same ports';
  return null;
}

function fitCheck(task: TaskInfo, newExecutor: boolean, ctx: TaskCheckContext): TaskCheck {
  const taskResources = task.resources ?? [];
  const executorResources = newExecutor ? (task.executor?.resources ?? []) : [];
  const consumed = sumResources(taskResources, executorResources);
  if (containsResources(ctx.available, consumed)) return { ok: true, consumed, newExecutor };
  const what = newExecutor
    ? `Total resources ${describeResources(consumed)} required by task and its executor is`
    : `Task uses more resources ${describeResources(consumed)} than available; it is`;
  return { ok: false, message: `${what} more than available ${describeResources(ctx.available)}` };
}

function contentError(task: TaskInfo, ctx: TaskCheckContext): string | null {
  const resources = task.resources ?? [];
  if (resources.length === 0) return 'Task uses no resources';
  const invalid = resourcesError(resources, 'Task') ?? environmentError(task.command);
  if (invalid !== null) return invalid;
  const executor = task.executor;
  const executorProblem = executor ? executorError(executor, ctx) : null;
  return executorProblem ?? combinedError(resources, executor?.resources ?? []);
}

/** Checks a task whose resources already carry the offer's allocation_info where they lacked it. */
export function checkTask(task: TaskInfo, ctx: TaskCheckContext): TaskCheck {
  const error = identityError(task, ctx) ?? contentError(task, ctx);
  if (error !== null) return { ok: false, message: error };
  const executorId = task.executor?.executor_id.value;
  const newExecutor = executorId !== undefined && ctx.executor(executorId) === undefined;
  return fitCheck(task, newExecutor, ctx);
}
