// §9.4, §10.1: what the scheduler sees when agents go away and come back, and when the master
// restarts — with fake agents on the link and shrunk ping timings (50 ms × 3).
import assert from 'node:assert/strict';
import { mesos } from '@cmf/proto';
import { waitFor } from '../../runtime/wait-for.js';
import type { Task } from '../link.js';
import { MemoryLog } from '../log.js';
import { Master } from '../master/master.js';
import { cpus, mem } from '../testing/calls.js';
import {
  Cap,
  frameworkHandle,
  frameworkInfo,
  masterTest,
  protobufHeaders,
  subscribeCall,
  testTimings,
  updateFor,
  withTask,
  type Framework,
} from '../testing/master-harness.js';
import { CallType, EventType, encodeCall, openStream } from '../testing/scheduler-wire.js';

const S = mesos.v1.TaskState;
const R = mesos.v1.TaskStatus.Reason;
const SOURCE_MASTER = mesos.v1.TaskStatus.Source.SOURCE_MASTER;
const nonPartitionAware = frameworkInfo({ capabilities: [{ type: Cap.MULTI_ROLE }] });

function runningTask(frameworkId: string, agentId: string): Task {
  return {
    name: 't1',
    task_id: { value: 't1' },
    framework_id: { value: frameworkId },
    agent_id: { value: agentId },
    executor_id: { value: 't1-executor' },
    state: S.TASK_RUNNING,
    resources: [cpus(0.5), mem(128)],
    statuses: [],
  };
}

async function reconcileOne(fw: Framework, taskId: string, agentId?: string): Promise<number> {
  const mark = fw.stream.events.length;
  await fw.call({
    type: CallType.RECONCILE,
    reconcile: {
      tasks: [{ task_id: { value: taskId }, ...(agentId ? { agent_id: { value: agentId } } : {}) }],
    },
  });
  return mark;
}

masterTest(
  'an agent whose link drops: RESCIND at once; a checkpointing framework hears nothing about its task',
  async (scope) => {
    const { agent, fw } = await withTask(scope);
    const mark = fw.stream.events.length;
    agent.die();
    await fw.stream.nextOfType(EventType.RESCIND, { from: mark });
    const mark2 = await reconcileOne(fw, 't1');
    assert.equal((await updateFor(fw, 't1', mark2)).state, S.TASK_STAGING, 'still known');
    assert.equal(
      fw.stream.events
        .slice(mark)
        .filter(
          (e) => e.type === EventType.UPDATE && e.update?.status.reason !== R.REASON_RECONCILIATION,
        ).length,
      0,
    );
  },
);

masterTest(
  'tasks of a framework without checkpoint are TASK_LOST REASON_AGENT_DISCONNECTED when the link drops, even PA',
  async (scope) => {
    const { agent, fw } = await withTask(scope, frameworkInfo({ checkpoint: false }));
    agent.die();
    const status = await updateFor(fw, 't1');
    assert.equal(status.state, S.TASK_LOST);
    assert.equal(status.reason, R.REASON_AGENT_DISCONNECTED);
    assert.equal(status.message, 'Agent 127.0.2.1 disconnected');
    assert.equal(status.source, SOURCE_MASTER);
    assert.equal(status.uuid, null);
  },
);

masterTest(
  'after the ping timeouts: TASK_UNREACHABLE with unreachable_time, then FAILURE with only the agent id',
  async (scope) => {
    const { agent, fw, agentId } = await withTask(scope);
    agent.die();
    const status = await updateFor(fw, 't1');
    assert.equal(status.state, S.TASK_UNREACHABLE);
    assert.equal(status.reason, R.REASON_AGENT_REMOVED);
    assert.equal(status.message, 'health check timed out');
    assert.ok((status.unreachable_time?.nanoseconds ?? 0) > 0);
    assert.equal(status.uuid, null);
    const failure = await fw.stream.nextOfType(EventType.FAILURE);
    assert.equal(failure.failure?.agent_id?.value, agentId);
    assert.equal(failure.failure.executor_id, null);
    const mark = await reconcileOne(fw, 't1');
    const answer = await updateFor(fw, 't1', mark);
    assert.equal(answer.state, S.TASK_UNREACHABLE);
    assert.equal(answer.message, 'Reconciliation: Task is unreachable');
    assert.deepEqual(answer.unreachable_time, status.unreachable_time);
    assert.equal(answer.executor_id, null, 'no executor_id for a task on an unreachable agent');
    const implicit = await reconcileOne(fw, 'ignored');
    await fw.call({ type: CallType.RECONCILE, reconcile: { tasks: [] } });
    await fw.call({
      type: CallType.RECONCILE,
      reconcile: { tasks: [{ task_id: { value: 'probe' } }] },
    });
    await updateFor(fw, 'probe', implicit);
    assert.equal(
      fw.stream.events.slice(implicit).filter((e) => e.update?.status.task_id.value === 't1')
        .length,
      0,
      'implicit reconciliation skips unreachable tasks',
    );
  },
);

