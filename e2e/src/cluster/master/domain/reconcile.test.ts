import assert from 'node:assert/strict';
import { test } from 'node:test';
import { mesos } from '@cmf/proto';
import {
  explicitAnswer,
  implicitAnswers,
  type AgentStanding,
  type ReconcileView,
} from './reconcile.js';

const S = mesos.v1.TaskState;
const standings: Record<string, AgentStanding> = {
  reg: 'registered',
  gone: 'unreachable',
  rec: 'recovered',
};
const view = (extra: Partial<ReconcileView> = {}): ReconcileView => ({
  partitionAware: true,
  tasks: new Map([
    [
      'known',
      {
        agentId: 'reg',
        latest: {
          task_id: { value: 'known' },
          state: S.TASK_RUNNING,
          executor_id: { value: 'e' },
          healthy: true,
        },
      },
    ],
  ]),
  unreachableTasks: new Map([['away', { agentId: 'gone', unreachableTimeMs: 5 }]]),
  standing: (id) => standings[id] ?? 'unknown',
  unreachableSinceMs: (id) => (id === 'gone' ? 5 : undefined),
  hasRecoveredAgents: false,
  nowMs: 1000,
  ...extra,
});

const cases: {
  name: string;
  taskId: string;
  agentId?: string;
  v?: Partial<ReconcileView>;
  want: string | null;
  msg?: string;
}[] = [
  {
    name: 'a known task',
    taskId: 'known',
    want: 'TASK_RUNNING',
    msg: 'Reconciliation: Latest task state',
  },
  {
    name: 'a task of an unreachable agent',
    taskId: 'away',
    want: 'TASK_UNREACHABLE',
    msg: 'Reconciliation: Task is unreachable',
  },
  {
    name: 'unknown on a registered agent',
    taskId: 'x',
    agentId: 'reg',
    want: 'TASK_GONE',
    msg: 'Reconciliation: Task is unknown to the agent',
  },
  {
    name: 'unknown on an unreachable agent',
    taskId: 'x',
    agentId: 'gone',
    want: 'TASK_UNREACHABLE',
  },
  { name: 'unknown on a recovered agent', taskId: 'x', agentId: 'rec', want: null },
  { name: 'unknown on an unknown agent', taskId: 'x', agentId: 'nope', want: 'TASK_UNKNOWN' },
  {
    name: 'unknown without agent',
    taskId: 'x',
    want: 'TASK_UNKNOWN',
    msg: 'Reconciliation: Task is unknown',
  },
  {
    name: 'unknown without agent while agents are recovered',
    taskId: 'x',
    v: { hasRecoveredAgents: true },
    want: null,
  },
  {
    name: 'unknown on a registered agent, not partition-aware',
    taskId: 'x',
    agentId: 'reg',
    v: { partitionAware: false },
    want: 'TASK_LOST',
  },
  {
    name: 'a task of an unreachable agent, not partition-aware',
    taskId: 'away',
    v: { partitionAware: false },
    want: 'TASK_LOST',
  },
];

for (const c of cases) {
  void test(`explicit reconciliation: ${c.name} → ${c.want ?? 'no answer'}`, () => {
    const got = explicitAnswer(view(c.v), { taskId: c.taskId, agentId: c.agentId });
    assert.equal(got === null ? null : S[got.state], c.want);
    if (got === null) return;
    assert.equal(got.reason, mesos.v1.TaskStatus.Reason.REASON_RECONCILIATION);
    assert.equal(got.source, mesos.v1.TaskStatus.Source.SOURCE_MASTER);
    assert.equal(got.uuid, undefined);
    if (c.msg !== undefined) assert.equal(got.message, c.msg);
  });
}

void test('a known task keeps executor_id and healthy; an unreachable one has unreachable_time and no executor_id', () => {
  const known = explicitAnswer(view(), { taskId: 'known' });
  assert.equal(known?.executor_id?.value, 'e');
  assert.equal(known.healthy, true);
  const away = explicitAnswer(view(), { taskId: 'away' });
  assert.equal(away?.unreachable_time?.nanoseconds, 5e6);
  assert.equal(away.executor_id, undefined);
  assert.equal(away.agent_id?.value, 'gone');
});

void test('implicit reconciliation answers only the tracked tasks on registered agents', () => {
  assert.deepEqual(
    implicitAnswers(view()).map((s) => s.task_id.value),
    ['known'],
  );
});
