// §2, §16 items 10, 11 and 29: the life of a subscription — SUBSCRIBED and heartbeats, refused
// FrameworkInfo (200 + ERROR + close), failover, failover_timeout, TEARDOWN.
import assert from 'node:assert/strict';
import { mesos } from '@cmf/proto';
import { waitFor } from '../../runtime/wait-for.js';
import { acceptCall, cpus, launch, mem, task } from '../testing/calls.js';
import {
  Cap,
  frameworkInfo,
  masterTest,
  subscribeCall,
  withTask,
  type MasterScope,
} from '../testing/master-harness.js';
import { CallType, EventType, type Event, type EventStream } from '../testing/scheduler-wire.js';

const S = mesos.v1.TaskState;
const R = mesos.v1.TaskStatus.Reason;
const types = (events: Event[]): string[] => events.map((e) => EventType[e.type ?? 0] ?? '?');

async function refused(
  scope: MasterScope,
  call: ReturnType<typeof subscribeCall>,
): Promise<{ stream: EventStream; message: string }> {
  const stream = await scope.open(call);
  assert.equal(stream.status, 200);
  await stream.waitEnded();
  assert.deepEqual(types(stream.events), ['ERROR'], 'exactly one ERROR event, then the end');
  return { stream, message: stream.events[0]?.error?.message ?? '' };
}

masterTest(
  'SUBSCRIBED, then a HEARTBEAT at once, then one every heartbeat interval',
  async (scope) => {
    const fw = await scope.subscribe();
    await waitFor(() => fw.stream.ofType(EventType.HEARTBEAT).length >= 3, {
      what: 'three heartbeats',
      timeoutMs: 5000,
      intervalMs: 5,
    });
    assert.deepEqual(types(fw.stream.events.slice(0, 2)), ['SUBSCRIBED', 'HEARTBEAT']);
    assert.equal(fw.stream.events[0]?.subscribed?.heartbeat_interval_seconds, 0.1);
  },
  { timings: { heartbeatIntervalMs: 100 } },
);

const badInfos: [string, ReturnType<typeof frameworkInfo>, string[]?][] = [
  ['roles without MULTI_ROLE', frameworkInfo({ capabilities: [{ type: Cap.PARTITION_AWARE }] })],
  ['role with MULTI_ROLE', frameworkInfo({ role: 'cassandra' })],
  ['duplicate roles', frameworkInfo({ roles: ['a', 'a'] })],
  ['an empty role', frameworkInfo({ roles: [''] })],
  ['a "." component', frameworkInfo({ roles: ['a/./b'] })],
  ['a ".." role', frameworkInfo({ roles: ['..'] })],
  ['a leading dash', frameworkInfo({ roles: ['-a'] })],
  ['a leading slash', frameworkInfo({ roles: ['/a'] })],
  ['a trailing slash', frameworkInfo({ roles: ['a/'] })],
  ['two adjacent slashes', frameworkInfo({ roles: ['a//b'] })],
  ['whitespace', frameworkInfo({ roles: ['a b'] })],
  ['a "*" component', frameworkInfo({ roles: ['a/*'] })],
  [
    'an invalid role without MULTI_ROLE',
    frameworkInfo({ roles: [], capabilities: [], role: 'a b' }),
  ],
  ['suppressed roles not among its roles', frameworkInfo(), ['other']],
];
for (const [name, info, suppressed] of badInfos) {
  masterTest(`§16.10 ${name}: 200, one ERROR, stream closed (not a 4xx)`, async (scope) => {
    const { message } = await refused(scope, subscribeCall(info, suppressed));
    assert.notEqual(message, '');
  });
}

masterTest('§16.10 an invalid framework id (with "/") is refused with ERROR', async (scope) => {
  const { message } = await refused(scope, subscribeCall(frameworkInfo({ id: { value: 'a/b' } })));
  assert.match(message, /FrameworkInfo.id/);
});

masterTest('§16.10 a plain "*" role without MULTI_ROLE is fine', async (scope) => {
  const fw = await scope.subscribe(frameworkInfo({ roles: [], capabilities: [], role: '*' }));
  assert.ok(fw.frameworkId);
});

masterTest(
  '§16.10 a changed principal is refused and leaves the existing stream untouched',
  async (scope) => {
    const fw = await scope.subscribe();
    const { message } = await refused(
      scope,
      subscribeCall(frameworkInfo({ id: { value: fw.frameworkId }, principal: 'someone-else' })),
    );
    assert.equal(message, "Changing framework's principal is not allowed.");
    assert.equal(fw.stream.ended, false);
    assert.equal((await fw.call({ type: CallType.REVIVE })).status, 202);
  },
);

masterTest(
  '§16.11 a second SUBSCRIBE fails the old stream over; old offers die silently (TASK_DROPPED if used)',
  async (scope) => {
    const agent = scope.agent();
    const first = await scope.subscribe();
    const [offer] = await first.nextOffers(0);
    assert.ok(offer);
    const second = await scope.subscribe(frameworkInfo({ id: { value: first.frameworkId } }));
    await first.stream.waitEnded();
    assert.equal(first.stream.events.at(-1)?.error?.message, 'Framework failed over');
    const [fresh] = await second.nextOffers(0);
    assert.ok(fresh);
    assert.notEqual(fresh.id.value, offer.id.value);
    const used = await second.call(
      acceptCall(
        [offer.id.value],
        [launch(task('t1', agent.agentId ?? '', [cpus(0.5), mem(128)]))],
      ),
    );
    assert.equal(used.status, 202);
    const update = await second.stream.nextOfType(EventType.UPDATE);
    const status = update.update?.status;
    assert.equal(status?.state, S.TASK_DROPPED);
    assert.equal(status.reason, R.REASON_INVALID_OFFERS);
    assert.equal(status.source, mesos.v1.TaskStatus.Source.SOURCE_MASTER);
    assert.equal(status.uuid, null);
    assert.match(
      status.message ?? '',
      /^Task launched with invalid offers: Offer .* is no longer valid$/,
    );
    assert.equal(
      first.stream.ofType(EventType.RESCIND).length +
        second.stream.ofType(EventType.RESCIND).length,
      0,
    );
    assert.deepEqual(
      agent.of('frameworkReconnected').map((c) => c.frameworkId),
      [first.frameworkId],
    );
  },
);

