// What an agent knows about the frameworks, executors and tasks it runs (Mesos's Framework, Executor and
// Task records), and pure queries over them. The shell mutates these records; nothing here does I/O.
import { mesos } from '@cmf/proto';
import type { ExecutorInfo, FrameworkInfo, Task, TaskInfo } from '../link.js';

const S = mesos.v1.TaskState;
type TaskState = mesos.v1.TaskState;

/** Mesos's Executor::State: REGISTERING until it subscribes (again, after an agent restart). */
export type ExecutorPhase = 'registering' | 'running' | 'terminating' | 'terminated';

/** Why an executor is being torn down, when it is not just "it exited": decides its tasks' last state. */
export interface Termination {
  readonly state: TaskState;
  readonly reason: mesos.v1.TaskStatus.Reason;
  readonly message: string;
}

export interface TaskRecord {
  readonly info: TaskInfo;
  /** Latest state the agent has seen (TASK_STAGING until the executor reports). */
  state: TaskState;
}

export interface ExecutorRun {
  readonly frameworkId: string;
  readonly executorId: string;
  readonly info: ExecutorInfo;
  readonly containerId: string;
  readonly sandbox: string;
  /** The agent's own command executor, made for one command task (its id is the task's). */
  readonly commandExecutor: boolean;
  phase: ExecutorPhase;
  /** Process id (= process group id) once launched. */
  pid?: number;
  /** Tasks waiting for the executor to subscribe, in arrival order. */
  readonly queued: Map<string, TaskInfo>;
  /** Tasks sent to the executor (or recovered), until their terminal update is acknowledged. */
  readonly launched: Map<string, TaskRecord>;
  /** False until the first LAUNCH went out: an executor whose every task was killed before delivery is shut down. */
  everSentTask: boolean;
  pendingTermination?: Termination;
}

export type FrameworkPhase = 'running' | 'terminating';

export interface FrameworkRecord {
  info: FrameworkInfo; // with id
  phase: FrameworkPhase;
  readonly executors: Map<string, ExecutorRun>;
}

export function frameworkIdOf(info: FrameworkInfo): string {
  const id = info.id?.value;
  if (id === undefined) throw new RangeError('FrameworkInfo without id');
  return id;
}

export function isPartitionAware(info: FrameworkInfo): boolean {
  const PA = mesos.v1.FrameworkInfo.Capability.Type.PARTITION_AWARE;
  return (info.capabilities ?? []).some((c) => c.type === PA);
}

export function isCheckpointing(info: FrameworkInfo): boolean {
  return info.checkpoint === true;
}

const TERMINAL = new Set<TaskState>([
  S.TASK_FINISHED,
  S.TASK_FAILED,
  S.TASK_KILLED,
  S.TASK_ERROR,
  S.TASK_LOST,
  S.TASK_DROPPED,
  S.TASK_GONE,
  S.TASK_GONE_BY_OPERATOR,
]);

export function isTerminalState(state: TaskState): boolean {
  return TERMINAL.has(state);
}

/** The executor that holds a task (queued or launched), if any. */
export function executorOfTask(
  framework: FrameworkRecord,
  taskId: string,
): ExecutorRun | undefined {
  for (const run of framework.executors.values()) {
    if (run.queued.has(taskId) || run.launched.has(taskId)) return run;
  }
  return undefined;
}

/** Non-terminal tasks, queued ones included: what an executor's exit must report. */
export function liveTaskIds(run: ExecutorRun): string[] {
  const launched = [...run.launched.entries()].filter(([, t]) => !isTerminalState(t.state));
  return [...launched.map(([id]) => id), ...run.queued.keys()];
}

/** An executor can be forgotten once it is terminated and none of its tasks awaits an acknowledgement. */
export function isRemovable(run: ExecutorRun): boolean {
  return run.phase === 'terminated' && run.queued.size === 0 && run.launched.size === 0;
}

/** The Task message a (re-)registration carries for one of the agent's tasks. */
export function taskForRegistration(
  agentId: string,
  run: ExecutorRun,
  info: TaskInfo,
  state: TaskState,
): Task {
  return {
    name: info.name,
    task_id: info.task_id,
    framework_id: { value: run.frameworkId },
    // A command task has no executor as far as the master knows (Mesos's protobuf::createTask).
    ...(run.commandExecutor ? {} : { executor_id: { value: run.executorId } }),
    agent_id: { value: agentId },
    state,
    resources: info.resources ?? [],
    ...(info.labels ? { labels: info.labels } : {}),
    ...(info.kill_policy ? { kill_policy: info.kill_policy } : {}),
  };
}

/** All tasks of all executors, as a (re-)registration reports them (queued ones as TASK_STAGING). */
export function registrationTasks(agentId: string, frameworks: Iterable<FrameworkRecord>): Task[] {
  const tasks: Task[] = [];
  for (const framework of frameworks) {
    for (const run of framework.executors.values()) {
      for (const t of run.launched.values())
        tasks.push(taskForRegistration(agentId, run, t.info, t.state));
      for (const info of run.queued.values()) {
        tasks.push(taskForRegistration(agentId, run, info, S.TASK_STAGING));
      }
    }
  }
  return tasks;
}
