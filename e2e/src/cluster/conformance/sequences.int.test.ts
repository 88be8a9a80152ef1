// §18 and §10.1 end to end on the local cluster: a raw-HTTP scheduler, the real agent, the test
// executor as a real process. Happy path, bad accept, scheduler restart inside failover_timeout, and
// the faults (executor crash, agent killed / restarted, master restarted).
import assert from 'node:assert/strict';
import { mesos } from '@cmf/proto';
import { waitFor } from '../../runtime/wait-for.js';
import { acceptCall, acknowledgeCall, launch } from '../testing/calls.js';
import { clusterTest, testTask } from '../testing/cluster-harness.js';
import {
  Cap,
  frameworkHandle,
  frameworkInfo,
  protobufHeaders,
  subscribeCall,
  updateFor,
  type Framework,
} from '../testing/master-harness.js';
import { CallType, EventType, encodeCall, openStream } from '../testing/scheduler-wire.js';
import { eventShape } from '../testing/shape.js';
import { readFileSync } from 'node:fs';
import { realMesosFixture } from '../../testing/fixtures.js';

const S = mesos.v1.TaskState;
const R = mesos.v1.TaskStatus.Reason;
const Source = mesos.v1.TaskStatus.Source;
type Status = mesos.v1.TaskStatus;

async function launchOne(
  fw: Framework,
  mode: Parameters<typeof testTask>[2],
  options: Parameters<typeof testTask>[3] = {},
): Promise<string> {
  const [offer] = await fw.nextOffers(0);
  assert.ok(offer);
  const reply = await fw.call(
    acceptCall([offer.id.value], [launch(testTask('t1', offer.agent_id.value, mode, options))]),
  );
  assert.equal(reply.status, 202);
  return offer.agent_id.value;
}

async function stateUpdate(fw: Framework, state: mesos.v1.TaskState, from = 0): Promise<Status> {
  const event = await fw.stream.next(
    (e) => e.update?.status.task_id.value === 't1' && e.update.status.state === state,
    `t1 ${S[state]}`,
    { from, timeoutMs: 20_000 },
  );
  const status = event.update?.status;
  assert.ok(status);
  return status;
}

async function ack(fw: Framework, status: Status): Promise<void> {
  const reply = await fw.call(acknowledgeCall(status));
  assert.equal(reply.status, 202);
}

const withoutContainer = (paths: string[]): string[] =>
  paths.filter((p) => !p.includes('container_status'));

clusterTest(
  '§18 happy path: RUNNING acked, then FINISHED (only after the ack), acked, and the master forgets the task',
  async (scope) => {
    const fw = await scope.subscribe();
    await launchOne(fw, 'finish');
    const running = await stateUpdate(fw, S.TASK_RUNNING);
    assert.equal(running.source, Source.SOURCE_EXECUTOR);
    assert.equal(running.uuid?.length, 16);
    assert.equal(running.executor_id?.value, 't1-executor');
    const recorded = mesos.v1.scheduler.Event.decode(
      readFileSync(realMesosFixture('executor/scheduler-side-update-running.pb')),
    );
    const ours = fw.stream.events.find((e) => e.update?.status.state === S.TASK_RUNNING);
    assert.ok(ours);
    assert.deepEqual(
      withoutContainer(eventShape(ours)).filter((p) => p !== 'update.status.healthy'),
      withoutContainer(eventShape(recorded)).filter((p) => p !== 'update.status.healthy'),
    );
    const mark = fw.stream.events.length;
    await waitFor(() => scope.cluster.master.core.allocationPasses > 5, {
      what: 'some allocation passes',
      timeoutMs: 5000,
      intervalMs: 10,
    });
    assert.equal(
      fw.stream.events.slice(mark).filter((e) => e.update?.status.state === S.TASK_FINISHED).length,
      0,
      'FINISHED waits for the ack of RUNNING',
    );
    await ack(fw, running);
    const finished = await stateUpdate(fw, S.TASK_FINISHED, mark);
    await ack(fw, finished);
    await waitFor(
      () => !scope.cluster.master.core.frameworks.get(fw.frameworkId)?.tasks.has('t1'),
      { what: 'the master to forget t1', timeoutMs: 5000, intervalMs: 10 },
    );
  },
);

clusterTest(
  '§18 bad accept (stale offer), non-PA framework: TASK_LOST, SOURCE_MASTER, REASON_INVALID_OFFERS, no uuid',
  async (scope) => {
    const fw = await scope.subscribe(frameworkInfo({ capabilities: [{ type: Cap.MULTI_ROLE }] }));
    const [offer] = await fw.nextOffers(0);
    assert.ok(offer);
    await fw.call(
      acceptCall([offer.id.value], [launch(testTask('t0', offer.agent_id.value, 'run'))]),
    );
    await fw.call(
      acceptCall([offer.id.value], [launch(testTask('t2', offer.agent_id.value, 'run'))]),
    );
    const status = await updateFor(fw, 't2');
    assert.deepEqual(
      [S[status.state], status.source, R[status.reason ?? 0], status.uuid],
      ['TASK_LOST', Source.SOURCE_MASTER, 'REASON_INVALID_OFFERS', null],
    );
  },
);

