// §6 and §7, §16 items 26 and 28: status updates through the master (forwarded with agent and
// executor ids, acknowledged back to the agent), reconciliation answers, KILL, SHUTDOWN, MESSAGE,
// executor exits — the agent side played by a fake agent on the link.
import assert from 'node:assert/strict';
import { mesos, newUuidBytes } from '@cmf/proto';
import { waitFor } from '../../runtime/wait-for.js';
import { acceptCall, cpus, launch, mem, task } from '../testing/calls.js';
import {
  Cap,
  frameworkInfo,
  masterTest,
  updateFor,
  withTask,
  type Framework,
} from '../testing/master-harness.js';
import { CallType, EventType } from '../testing/scheduler-wire.js';
import { eventShape, fixtureEvent } from '../testing/shape.js';

const S = mesos.v1.TaskState;
const R = mesos.v1.TaskStatus.Reason;
const SOURCE_MASTER = mesos.v1.TaskStatus.Source.SOURCE_MASTER;
const nonPartitionAware = frameworkInfo({ capabilities: [{ type: Cap.MULTI_ROLE }] });

const withoutContainer = (paths: string[]): string[] =>
  paths.filter((p) => !p.includes('container_status'));

async function reconcile(
  fw: Framework,
  tasks: { taskId: string; agentId?: string }[],
): Promise<number> {
  const mark = fw.stream.events.length;
  const reply = await fw.call({
    type: CallType.RECONCILE,
    reconcile: {
      tasks: tasks.map((t) => ({
        task_id: { value: t.taskId },
        ...(t.agentId ? { agent_id: { value: t.agentId } } : {}),
      })),
    },
  });
  assert.equal(reply.status, 202);
  return mark;
}

masterTest(
  'an agent update reaches the scheduler with agent_id, executor_id, its uuid, shaped as recorded',
  async (scope) => {
    const { agent, fw, agentId } = await withTask(scope);
    const sent = agent.update(fw.frameworkId, 't1', S.TASK_RUNNING);
    const event = await fw.stream.next(
      (e) => e.update?.status.state === S.TASK_RUNNING,
      'TASK_RUNNING',
    );
    assert.deepEqual(
      withoutContainer(eventShape(event)),
      withoutContainer(eventShape(fixtureEvent('event-05-update-task-running.pb'))),
    );
    const status = event.update?.status;
    assert.equal(status?.agent_id?.value, agentId);
    assert.equal(status.executor_id?.value, 't1-executor');
    assert.deepEqual(Buffer.from(status.uuid ?? []), Buffer.from(sent.uuid ?? []));
  },
);

masterTest(
  'ACKNOWLEDGE goes to the agent; once a terminal update is acknowledged the master forgets the task',
  async (scope) => {
    const { agent, fw, agentId } = await withTask(scope);
    const finished = agent.update(fw.frameworkId, 't1', S.TASK_FINISHED);
    await updateFor(fw, 't1');
    let mark = await reconcile(fw, []);
    const latest = await updateFor(fw, 't1', mark);
    assert.equal(latest.state, S.TASK_FINISHED, 'terminal but unacknowledged: still reported');
    assert.equal(
      (
        await fw.call({
          type: CallType.ACKNOWLEDGE,
          acknowledge: {
            agent_id: { value: agentId },
            task_id: { value: 't1' },
            uuid: finished.uuid ?? new Uint8Array(),
          },
        })
      ).status,
      202,
    );
    await waitFor(() => agent.of('acknowledge').length === 1, {
      what: 'the ack forwarded',
      timeoutMs: 2000,
      intervalMs: 5,
    });
    assert.deepEqual(
      Buffer.from(agent.of('acknowledge')[0]?.uuid ?? []),
      Buffer.from(finished.uuid ?? []),
    );
    mark = await reconcile(fw, [{ taskId: 't1', agentId }]);
    const gone = await updateFor(fw, 't1', mark);
    assert.equal(gone.state, S.TASK_GONE, 'acknowledged and forgotten: unknown to the agent');
    assert.equal(gone.message, 'Reconciliation: Task is unknown to the agent');
  },
);

masterTest(
  '§16.28 an ACK for another uuid than the latest is passed on but does not end the task',
  async (scope) => {
    const { agent, fw, agentId } = await withTask(scope);
    agent.update(fw.frameworkId, 't1', S.TASK_FAILED);
    await updateFor(fw, 't1');
    await fw.call({
      type: CallType.ACKNOWLEDGE,
      acknowledge: { agent_id: { value: agentId }, task_id: { value: 't1' }, uuid: newUuidBytes() },
    });
    await waitFor(() => agent.of('acknowledge').length === 1, {
      what: 'the ack forwarded',
      timeoutMs: 2000,
      intervalMs: 5,
    });
    assert.ok(scope.master.core.frameworks.get(fw.frameworkId)?.tasks.has('t1'));
  },
);

