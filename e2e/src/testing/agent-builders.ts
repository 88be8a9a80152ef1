// Builders for agent tests: fast timings, the recorded agent's resources and attributes, and
// frameworks, executors (the test executor by default) and tasks.
import { mesos } from '@cmf/proto';
import { makeTimings, type Timings } from '../cluster/common/timings.js';
import type {
  Attribute,
  ExecutorInfo,
  FrameworkInfo,
  Resource,
  TaskInfo,
} from '../cluster/link.js';
import { TEST_EXECUTOR, taskData, type TestTaskMode } from './test-executor-plan.js';

/** Timings small enough for tests; everything not named stays Mesos's default. */
export function testTimings(overrides: Partial<Timings> = {}): Timings {
  return makeTimings({
    statusUpdateRetryMs: 10_000,
    executorRegistrationTimeoutMs: 20_000,
    executorReregistrationTimeoutMs: 1_500,
    executorShutdownGraceMs: 1_000,
    recoveryTimeoutMs: 30_000,
    ...overrides,
  });
}

export function scalar(name: string, value: number): Resource {
  return { name, type: mesos.v1.Value.Type.SCALAR, scalar: { value } };
}

export const AGENT_RESOURCES: Resource[] = [
  scalar('cpus', 2),
  scalar('mem', 4096),
  scalar('disk', 10_000),
  {
    name: 'ports',
    type: mesos.v1.Value.Type.RANGES,
    ranges: { range: [{ begin: 31000, end: 32000 }] },
  },
];

/** Like the recorded real agent: `--attributes=rack:r1`. */
export const AGENT_ATTRIBUTES: Attribute[] = [
  { name: 'rack', type: mesos.v1.Value.Type.TEXT, text: { value: 'r1' } },
];

export function frameworkInfo(
  id: string,
  options: { checkpoint?: boolean; partitionAware?: boolean } = {},
): FrameworkInfo {
  const Cap = mesos.v1.FrameworkInfo.Capability.Type;
  return {
    user: 'root',
    name: 'agent-test',
    id: { value: id },
    checkpoint: options.checkpoint ?? true,
    failover_timeout: 60,
    roles: ['*'],
    capabilities: [
      { type: Cap.MULTI_ROLE },
      ...(options.partitionAware === false ? [] : [{ type: Cap.PARTITION_AWARE }]),
    ],
  };
}

/** An executor running the test executor, or any shell command (e.g. a process that never subscribes). */
export function executorInfo(
  executorId: string,
  options: {
    command?: string;
    env?: Record<string, string>;
    uris?: mesos.v1.CommandInfo.URI.$Properties[];
    resources?: Resource[];
    graceMs?: number;
  } = {},
): ExecutorInfo {
  const command = options.command ?? `exec '${process.execPath}' '${TEST_EXECUTOR}'`;
  return {
    executor_id: { value: executorId },
    type: mesos.v1.ExecutorInfo.Type.CUSTOM,
    name: 'test executor',
    resources: options.resources ?? [scalar('cpus', 0.1), scalar('mem', 32)],
    command: {
      value: command,
      shell: true,
      uris: options.uris ?? [],
      environment: {
        variables: Object.entries(options.env ?? {}).map(([name, value]) => ({ name, value })),
      },
    },
    ...(options.graceMs === undefined
      ? {}
      : { shutdown_grace_period: { nanoseconds: options.graceMs * 1e6 } }),
  };
}

export function taskInfo(
  taskId: string,
  executor: ExecutorInfo,
  options: {
    mode?: TestTaskMode;
    exitCode?: number;
    finishAfterMs?: number;
    resources?: Resource[];
    agentId?: string;
  } = {},
): TaskInfo {
  return {
    name: `task ${taskId}`,
    task_id: { value: taskId },
    agent_id: { value: options.agentId ?? 'unset' },
    resources: options.resources ?? [scalar('cpus', 0.1), scalar('mem', 32)],
    executor,
    data: taskData(options.mode ?? 'run', {
      ...(options.exitCode === undefined ? {} : { exitCode: options.exitCode }),
      ...(options.finishAfterMs === undefined ? {} : { finishAfterMs: options.finishAfterMs }),
    }),
  };
}

/** A command task (TaskInfo.command, no executor): the agent runs it with its command executor. */
export function commandTaskInfo(
  taskId: string,
  command: mesos.v1.CommandInfo.$Properties,
  options: { agentId?: string; killGraceMs?: number; maxCompletionMs?: number } = {},
): TaskInfo {
  return {
    name: `command task ${taskId}`,
    task_id: { value: taskId },
    agent_id: { value: options.agentId ?? 'unset' },
    resources: [scalar('cpus', 0.1), scalar('mem', 32)],
    command,
    ...(options.killGraceMs === undefined
      ? {}
      : { kill_policy: { grace_period: { nanoseconds: options.killGraceMs * 1e6 } } }),
    ...(options.maxCompletionMs === undefined
      ? {}
      : { max_completion_time: { nanoseconds: options.maxCompletionMs * 1e6 } }),
  };
}