clusterTest(
  '§18 scheduler restart inside failover_timeout: unacked update resent with its uuid, fresh offers, RECONCILE answers',
  async (scope) => {
    const fw = await scope.subscribe();
    await launchOne(fw, 'run');
    const running = await stateUpdate(fw, S.TASK_RUNNING);
    fw.stream.close();
    await waitFor(() => scope.cluster.master.core.frameworks.get(fw.frameworkId)?.stream === null, {
      what: 'the disconnection',
      timeoutMs: 5000,
      intervalMs: 10,
    });
    const again = await scope.subscribe(frameworkInfo({ id: { value: fw.frameworkId } }));
    const resent = await stateUpdate(again, S.TASK_RUNNING);
    assert.deepEqual(
      Buffer.from(resent.uuid ?? []),
      Buffer.from(running.uuid ?? []),
      'the same update again',
    );
    assert.ok((await again.nextOffers(0)).length > 0);
    const mark = again.stream.events.length;
    await again.call({
      type: CallType.RECONCILE,
      reconcile: { tasks: [{ task_id: { value: 't1' } }] },
    });
    const answer = await updateFor(again, 't1', mark);
    assert.deepEqual(
      [S[answer.state], R[answer.reason ?? 0], answer.uuid],
      ['TASK_RUNNING', 'REASON_RECONCILIATION', null],
    );
  },
);

clusterTest(
  'an executor that exits: FAILURE with the wait status, then TASK_FAILED REASON_EXECUTOR_TERMINATED from the agent',
  async (scope) => {
    const fw = await scope.subscribe();
    await launchOne(fw, 'exit', { exitCode: 3 });
    await ack(fw, await stateUpdate(fw, S.TASK_RUNNING));
    const failure = await fw.stream.nextOfType(EventType.FAILURE, { timeoutMs: 20_000 });
    assert.equal(failure.failure?.executor_id?.value, 't1-executor');
    assert.equal(failure.failure.status, 3 << 8, 'the raw wait status of exit code 3');
  },
);

clusterTest(
  'killAgent: RESCIND at once, then TASK_UNREACHABLE and FAILURE{agent_id} after the ping timeouts',
  async (scope) => {
    const fw = await scope.subscribe();
    const agentId = await launchOne(fw, 'run');
    await ack(fw, await stateUpdate(fw, S.TASK_RUNNING));
    const mark = fw.stream.events.length;
    await scope.cluster.faults.killAgent(0);
    const unreachable = await stateUpdate(fw, S.TASK_UNREACHABLE, mark);
    assert.equal(unreachable.reason, R.REASON_AGENT_REMOVED);
    const failure = await fw.stream.nextOfType(EventType.FAILURE, { from: mark });
    assert.equal(failure.failure?.agent_id?.value, agentId);
  },
);

clusterTest(
  'restartAgent: same agent id, the executor re-subscribes, the task keeps running and answers RECONCILE',
  async (scope) => {
    const fw = await scope.subscribe();
    const agentId = await launchOne(fw, 'run');
    await ack(fw, await stateUpdate(fw, S.TASK_RUNNING));
    await scope.cluster.faults.restartAgent(0);
    assert.equal(scope.cluster.agents[0]?.agentId, agentId);
    await waitFor(() => scope.cluster.master.core.agents.get(agentId)?.standing === 'active', {
      what: 're-registration',
      timeoutMs: 10_000,
      intervalMs: 20,
    });
    const mark = fw.stream.events.length;
    await fw.call({
      type: CallType.RECONCILE,
      reconcile: { tasks: [{ task_id: { value: 't1' }, agent_id: { value: agentId } }] },
    });
    assert.equal((await updateFor(fw, 't1', mark)).state, S.TASK_RUNNING);
    const killMark = fw.stream.events.length;
    await fw.call({ type: CallType.KILL, kill: { task_id: { value: 't1' } } });
    await stateUpdate(fw, S.TASK_KILLED, killMark);
  },
);

clusterTest(
  'restartMaster: streams end (EOF); re-SUBSCRIBE with the same id; agents re-register; the task is known again',
  async (scope) => {
    const fw = await scope.subscribe();
    await launchOne(fw, 'run');
    await ack(fw, await stateUpdate(fw, S.TASK_RUNNING));
    await scope.cluster.faults.restartMaster();
    await fw.stream.waitEnded();
    const stream = await openStream(
      scope.schedulerUrl(),
      encodeCall(subscribeCall(frameworkInfo({ id: { value: fw.frameworkId } }))),
      protobufHeaders,
    );
    const again = frameworkHandle({ url: scope.schedulerUrl() }, stream, fw.frameworkId);
    await stream.nextOfType(EventType.SUBSCRIBED);
    const answer = await waitFor(
      async () => {
        const mark = again.stream.events.length;
        await again.call({
          type: CallType.RECONCILE,
          reconcile: { tasks: [{ task_id: { value: 't1' } }] },
        });
        const got = await again.stream
          .next((e) => e.update?.status.task_id.value === 't1', 'a reconciliation answer', {
            from: mark,
            timeoutMs: 300,
          })
          .catch(() => undefined);
        return got?.update?.status;
      },
      { what: 'an answer once the agent re-registered', timeoutMs: 15_000, intervalMs: 50 },
    );
    assert.equal(answer.state, S.TASK_RUNNING);
    stream.close();
  },
);