masterTest(
  'implicit RECONCILE: the latest state of each task, REASON_RECONCILIATION, SOURCE_MASTER, no uuid, as recorded',
  async (scope) => {
    const { agent, fw } = await withTask(scope);
    agent.update(fw.frameworkId, 't1', S.TASK_RUNNING, { healthy: true });
    await updateFor(fw, 't1');
    const mark = await reconcile(fw, []);
    const event = await fw.stream.next(
      (e) => e.update?.status.reason === R.REASON_RECONCILIATION,
      'a reconciliation update',
      { from: mark },
    );
    const status = event.update?.status;
    assert.equal(status?.state, S.TASK_RUNNING);
    assert.equal(status.source, SOURCE_MASTER);
    assert.equal(status.uuid, null);
    assert.equal(status.message, 'Reconciliation: Latest task state');
    assert.equal(status.healthy, true, 'healthy is carried over');
    assert.equal(status.executor_id?.value, 't1-executor');
    const recorded = withoutContainer(
      eventShape(fixtureEvent('event-06-update-reconciliation.pb')),
    );
    assert.deepEqual(
      withoutContainer(eventShape(event)).filter(
        (p) => !p.startsWith('update.status.executor_id') && p !== 'update.status.healthy',
      ),
      recorded,
    );
  },
);

masterTest(
  'explicit RECONCILE answers per §7: known, unknown on a registered agent, unknown agent, no agent',
  async (scope) => {
    const { fw, agentId } = await withTask(scope);
    const mark = await reconcile(fw, [
      { taskId: 't1' },
      { taskId: 'ghost', agentId },
      { taskId: 'ghost2', agentId: 'no-such-agent' },
      { taskId: 'ghost3' },
    ]);
    const known = await updateFor(fw, 't1', mark);
    assert.equal(known.state, S.TASK_STAGING);
    assert.equal(known.agent_id?.value, agentId);
    const gone = await updateFor(fw, 'ghost', mark);
    assert.equal(gone.state, S.TASK_GONE);
    const unknownAgent = await updateFor(fw, 'ghost2', mark);
    assert.equal(unknownAgent.state, S.TASK_UNKNOWN);
    assert.equal(unknownAgent.agent_id?.value, 'no-such-agent');
    const noAgent = await updateFor(fw, 'ghost3', mark);
    assert.equal(noAgent.state, S.TASK_UNKNOWN);
    assert.equal(noAgent.agent_id, null);
    assert.equal(noAgent.message, 'Reconciliation: Task is unknown');
    for (const s of [known, gone, unknownAgent, noAgent]) {
      assert.equal(s.reason, R.REASON_RECONCILIATION);
      assert.equal(s.uuid, null);
    }
  },
);

masterTest(
  'explicit RECONCILE of unknown tasks for a framework without PARTITION_AWARE is TASK_LOST',
  async (scope) => {
    const { fw, agentId } = await withTask(scope, nonPartitionAware);
    const mark = await reconcile(fw, [{ taskId: 'ghost', agentId }, { taskId: 'ghost2' }]);
    assert.equal((await updateFor(fw, 'ghost', mark)).state, S.TASK_LOST);
    assert.equal((await updateFor(fw, 'ghost2', mark)).state, S.TASK_LOST);
  },
);

masterTest(
  '§16.26 KILL of an unknown task is a reconciliation answer, not an error',
  async (scope) => {
    const { fw, agentId } = await withTask(scope);
    const kill = (taskId: string, agent?: string): ReturnType<Framework['call']> =>
      fw.call({
        type: CallType.KILL,
        kill: { task_id: { value: taskId }, ...(agent ? { agent_id: { value: agent } } : {}) },
      });
    const mark = fw.stream.events.length;
    assert.equal((await kill('ghost', agentId)).status, 202);
    assert.equal((await kill('ghost2')).status, 202);
    const gone = await updateFor(fw, 'ghost', mark);
    assert.equal(gone.state, S.TASK_GONE);
    assert.equal(gone.reason, R.REASON_RECONCILIATION);
    assert.equal(gone.source, SOURCE_MASTER);
    assert.equal((await updateFor(fw, 'ghost2', mark)).state, S.TASK_UNKNOWN);
  },
);

masterTest('§16.26 KILL of an unknown task without PARTITION_AWARE is TASK_LOST', async (scope) => {
  const { fw, agentId } = await withTask(scope, nonPartitionAware);
  const mark = fw.stream.events.length;
  await fw.call({
    type: CallType.KILL,
    kill: { task_id: { value: 'ghost' }, agent_id: { value: agentId } },
  });
  assert.equal((await updateFor(fw, 'ghost', mark)).state, S.TASK_LOST);
});

