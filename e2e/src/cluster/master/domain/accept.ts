// The ACCEPT call as a plan (protocol §5.4): offers validated as a whole, then operations applied in
// order against what remains of the offers. The shell carries the plan out: it sends the updates,
// launches the tasks, applies the conversions to the agent and returns the remainder with filters.
import { mesos } from '@cmf/proto';
import { allocatedTo, toPostRefinement, withoutAllocation } from '../../common/reservations.js';
import { subtractResources, sumResources, type Resource } from '../../common/resources.js';
import {
  create,
  destroy,
  reserve,
  unreserve,
  type Conversion,
  type OperationContext,
} from './operations.js';
import { Reason, TaskState, masterStatus, type TaskStatus } from './statuses.js';
import { checkTask } from './task-checks.js';

type Operation = mesos.v1.Offer.Operation.$Properties;
type TaskInfo = mesos.v1.TaskInfo.$Properties;
type ExecutorInfo = mesos.v1.ExecutorInfo.$Properties;
const OpType = mesos.v1.Offer.Operation.Type;

export interface AcceptContext extends OperationContext {
  readonly frameworkId: string;
  readonly partitionAware: boolean;
  readonly agentId: string;
  readonly nowMs: number;
  /** Task ids the master tracks for the framework (incl. unreachable ones). */
  readonly trackedTaskIds: ReadonlySet<string>;
  /** The framework's executors on the agent, by id. */
  readonly executors: ReadonlyMap<string, ExecutorInfo>;
}

export interface Launch {
  /** Normalised: resources with allocation_info, post-refinement; executor.framework_id filled. */
  readonly task: TaskInfo;
  readonly newExecutor: boolean;
}

export interface AppliedConversion {
  readonly operation: 'RESERVE' | 'UNRESERVE' | 'CREATE' | 'DESTROY';
  readonly consumed: Resource[];
  readonly converted: Resource[];
}

export interface AcceptPlan {
  readonly updates: TaskStatus[];
  readonly launches: Launch[];
  readonly conversions: AppliedConversion[];
  readonly dropped: {
    readonly operation: string;
    readonly message: string;
    readonly id?: string;
  }[];
  /** What is left of the offers (allocated), to be recovered with the call's filters. */
  readonly remaining: Resource[];
}

/** The resources as the master works on them: post-refinement, with the offer's allocation role. */
export function normalizeResources(
  resources: readonly Resource[] | null | undefined,
  role: string,
): Resource[] {
  return (resources ?? []).map((r) => {
    const post = toPostRefinement(r);
    return r.allocation_info ? post : allocatedTo(post, role);
  });
}

export function normalizeTask(task: TaskInfo, role: string, frameworkId: string): TaskInfo {
  const out: TaskInfo = { ...task, resources: normalizeResources(task.resources, role) };
  if (task.executor) {
    out.executor = {
      ...task.executor,
      resources: normalizeResources(task.executor.resources, role),
      framework_id: task.executor.framework_id ?? { value: frameworkId },
    };
  }
  return out;
}

/** Tasks of LAUNCH/LAUNCH_GROUP operations when the offers themselves are invalid. */
export function invalidOffersUpdates(
  operations: readonly Operation[],
  error: string,
  ctx: Pick<AcceptContext, 'partitionAware' | 'nowMs'>,
): TaskStatus[] {
  return tasksOf(operations).map((t) =>
    masterStatus({
      taskId: t.task_id.value,
      state: ctx.partitionAware ? TaskState.TASK_DROPPED : TaskState.TASK_LOST,
      reason: Reason.REASON_INVALID_OFFERS,
      message: `Task launched with invalid offers: ${error}`,
      nowMs: ctx.nowMs,
      agentId: t.agent_id.value,
    }),
  );
}

function tasksOf(operations: readonly Operation[]): TaskInfo[] {
  return operations.flatMap((op) => [
    ...(op.launch?.task_infos ?? []),
    ...(op.launch_group?.task_group.tasks ?? []),
  ]);
}

class Planner {
  private pool: Resource[];
  private checkpointed: Resource[];
  private readonly tracked: Set<string>;
  private readonly executors: Map<string, ExecutorInfo>;
  readonly plan: {
    updates: TaskStatus[];
    launches: Launch[];
    conversions: AppliedConversion[];
    dropped: AcceptPlan['dropped'];
  } = {
    updates: [],
    launches: [],
    conversions: [],
    dropped: [],
  };

  constructor(
    offered: readonly Resource[],
    private readonly ctx: AcceptContext,
  ) {
    this.pool = sumResources(offered);
    this.checkpointed = [...ctx.checkpointed];
    this.tracked = new Set(ctx.trackedTaskIds);
    this.executors = new Map(ctx.executors);
  }

  remaining(): Resource[] {
    return this.pool;
  }

  taskError(task: TaskInfo, message: string, reason: mesos.v1.TaskStatus.Reason): void {
    this.plan.updates.push(
      masterStatus({
        taskId: task.task_id.value,
        state: TaskState.TASK_ERROR,
        reason,
        message,
        nowMs: this.ctx.nowMs,
        agentId: this.ctx.agentId,
      }),
    );
  }