masterTest(
  're-subscribing inside failover_timeout keeps the framework id and its tasks; fresh offers follow',
  async (scope) => {
    // An offer is outstanding when the scheduler goes: it dies silently and comes back fresh.
    const { agent, fw } = await withTask(scope, frameworkInfo({ failover_timeout: 60 }));
    fw.stream.close();
    await waitFor(() => scope.master.core.frameworks.get(fw.frameworkId)?.stream === null, {
      what: 'the disconnection',
      timeoutMs: 2000,
      intervalMs: 5,
    });
    const again = await scope.subscribe(
      frameworkInfo({ failover_timeout: 60, id: { value: fw.frameworkId } }),
    );
    assert.equal(again.frameworkId, fw.frameworkId);
    assert.ok((await again.nextOffers(0)).length > 0);
    assert.equal(agent.of('shutdownFramework').length, 0);
    assert.ok(scope.master.core.frameworks.get(fw.frameworkId)?.tasks.has('t1'));
    await waitFor(() => agent.of('frameworkReconnected').length === 1, {
      what: 'agents told the framework is back',
      timeoutMs: 2000,
      intervalMs: 5,
    });
  },
);

masterTest(
  'after failover_timeout without a scheduler: executors shut down, tasks TASK_KILLED, id never reusable',
  async (scope) => {
    const agent = scope.agent();
    const fw = await scope.subscribe(frameworkInfo({ failover_timeout: 0.2 }));
    const [offer] = await fw.nextOffers(0);
    assert.ok(offer);
    await fw.call(
      acceptCall(
        [offer.id.value],
        [launch(task('t1', offer.agent_id.value, [cpus(0.5), mem(128)]))],
      ),
    );
    await waitFor(() => agent.of('runTask').length === 1, {
      what: 'the launch',
      timeoutMs: 2000,
      intervalMs: 5,
    });
    fw.stream.close();
    await waitFor(() => agent.of('shutdownFramework').length === 1, {
      what: 'SHUTDOWN of the framework',
      timeoutMs: 3000,
      intervalMs: 10,
    });
    const removed = scope.master.core.completedFrameworks.get(fw.frameworkId);
    const killed = removed?.completedTasks.find((t) => t.taskId === 't1');
    assert.equal(killed?.state, S.TASK_KILLED);
    assert.equal(killed.latest?.reason, R.REASON_FRAMEWORK_REMOVED);
    const { message } = await refused(
      scope,
      subscribeCall(frameworkInfo({ id: { value: fw.frameworkId } })),
    );
    assert.equal(message, 'Framework has been removed');
  },
);

masterTest(
  'with failover_timeout 0 a closed subscription removes the framework at once',
  async (scope) => {
    const fw = await scope.subscribe(frameworkInfo({ failover_timeout: 0 }));
    fw.stream.close();
    await waitFor(() => scope.master.core.completedFrameworks.has(fw.frameworkId), {
      what: 'the removal',
      timeoutMs: 2000,
      intervalMs: 5,
    });
  },
);

masterTest(
  '§16.29 TEARDOWN closes the stream without an event; later calls 400, re-SUBSCRIBE gets ERROR',
  async (scope) => {
    const agent = scope.agent();
    const fw = await scope.subscribe();
    await fw.nextOffers(0);
    const before = fw.stream.events.length;
    assert.equal((await fw.call({ type: CallType.TEARDOWN })).status, 202);
    await fw.stream.waitEnded();
    assert.deepEqual(types(fw.stream.events.slice(before)), []);
    const after = await fw.call({ type: CallType.REVIVE });
    assert.equal(after.status, 400);
    assert.equal(after.body, 'Framework cannot be found');
    await waitFor(() => agent.of('shutdownFramework').length === 1, {
      what: 'SHUTDOWN to the agent',
      timeoutMs: 2000,
      intervalMs: 5,
    });
    const { message } = await refused(
      scope,
      subscribeCall(frameworkInfo({ id: { value: fw.frameworkId } })),
    );
    assert.equal(message, 'Framework has been removed');
  },
);

masterTest(
  're-SUBSCRIBE silently keeps the old user and checkpoint; other fields are updated',
  async (scope) => {
    const fw = await scope.subscribe(frameworkInfo({ user: 'root', checkpoint: true }));
    const again = await scope.subscribe(
      frameworkInfo({
        id: { value: fw.frameworkId },
        user: 'nobody',
        checkpoint: false,
        name: 'renamed',
      }),
    );
    assert.equal(again.frameworkId, fw.frameworkId);
    const info = scope.master.core.frameworks.get(fw.frameworkId)?.info;
    assert.equal(info?.user, 'root');
    assert.equal(info.checkpoint, true);
    assert.equal(info.name, 'renamed');
  },
);

masterTest(
  'an unknown framework id (e.g. after a master restart) is accepted with that id',
  async (scope) => {
    const fw = await scope.subscribe(frameworkInfo({ id: { value: 'from-another-master-0007' } }));
    assert.equal(fw.frameworkId, 'from-another-master-0007');
  },
);