masterTest(
  "without PARTITION_AWARE an unreachable agent's task is TASK_LOST with the same reason and time",
  async (scope) => {
    const { agent, fw } = await withTask(scope, nonPartitionAware);
    agent.die();
    const status = await updateFor(fw, 't1');
    assert.equal(status.state, S.TASK_LOST);
    assert.equal(status.reason, R.REASON_AGENT_REMOVED);
    assert.ok(status.unreachable_time);
  },
);

for (const [name, info] of [
  ['PA', frameworkInfo()],
  ['non-PA', nonPartitionAware],
] as const) {
  masterTest(
    `an unreachable agent re-registering with its task: TASK_RUNNING REASON_AGENT_REREGISTERED (${name})`,
    async (scope) => {
      const { agent, fw, agentId } = await withTask(scope, info);
      agent.die();
      await fw.stream.nextOfType(EventType.FAILURE);
      const mark = fw.stream.events.length;
      agent.register({ tasks: [runningTask(fw.frameworkId, agentId)] });
      const status = await updateFor(fw, 't1', mark);
      assert.equal(status.state, S.TASK_RUNNING);
      assert.equal(status.reason, R.REASON_AGENT_REREGISTERED);
      assert.equal(status.message, 'Unreachable agent re-reregistered');
      assert.equal(status.source, SOURCE_MASTER);
      assert.equal(status.uuid, null);
      assert.ok((await fw.nextOffers(mark)).length > 0);
    },
  );
}

masterTest(
  'an agent back before the ping timeouts: no update about the task, and offers again',
  async (scope) => {
    const { agent, fw, agentId } = await withTask(scope);
    agent.die();
    await fw.stream.nextOfType(EventType.RESCIND);
    const mark = fw.stream.events.length;
    agent.register({ tasks: [runningTask(fw.frameworkId, agentId)] });
    assert.ok((await fw.nextOffers(mark)).length > 0);
    assert.equal(fw.stream.events.slice(mark).filter((e) => e.type === EventType.UPDATE).length, 0);
  },
  { timings: { maxAgentPingTimeouts: 1000 } },
);

masterTest(
  'a re-registering agent that does not report a task: TASK_DROPPED "task unknown to the agent", then forgotten once acked',
  async (scope) => {
    const { agent, fw, agentId } = await withTask(scope);
    agent.die();
    await fw.stream.nextOfType(EventType.RESCIND);
    const mark = fw.stream.events.length;
    agent.register({ tasks: [] });
    const status = await updateFor(fw, 't1', mark);
    assert.equal(status.state, S.TASK_DROPPED);
    assert.equal(status.reason, R.REASON_RECONCILIATION);
    assert.equal(status.source, mesos.v1.TaskStatus.Source.SOURCE_AGENT);
    assert.equal(status.message, 'Reconciliation: task unknown to the agent');
    assert.equal(status.uuid?.length, 16);
    await fw.call({
      type: CallType.ACKNOWLEDGE,
      acknowledge: { agent_id: { value: agentId }, task_id: { value: 't1' }, uuid: status.uuid },
    });
    await waitFor(() => !scope.master.core.frameworks.get(fw.frameworkId)?.tasks.has('t1'), {
      what: 'the task forgotten',
      timeoutMs: 2000,
      intervalMs: 5,
    });
  },
  { timings: { maxAgentPingTimeouts: 1000 } },
);