masterTest(
  'KILL reaches the agent with its kill policy; KILL naming the wrong agent is ignored',
  async (scope) => {
    const { agent, fw, agentId } = await withTask(scope);
    const mark = fw.stream.events.length;
    await fw.call({
      type: CallType.KILL,
      kill: { task_id: { value: 't1' }, agent_id: { value: 'other-agent' } },
    });
    await fw.call({
      type: CallType.KILL,
      kill: {
        task_id: { value: 't1' },
        agent_id: { value: agentId },
        kill_policy: { grace_period: { nanoseconds: 2e9 } },
      },
    });
    await waitFor(() => agent.of('killTask').length === 1, {
      what: 'the kill on the agent',
      timeoutMs: 2000,
      intervalMs: 5,
    });
    assert.equal(agent.of('killTask')[0]?.killPolicy?.grace_period?.nanoseconds, 2e9);
    assert.equal(fw.stream.events.slice(mark).filter((e) => e.type === EventType.UPDATE).length, 0);
  },
);

masterTest(
  'SHUTDOWN and MESSAGE reach the agent; an executor MESSAGE reaches the scheduler',
  async (scope) => {
    const { agent, fw, agentId } = await withTask(scope);
    await fw.call({
      type: CallType.SHUTDOWN,
      shutdown: { agent_id: { value: agentId }, executor_id: { value: 't1-executor' } },
    });
    const data = new TextEncoder().encode('hello');
    await fw.call({
      type: CallType.MESSAGE,
      message: { agent_id: { value: agentId }, executor_id: { value: 't1-executor' }, data },
    });
    await waitFor(
      () => agent.of('shutdownExecutor').length === 1 && agent.of('frameworkMessage').length === 1,
      { what: 'both on the agent', timeoutMs: 2000, intervalMs: 5 },
    );
    assert.deepEqual(Buffer.from(agent.of('frameworkMessage')[0]?.data ?? []), Buffer.from(data));
    scope.master.executorMessage(
      agentId,
      fw.frameworkId,
      't1-executor',
      new TextEncoder().encode('back'),
    );
    const event = await fw.stream.nextOfType(EventType.MESSAGE);
    assert.equal(Buffer.from(event.message?.data ?? []).toString(), 'back');
    assert.equal(event.message?.executor_id.value, 't1-executor');
  },
);

masterTest(
  'an executor exit is a FAILURE with agent, executor and the raw wait status; the executor leaves the offers',
  async (scope) => {
    const { fw, agentId } = await withTask(scope);
    const mark = fw.stream.events.length;
    scope.master.executorExited(agentId, fw.frameworkId, 't1-executor', 9);
    const failure = await fw.stream.nextOfType(EventType.FAILURE, { from: mark });
    assert.deepEqual(
      [
        failure.failure?.agent_id?.value,
        failure.failure?.executor_id?.value,
        failure.failure?.status,
      ],
      [agentId, 't1-executor', 9],
    );
    assert.equal(scope.master.core.agents.get(agentId)?.executors.size, 0);
  },
);

masterTest(
  'updates for a disconnected framework are not queued; the agent is told when it re-subscribes',
  async (scope) => {
    const { agent, fw } = await withTask(scope);
    fw.stream.close();
    await waitFor(() => scope.master.core.frameworks.get(fw.frameworkId)?.stream === null, {
      what: 'the disconnection',
      timeoutMs: 2000,
      intervalMs: 5,
    });
    agent.update(fw.frameworkId, 't1', S.TASK_RUNNING);
    const again = await scope.subscribe(frameworkInfo({ id: { value: fw.frameworkId } }));
    await waitFor(() => agent.of('frameworkReconnected').length === 1, {
      what: 'frameworkReconnected',
      timeoutMs: 2000,
      intervalMs: 5,
    });
    assert.equal(
      again.stream.ofType(EventType.UPDATE).length,
      0,
      'the update was not queued by the master',
    );
  },
);

masterTest(
  'a task launched after its terminal update was acknowledged may reuse the id',
  async (scope) => {
    const { agent, fw, agentId } = await withTask(scope);
    // The freed resources come back in an offer of their own.
    const mark = fw.stream.events.length;
    const done = agent.update(fw.frameworkId, 't1', S.TASK_FINISHED);
    await updateFor(fw, 't1');
    await fw.call({
      type: CallType.ACKNOWLEDGE,
      acknowledge: {
        agent_id: { value: agentId },
        task_id: { value: 't1' },
        uuid: done.uuid ?? new Uint8Array(),
      },
    });
    const [offer] = await fw.nextOffers(mark);
    assert.ok(offer);
    // Same id, same (still running) executor.
    await fw.call(
      acceptCall([offer.id.value], [launch(task('t1', agentId, [cpus(0.5), mem(128)]))]),
    );
    await waitFor(() => agent.of('runTask').length === 2, {
      what: 'the second launch',
      timeoutMs: 2000,
      intervalMs: 5,
    });
  },
);
