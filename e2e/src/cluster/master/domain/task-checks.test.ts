import assert from 'node:assert/strict';
import { test } from 'node:test';
import { mesos } from '@cmf/proto';
import { scalarResource, rangesResource, type Resource } from '../../common/resources.js';
import { checkTask, sameExecutor, type TaskCheckContext } from './task-checks.js';

type TaskInfo = mesos.v1.TaskInfo.$Properties;
type ExecutorInfo = mesos.v1.ExecutorInfo.$Properties;
const alloc = (r: Resource, role = 'r'): Resource => ({ ...r, allocation_info: { role } });
const cpus = (v: number): Resource => alloc(scalarResource('cpus', v));
const mem = (v: number): Resource => alloc(scalarResource('mem', v));
const ports = (b: number, e: number): Resource => alloc(rangesResource('ports', [[b, e]]));
const exec = (extra: Partial<ExecutorInfo> = {}): ExecutorInfo => ({
  executor_id: { value: 'e' },
  command: { value: 'run' },
  resources: [cpus(0.1), mem(32)],
  ...extra,
});
const taskOf = (extra: Partial<TaskInfo> = {}): TaskInfo => ({
  name: 't',
  task_id: { value: 't' },
  agent_id: { value: 'a' },
  resources: [cpus(1), mem(128)],
  executor: exec(),
  ...extra,
});
const ctx = (extra: Partial<TaskCheckContext> = {}): TaskCheckContext => ({
  frameworkId: 'f',
  agentId: 'a',
  isTracked: () => false,
  executor: () => undefined,
  available: [cpus(2), mem(1024), ports(31000, 32000)],
  ...extra,
});

const rejected: {
  name: string;
  task: TaskInfo;
  ctx?: Partial<TaskCheckContext>;
  message?: RegExp;
}[] = [
  {
    name: 'an id with a slash',
    task: taskOf({ task_id: { value: 'a/b' } }),
    message: /task_id' is invalid/,
  },
  {
    name: 'a tracked id',
    task: taskOf(),
    ctx: { isTracked: (id) => id === 't' },
    message: /duplicate ID/,
  },
  {
    name: 'another agent',
    task: taskOf({ agent_id: { value: 'b' } }),
    message: /invalid agent: b/,
  },
  {
    name: 'a negative kill grace period',
    task: taskOf({ kill_policy: { grace_period: { nanoseconds: -1 } } }),
  },
  { name: 'both command and executor', task: taskOf({ command: { value: 'x' } }) },
  { name: 'neither command nor executor', task: taskOf({ executor: null }) },
  { name: 'no resources', task: taskOf({ resources: [] }), message: /no resources/ },
  { name: 'a negative scalar', task: taskOf({ resources: [cpus(-0.5)] }) },
  {
    name: 'ranges on a scalar',
    task: taskOf({ resources: [{ ...cpus(1), ranges: { range: [] } }] }),
  },
  {
    name: 'more than available',
    task: taskOf({ resources: [cpus(3)] }),
    message: /more than available/,
  },
  { name: 'executor resources beyond the offer', task: taskOf({ resources: [cpus(1.95)] }) },
  {
    name: 'a DEFAULT executor',
    task: taskOf({ executor: exec({ type: mesos.v1.ExecutorInfo.Type.DEFAULT }) }),
  },
  { name: 'an executor without command', task: taskOf({ executor: exec({ command: null }) }) },
  {
    name: 'an executor of another framework',
    task: taskOf({ executor: exec({ framework_id: { value: 'g' } }) }),
  },
  {
    name: 'an executor id reused with another ExecutorInfo',
    task: taskOf({ executor: exec({ name: 'new' }) }),
    ctx: { executor: () => ({ ...exec(), framework_id: { value: 'f' } }) },
    message: /not compatible/,
  },
  {
    name: 'two allocation roles',
    task: taskOf({ resources: [cpus(1), alloc(scalarResource('mem', 1), 'q')] }),
  },
  {
    name: 'the same port in task and executor',
    task: taskOf({
      resources: [cpus(1), ports(31000, 31000)],
      executor: exec({ resources: [cpus(0.1), ports(31000, 31001)] }),
    }),
  },
  {
    name: 'a VALUE variable without value',
    task: taskOf({
      executor: exec({ command: { value: 'x', environment: { variables: [{ name: 'A' }] } } }),
    }),
    message: /must have a value/,
  },
];

for (const c of rejected) {
  void test(`task check refuses ${c.name}`, () => {
    const got = checkTask(c.task, ctx(c.ctx));
    assert.equal(got.ok, false);
    if (c.message) assert.match(got.message, c.message);
  });
}

void test('a valid task with a new executor consumes task + executor resources', () => {
  const got = checkTask(taskOf(), ctx());
  assert.deepEqual(got, { ok: true, newExecutor: true, consumed: [cpus(1.1), mem(160)] });
});

void test('a task for a running executor with the same ExecutorInfo consumes only its own resources', () => {
  const got = checkTask(
    taskOf(),
    ctx({ executor: () => ({ ...exec(), framework_id: { value: 'f' } }) }),
  );
  assert.deepEqual(got, { ok: true, newExecutor: false, consumed: [cpus(1), mem(128)] });
});

void test('executor comparison ignores resource order but not content', () => {
  assert.ok(
    sameExecutor(
      exec({ resources: [cpus(0.1), mem(32)] }),
      exec({ resources: [mem(32), cpus(0.1)] }),
    ),
  );
  assert.ok(!sameExecutor(exec(), exec({ data: new Uint8Array([1]) })));
});
