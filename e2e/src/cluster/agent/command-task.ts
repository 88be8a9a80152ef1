// A task given with TaskInfo.command runs under the agent's built-in command executor (Mesos's
// mesos-executor; ours is command-executor/main.js). Like Slave::getExecutorInfo, the agent makes its
// ExecutorInfo: the task's id as executor id, the task's URIs, environment and user, and an allowance of
// 0.1 cpus and 32 MB for the executor itself (not charged by the master).
import { fileURLToPath } from 'node:url';
import { mesos } from '@cmf/proto';
import type { ExecutorInfo, Resource, TaskInfo } from '../link.js';

/** The compiled command executor. */
export const COMMAND_EXECUTOR = fileURLToPath(
  new URL('./command-executor/main.js', import.meta.url),
);

export function commandExecutorInfo(frameworkId: string, task: TaskInfo): ExecutorInfo {
  const command = task.command ?? {};
  return {
    executor_id: { value: task.task_id.value },
    framework_id: { value: frameworkId },
    name: `Command Executor ${commandExecutorName(task)}`,
    source: task.task_id.value,
    resources: executorAllowance(task.resources ?? []),
    command: {
      value: process.execPath,
      arguments: ['mesos-executor', COMMAND_EXECUTOR],
      shell: false,
      uris: command.uris ?? [],
      ...(command.environment ? { environment: command.environment } : {}),
      ...(typeof command.user === 'string' ? { user: command.user } : {}),
    },
  };
}

/** "(Task: t1) (Command: sh -c 'echo hello')", long commands cut to 12 characters and "...". */
export function commandExecutorName(task: TaskInfo): string {
  const command = task.command ?? {};
  const shown = (text: string): string => (text.length > 15 ? `${text.slice(0, 12)}...` : text);
  const prefix = `(Task: ${task.task_id.value}) `;
  const value = command.value;
  if (command.shell !== false) {
    return typeof value === 'string'
      ? `${prefix}(Command: sh -c '${shown(value)}')`
      : `${prefix}(Command: NO COMMAND)`;
  }
  if (typeof value !== 'string') return `${prefix}(Command: NO EXECUTABLE)`;
  return `${prefix}(Command: [${shown([value, ...(command.arguments ?? [])].join(', '))}])`;
}

const Scalar = mesos.v1.Value.Type.SCALAR;

/** 0.1 cpus and 32 MB, allocated to the task's role. */
function executorAllowance(taskResources: readonly Resource[]): Resource[] {
  const allocation = taskResources[0]?.allocation_info;
  const extra = allocation ? { allocation_info: allocation } : {};
  return [
    { name: 'cpus', type: Scalar, scalar: { value: 0.1 }, ...extra },
    { name: 'mem', type: Scalar, scalar: { value: 32 }, ...extra },
  ];
}