  launch(op: Operation): void {
    const tasks = op.launch?.task_infos ?? [];
    if (op.id) {
      for (const t of tasks)
        this.taskError(
          t,
          'The `id` of a LAUNCH operation must not be set',
          Reason.REASON_TASK_INVALID,
        );
      return;
    }
    for (const raw of tasks)
      this.launchOne(normalizeTask(raw, this.ctx.role, this.ctx.frameworkId));
  }

  private launchOne(task: TaskInfo): void {
    const check = checkTask(task, {
      frameworkId: this.ctx.frameworkId,
      agentId: this.ctx.agentId,
      isTracked: (id) => this.tracked.has(id),
      executor: (id) => this.executors.get(id),
      available: this.pool,
    });
    if (!check.ok) {
      this.taskError(task, check.message, Reason.REASON_TASK_INVALID);
      return;
    }
    this.pool = subtractResources(this.pool, check.consumed);
    this.tracked.add(task.task_id.value);
    if (task.executor) this.executors.set(task.executor.executor_id.value, task.executor);
    this.plan.launches.push({ task, newExecutor: check.newExecutor });
  }

  launchGroup(op: Operation): void {
    const group = op.launch_group;
    const tasks = group?.task_group.tasks ?? [];
    const executor = group?.executor;
    const message = op.id
      ? 'The `id` of a LAUNCH_GROUP operation must not be set'
      : executor?.type === undefined || executor.type === null
        ? "'ExecutorInfo.type' must be set"
        : executor.type === mesos.v1.ExecutorInfo.Type.DEFAULT && executor.command
          ? "'ExecutorInfo.command' must not be set for 'DEFAULT' executor"
          : executor.framework_id
            ? 'LAUNCH_GROUP is not supported by the local cluster'
            : "'ExecutorInfo.framework_id' must be set";
    for (const t of tasks) this.taskError(t, message, Reason.REASON_TASK_GROUP_INVALID);
  }

  conversion(op: Operation, name: AppliedConversion['operation'], outcome: Conversion): void {
    if (!outcome.ok) {
      const dropped: AcceptPlan['dropped'][number] = op.id
        ? { operation: name, message: outcome.message, id: op.id.value }
        : { operation: name, message: outcome.message };
      this.plan.dropped.push(dropped);
      return;
    }
    this.pool = sumResources(subtractResources(this.pool, outcome.consumed), outcome.converted);
    const strip = (rs: Resource[]): Resource[] => rs.map(withoutAllocation);
    this.checkpointed = sumResources(
      subtractResources(this.checkpointed, strip(outcome.consumed)),
      strip(outcome.converted),
    );
    this.plan.conversions.push({
      operation: name,
      consumed: outcome.consumed,
      converted: outcome.converted,
    });
  }

  operationContext(): OperationContext {
    return { ...this.ctx, checkpointed: this.checkpointed };
  }
}

type OperationHandler = (planner: Planner, op: Operation, role: string) => void;

const HANDLERS: Partial<Record<mesos.v1.Offer.Operation.Type, OperationHandler>> = {
  [OpType.LAUNCH]: (planner, op) => {
    planner.launch(op);
  },
  [OpType.LAUNCH_GROUP]: (planner, op) => {
    planner.launchGroup(op);
  },
  [OpType.RESERVE]: (planner, op, role) => {
    const resources = normalizeResources(op.reserve?.resources, role);
    const hasSource = (op.reserve?.source ?? []).length > 0;
    planner.conversion(
      op,
      'RESERVE',
      reserve(resources, hasSource, planner.operationContext(), planner.remaining()),
    );
  },
  [OpType.UNRESERVE]: (planner, op, role) => {
    const resources = normalizeResources(op.unreserve?.resources, role);
    planner.conversion(op, 'UNRESERVE', unreserve(resources, planner.remaining()));
  },
  [OpType.CREATE]: (planner, op, role) => {
    const volumes = normalizeResources(op.create?.volumes, role);
    planner.conversion(
      op,
      'CREATE',
      create(volumes, planner.operationContext(), planner.remaining()),
    );
  },
  [OpType.DESTROY]: (planner, op, role) => {
    const volumes = normalizeResources(op.destroy?.volumes, role);
    planner.conversion(
      op,
      'DESTROY',
      destroy(volumes, planner.operationContext(), planner.remaining()),
    );
  },
};

function applyOperation(planner: Planner, op: Operation, role: string): void {
  const handler = HANDLERS[op.type ?? OpType.UNKNOWN];
  if (handler === undefined) {
    planner.plan.dropped.push({ operation: String(op.type), message: 'Unsupported operation' });
    return;
  }
  handler(planner, op, role);
}

/** Plans an ACCEPT whose offers were found valid; `offered` is the sum of their resources. */
export function planAccept(
  operations: readonly Operation[],
  offered: readonly Resource[],
  ctx: AcceptContext,
): AcceptPlan {
  const planner = new Planner(offered, ctx);
  for (const op of operations) applyOperation(planner, op, ctx.role);
  return { ...planner.plan, remaining: planner.remaining() };
}
