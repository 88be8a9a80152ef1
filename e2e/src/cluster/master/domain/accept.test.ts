import assert from 'node:assert/strict';
import { test } from 'node:test';
import { mesos } from '@cmf/proto';
import { DYNAMIC } from '../../common/reservations.js';
import { scalarResource, type Resource } from '../../common/resources.js';
import {
  invalidOffersUpdates,
  normalizeResources,
  planAccept,
  type AcceptContext,
} from './accept.js';

const Op = mesos.v1.Offer.Operation.Type;
const S = mesos.v1.TaskState;
const alloc = (r: Resource): Resource => ({ ...r, allocation_info: { role: 'r' } });
const cpus = (v: number): Resource => alloc(scalarResource('cpus', v));
const mem = (v: number): Resource => alloc(scalarResource('mem', v));
const reserved = (r: Resource): Resource => ({
  ...r,
  reservations: [{ type: DYNAMIC, role: 'r', principal: 'p' }],
});
const ctx: AcceptContext = {
  frameworkId: 'f',
  partitionAware: true,
  agentId: 'a',
  nowMs: 0,
  trackedTaskIds: new Set(),
  executors: new Map(),
  principal: 'p',
  frameworkRoles: ['r'],
  role: 'r',
  sharedResources: false,
  checkpointed: [],
  volumesInUse: new Set(),
};
const task = (id: string, resources: Resource[]): mesos.v1.TaskInfo.$Properties => ({
  name: id,
  task_id: { value: id },
  agent_id: { value: 'a' },
  resources,
  executor: {
    executor_id: { value: 'e' },
    command: { value: 'x' },
    resources: [cpus(0.1), mem(32)],
  },
});

void test('operations apply in order: RESERVE then a LAUNCH on the reserved resources; the rest remains', () => {
  const plan = planAccept(
    [
      { type: Op.RESERVE, reserve: { resources: [reserved(cpus(1))] } },
      { type: Op.LAUNCH, launch: { task_infos: [task('t1', [reserved(cpus(1)), mem(128)])] } },
    ],
    [cpus(2), mem(1024)],
    ctx,
  );
  assert.deepEqual(plan.updates, []);
  assert.deepEqual(
    plan.launches.map((l) => [l.task.task_id.value, l.newExecutor]),
    [['t1', true]],
  );
  assert.equal(plan.conversions.length, 1);
  assert.deepEqual(plan.remaining, [cpus(0.9), mem(864)]);
});

void test('a task that no longer fits after an earlier one is TASK_ERROR; the first one launches', () => {
  const plan = planAccept(
    [{ type: Op.LAUNCH, launch: { task_infos: [task('t1', [cpus(1.5)]), task('t2', [cpus(1)])] } }],
    [cpus(2), mem(64)],
    ctx,
  );
  assert.deepEqual(
    plan.launches.map((l) => l.task.task_id.value),
    ['t1'],
  );
  assert.deepEqual(
    plan.updates.map((u) => [u.task_id.value, S[u.state]]),
    [['t2', 'TASK_ERROR']],
  );
});

void test('a dropped operation is reported with its id (for OPERATION_ERROR) and changes nothing', () => {
  const plan = planAccept(
    [{ type: Op.UNRESERVE, unreserve: { resources: [cpus(1)] }, id: { value: 'op' } }],
    [cpus(2)],
    ctx,
  );
  assert.deepEqual(
    plan.dropped.map((d) => d.id),
    ['op'],
  );
  assert.deepEqual(plan.remaining, [cpus(2)]);
});

void test("resources without allocation_info get the offer's role; the old role + reservation form is upgraded", () => {
  assert.deepEqual(
    normalizeResources(
      [{ ...scalarResource('cpus', 1), role: 'r', reservation: { principal: 'p' } }],
      'r',
    ),
    [{ ...reserved(scalarResource('cpus', 1)), allocation_info: { role: 'r' } }],
  );
});

void test('invalid offers: every task of LAUNCH and LAUNCH_GROUP is TASK_DROPPED (PA) or TASK_LOST', () => {
  const ops = [
    { type: Op.LAUNCH, launch: { task_infos: [task('t1', [cpus(1)])] } },
    {
      type: Op.LAUNCH_GROUP,
      launch_group: {
        executor: { executor_id: { value: 'g' } },
        task_group: { tasks: [task('t2', [cpus(1)])] },
      },
    },
  ];
  assert.deepEqual(
    invalidOffersUpdates(ops, 'x', { partitionAware: true, nowMs: 0 }).map((s) => S[s.state]),
    ['TASK_DROPPED', 'TASK_DROPPED'],
  );
  assert.deepEqual(
    invalidOffersUpdates(ops, 'x', { partitionAware: false, nowMs: 0 }).map((s) => S[s.state]),
    ['TASK_LOST', 'TASK_LOST'],
  );
});