masterTest(
  'a KILL while the agent is disconnected is delivered when it re-registers',
  async (scope) => {
    const { agent, fw, agentId } = await withTask(scope);
    agent.die();
    await fw.call({ type: CallType.KILL, kill: { task_id: { value: 't1' } } });
    assert.equal(agent.of('killTask').length, 0);
    agent.register({ tasks: [runningTask(fw.frameworkId, agentId)] });
    await waitFor(() => agent.of('killTask').length === 1, {
      what: 'the kill after re-registration',
      timeoutMs: 2000,
      intervalMs: 5,
    });
  },
  { timings: { maxAgentPingTimeouts: 1000 } },
);

masterTest(
  'a restarted master: streams end (EOF); same framework id accepted; reconciliation silent until the agent re-registers',
  async (scope) => {
    const { agent, fw, agentId } = await withTask(scope);
    const registry = scope.master.registry();
    await scope.master.stop();
    await fw.stream.waitEnded();
    assert.equal(fw.stream.ofType(EventType.ERROR).length, 0, 'no ERROR, just the end');
    const log = new MemoryLog();
    const next = await Master.start({
      host: '127.0.0.1',
      port: 0,
      timings: testTimings(),
      log: log.logger('master-2'),
      registry,
    });
    try {
      const url = `${next.url}/api/v1/scheduler`;
      const stream = await openStream(
        url,
        encodeCall(subscribeCall(frameworkInfo({ id: { value: fw.frameworkId } }))),
        protobufHeaders,
      );
      const subscribed = await stream.nextOfType(EventType.SUBSCRIBED);
      assert.equal(subscribed.subscribed?.framework_id.value, fw.frameworkId);
      const again = frameworkHandle({ url }, stream, fw.frameworkId);
      let mark = again.stream.events.length;
      await again.call({
        type: CallType.RECONCILE,
        reconcile: {
          tasks: [
            { task_id: { value: 't1' } },
            { task_id: { value: 'probe' }, agent_id: { value: 'never-seen' } },
          ],
        },
      });
      await updateFor(again, 'probe', mark);
      assert.equal(
        again.stream.events.slice(mark).filter((e) => e.update?.status.task_id.value === 't1')
          .length,
        0,
        'dropped, not answered',
      );
      agent.register(
        {
          tasks: [runningTask(fw.frameworkId, agentId)],
          frameworks: [frameworkInfo({ id: { value: fw.frameworkId } })],
        },
        next,
      );
      assert.equal(agent.agentId, agentId, 'same agent id');
      mark = await reconcileOne(again, 't1');
      assert.equal((await updateFor(again, 't1', mark)).state, S.TASK_RUNNING);
      assert.ok((await again.nextOffers(0)).length > 0);
      assert.notEqual(next.core.id, scope.master.core.id, 'a new master id');
      stream.close();
    } finally {
      await next.stop();
    }
  },
);

masterTest(
  "GET /state uses Mesos's field names (slaves, frameworks, tasks, reserved resources)",
  async (scope) => {
    const { fw } = await withTask(scope);
    const res = await fetch(`${scope.master.url}/state`);
    assert.equal(res.status, 200);
    const state = (await res.json()) as Record<string, unknown>;
    const { fixtureText } = await import('../testing/shape.js');
    const real = JSON.parse(fixtureText('master-state.json')) as Record<string, unknown>;
    const keys = (o: unknown): string[] => Object.keys(o as object);
    const missing = (ours: unknown, theirs: unknown): string[] =>
      keys(theirs).filter((k) => !keys(ours).includes(k));
    assert.deepEqual(
      missing(state, real).filter((k) => !k.startsWith('build_')),
      [],
    );
    const first = (o: unknown, k: string): unknown =>
      ((o as Record<string, unknown[]>)[k] ?? [])[0];
    assert.deepEqual(missing(first(state, 'slaves'), first(real, 'slaves')), []);
    assert.deepEqual(missing(first(state, 'frameworks'), first(real, 'frameworks')), []);
    const ourTask = first(first(state, 'frameworks'), 'tasks');
    assert.deepEqual(
      missing(ourTask, first(first(real, 'frameworks'), 'tasks')).filter((k) => k !== 'statuses'),
      [],
    );
    assert.equal((ourTask as { id: string }).id, 't1');
    assert.equal((first(state, 'frameworks') as { id: string }).id, fw.frameworkId);
  },
);
