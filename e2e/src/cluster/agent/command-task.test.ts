import assert from 'node:assert/strict';
import { test } from 'node:test';
import { mesos } from '@cmf/proto';
import type { TaskInfo } from '../link.js';
import { COMMAND_EXECUTOR, commandExecutorInfo, commandExecutorName } from './command-task.js';

const cpus: mesos.v1.Resource.$Properties = {
  name: 'cpus',
  type: mesos.v1.Value.Type.SCALAR,
  scalar: { value: 1 },
  allocation_info: { role: 'cassandra' },
};

function task(command: mesos.v1.CommandInfo.$Properties): TaskInfo {
  return {
    name: 't',
    task_id: { value: 'task-7' },
    agent_id: { value: 'S0' },
    resources: [cpus],
    command,
  };
}

void test('the command executor of a task has the task’s id, URIs and environment', () => {
  const uris = [{ value: 'http://example.invalid/app.tar.gz' }];
  const environment = { variables: [{ name: 'A', value: '1' }] };
  const info = commandExecutorInfo('F-1', task({ value: 'run', uris, environment }));
  assert.equal(info.executor_id.value, 'task-7');
  assert.equal(info.framework_id?.value, 'F-1');
  assert.equal(info.source, 'task-7');
  const command = info.command ?? assert.fail('no command');
  assert.deepEqual(command.uris, uris);
  assert.deepEqual(command.environment, environment);
  assert.equal(command.shell, false);
  assert.deepEqual(command.arguments, ['mesos-executor', COMMAND_EXECUTOR]);
  assert.deepEqual(
    info.resources?.map((r) => [r.name, r.scalar?.value, r.allocation_info?.role]),
    [
      ['cpus', 0.1, 'cassandra'],
      ['mem', 32, 'cassandra'],
    ],
  );
});

void test('its name says what it runs, as Mesos names it, long commands cut short', () => {
  assert.equal(
    commandExecutorName(task({ value: 'sleep 60' })),
    "(Task: task-7) (Command: sh -c 'sleep 60')",
  );
  assert.equal(
    commandExecutorName(task({ value: 'echo a very long command' })),
    "(Task: task-7) (Command: sh -c 'echo a very ...')",
  );
  assert.equal(
    commandExecutorName(task({ shell: false, value: '/bin/ls', arguments: ['ls'] })),
    '(Task: task-7) (Command: [/bin/ls, ls])',
  );
  assert.equal(commandExecutorName(task({})), '(Task: task-7) (Command: NO COMMAND)');
});
