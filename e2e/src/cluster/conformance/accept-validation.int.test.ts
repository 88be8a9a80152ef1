// §16 items 12-23 and 25: what a real master does with a bad ACCEPT — invalid offers fail the whole
// call (TASK_LOST / TASK_DROPPED, REASON_INVALID_OFFERS), invalid tasks get TASK_ERROR
// (REASON_TASK_INVALID); both SOURCE_MASTER without uuid; the HTTP answer is always 202.
import assert from 'node:assert/strict';
import { mesos } from '@cmf/proto';
import { waitFor } from '../../runtime/wait-for.js';
import type { TaskInfo } from '../link.js';
import {
  acceptCall,
  cpus,
  declineCall,
  executor,
  launch,
  mem,
  ports,
  task,
} from '../testing/calls.js';
import type { FakeAgent } from '../testing/fake-agent.js';
import { Cap, frameworkInfo, masterTest, updateFor, withOffer } from '../testing/master-harness.js';
import { EventType } from '../testing/scheduler-wire.js';

const S = mesos.v1.TaskState;
const R = mesos.v1.TaskStatus.Reason;
const SOURCE_MASTER = mesos.v1.TaskStatus.Source.SOURCE_MASTER;
const Op = mesos.v1.Offer.Operation.Type;

function assertMasterStatus(
  status: mesos.v1.TaskStatus,
  state: mesos.v1.TaskState,
  reason: mesos.v1.TaskStatus.Reason,
): void {
  assert.equal(S[status.state], S[state], status.message ?? '');
  assert.equal(R[status.reason ?? 0], R[reason]);
  assert.equal(status.source, SOURCE_MASTER);
  assert.equal(status.uuid, null, 'master-generated updates carry no uuid');
}

const small = (): mesos.v1.Resource.$Properties[] => [cpus(0.5), mem(128)];

masterTest(
  "§16.12 the same offer accepted twice: the second ACCEPT's tasks are TASK_DROPPED (PA)",
  async (scope) => {
    const { fw, offer, agentId } = await withOffer(scope);
    await fw.call(acceptCall([offer.id.value], [launch(task('t1', agentId, small()))]));
    assert.equal(
      (await fw.call(acceptCall([offer.id.value], [launch(task('t2', agentId, small()))]))).status,
      202,
    );
    const status = await updateFor(fw, 't2');
    assertMasterStatus(status, S.TASK_DROPPED, R.REASON_INVALID_OFFERS);
    assert.equal(
      status.message,
      `Task launched with invalid offers: Offer ${offer.id.value} is no longer valid`,
    );
  },
);

masterTest(
  '§16.12 ACCEPT after DECLINE of the offer: TASK_LOST for a framework without PARTITION_AWARE',
  async (scope) => {
    const { fw, offer, agentId } = await withOffer(
      scope,
      frameworkInfo({ capabilities: [{ type: Cap.MULTI_ROLE }] }),
    );
    await fw.call(declineCall([offer.id.value]));
    await fw.call(acceptCall([offer.id.value], [launch(task('t1', agentId, small()))]));
    assertMasterStatus(await updateFor(fw, 't1'), S.TASK_LOST, R.REASON_INVALID_OFFERS);
  },
);

masterTest('§16.13 a rescinded offer (agent gone) is invalid', async (scope) => {
  const { agent, fw, offer, agentId } = await withOffer(scope);
  agent.die();
  await fw.stream.nextOfType(EventType.RESCIND);
  await fw.call(acceptCall([offer.id.value], [launch(task('t1', agentId, small()))]));
  assertMasterStatus(await updateFor(fw, 't1'), S.TASK_DROPPED, R.REASON_INVALID_OFFERS);
});

masterTest(
  "§16.13 another framework's offer: invalid, and the failed ACCEPT discards it for its owner too",
  async (scope) => {
    scope.agent();
    const owner = await scope.subscribe();
    const [offer] = await owner.nextOffers(0);
    assert.ok(offer);
    const thief = await scope.subscribe(frameworkInfo({ name: 'thief' }));
    await thief.call(
      acceptCall([offer.id.value], [launch(task('stolen', offer.agent_id.value, small()))]),
    );
    const status = await updateFor(thief, 'stolen');
    assertMasterStatus(status, S.TASK_DROPPED, R.REASON_INVALID_OFFERS);
    assert.match(status.message ?? '', /has invalid framework/);
    const mark = owner.stream.events.length;
    await owner.call(
      acceptCall([offer.id.value], [launch(task('mine', offer.agent_id.value, small()))]),
    );
    assertMasterStatus(
      await updateFor(owner, 'mine', mark),
      S.TASK_DROPPED,
      R.REASON_INVALID_OFFERS,
    );
    assert.equal(
      owner.stream.ofType(EventType.RESCIND).length,
      0,
      'no RESCIND for the discarded offer',
    );
  },
);

masterTest(
  '§16.14 one offer id twice, or no offer ids: invalid; the valid offer is consumed and comes back',
  async (scope) => {
    const { fw, offer, agentId } = await withOffer(scope);
    const mark = fw.stream.events.length;
    await fw.call(
      acceptCall([offer.id.value, offer.id.value], [launch(task('t1', agentId, small()))]),
    );
    const dup = await updateFor(fw, 't1');
    assertMasterStatus(dup, S.TASK_DROPPED, R.REASON_INVALID_OFFERS);
    assert.match(dup.message ?? '', /Duplicate offer/);
    const [back] = await fw.nextOffers(mark);
    assert.ok(back);
    assert.notEqual(back.id.value, offer.id.value);
    await fw.call(acceptCall([], [launch(task('t2', agentId, small()))]));
    const none = await updateFor(fw, 't2');
    assert.equal(none.message, 'Task launched with invalid offers: No offers specified');
  },
);

masterTest('§16.14 offers from two agents in one ACCEPT are invalid', async (scope) => {
  scope.agent({ hostname: '127.0.2.1' });
  scope.agent({ hostname: '127.0.2.2' });
  const fw = await scope.subscribe();
  const offers = await fw.stream.next((e) => (e.offers?.offers.length ?? 0) >= 2, 'two offers');
  const ids = (offers.offers?.offers ?? []).map((o) => o.id.value);
  await fw.call(
    acceptCall(ids, [launch(task('t1', offers.offers?.offers[0]?.agent_id.value ?? '', small()))]),
  );
  const status = await updateFor(fw, 't1');
  assertMasterStatus(status, S.TASK_DROPPED, R.REASON_INVALID_OFFERS);
  assert.match(status.message ?? '', /one single agent/);
});

masterTest('§16.14 offers of two roles in one ACCEPT are invalid', async (scope) => {
  scope.agent();
  const fw = await scope.subscribe(frameworkInfo({ roles: ['a', 'b'] }));
  const event = await fw.stream.next((e) => (e.offers?.offers.length ?? 0) >= 1, 'an offer');
  // One agent, two roles: the unreserved resources go to the first role; decline and let the second
  // role have them, then try to use both offers together.
  const first = event.offers?.offers[0];
  assert.ok(first);
  const mark = fw.stream.events.length;
  await fw.call({
    type: mesos.v1.scheduler.Call.Type.SUPPRESS,
    suppress: { roles: [first.allocation_info?.role ?? ''] },
  });
  await fw.call(declineCall([first.id.value], 0));
  const [second] = await fw.nextOffers(mark);
  assert.ok(second);
  assert.notEqual(second.allocation_info?.role, first.allocation_info?.role);
  await fw.call(
    acceptCall(
      [first.id.value, second.id.value],
      [launch(task('t1', second.agent_id.value, small()))],
    ),
  );
  assertMasterStatus(await updateFor(fw, 't1'), S.TASK_DROPPED, R.REASON_INVALID_OFFERS);
});

masterTest(
  '§16.25 DECLINE or ACCEPT of unknown offers is 202, not an HTTP error',
  async (scope) => {
    const { fw, agentId } = await withOffer(scope);
    assert.equal((await fw.call(declineCall(['no-such-offer']))).status, 202);
    assert.equal(
      (await fw.call(acceptCall(['no-such-offer'], [launch(task('t1', agentId, small()))]))).status,
      202,
    );
    assertMasterStatus(await updateFor(fw, 't1'), S.TASK_DROPPED, R.REASON_INVALID_OFFERS);
  },
);

type TaskCase = [name: string, build: (agentId: string) => TaskInfo[], message?: RegExp];

const nan = Number.NaN;
const invalidTasks: TaskCase[] = [
  [
    '§16.15 more cpus than offered',
    (a) => [task('bad', a, [cpus(3), mem(128)])],
    /more than available/,
  ],
  [
    '§16.15 ports outside the offered ranges',
    (a) => [task('bad', a, [cpus(0.5), ports([[80, 80]])])],
  ],
  [
    '§16.15 reserved cpus from an unreserved offer',
    (a) => [task('bad', a, [cpus(0.5, { reservedBy: 'cassandra-principal' })])],
  ],
  ['§16.15 another allocation role', (a) => [task('bad', a, [cpus(0.5, { role: 'other' })])]],
  [
    '§16.15 executor resources not budgeted for a new executor',
    (a) => [task('bad', a, [cpus(1.95), mem(128)])],
  ],
  ['§16.16 no resources', (a) => [task('bad', a, [])], /Task uses no resources/],
  ['§16.16 a negative scalar', (a) => [task('bad', a, [cpus(-1)])]],
  ['§16.16 a NaN scalar', (a) => [task('bad', a, [cpus(nan)])], /value <= 0/],
  [
    '§16.16 the wrong value field for the type',
    (a) => [task('bad', a, [{ ...cpus(0.5), ranges: { range: [{ begin: 1, end: 2 }] } }])],
  ],
  [
    '§16.16 overlapping ranges',
    (a) => [
      task('bad', a, [
        cpus(0.5),
        ports([
          [31000, 31005],
          [31003, 31010],
        ]),
      ]),
    ],
  ],
  ['§16.16 an inverted range', (a) => [task('bad', a, [cpus(0.5), ports([[31005, 31000]])])]],
  [
    '§16.16 duplicate set items',
    (a) => [
      task('bad', a, [
        cpus(0.5),
        {
          name: 'gpus_ids',
          type: mesos.v1.Value.Type.SET,
          set: { item: ['x', 'x'] },
          allocation_info: { role: 'cassandra' },
        },
      ]),
    ],
  ],
  [
    '§16.16 resources allocated to two roles',
    (a) => [task('bad', a, [cpus(0.5), mem(128, { role: 'other' })])],
  ],
  [
    '§16.16 revocable mixed with non-revocable',
    (a) => [task('bad', a, [cpus(0.25), { ...cpus(0.25), revocable: {} }])],
  ],
  [
    '§16.16 the same port in task and executor',
    (a) => [
      task('bad', a, [cpus(0.5), ports([[31000, 31000]])], {
        executor: executor('e', { resources: [cpus(0.1), mem(32), ports([[31000, 31000]])] }),
      }),
    ],
  ],
  [
    '§16.17 both command and executor',
    (a) => [task('bad', a, small(), { command: { value: 'true' } })],
    /at least one \(but not both\)/,
  ],
  ['§16.17 neither command nor executor', (a) => [{ ...task('bad', a, small()), executor: null }]],
  ['§16.18 a task id with "/"', (a) => [task('a/b', a, small())]],
  ['§16.18 a task id with "\\"', (a) => [task('a\\b', a, small())]],
  ['§16.18 a task id with a control character', (a) => [task('a\u0001b', a, small())]],
  ['§16.18 the task id "."', (a) => [task('.', a, small())]],
  ['§16.18 the task id ".."', (a) => [task('..', a, small())]],
  ['§16.18 an empty task id', (a) => [task('', a, small())]],
  ['§16.18 a task id of 256 bytes', (a) => [task('x'.repeat(256), a, small())]],
  [
    '§16.19 TaskInfo.agent_id of another agent',
    (a) => [task('bad', `${a}-other`, small())],
    /invalid agent/,
  ],
  [
    '§16.20 ExecutorInfo.framework_id of another framework',
    (a) => [
      task('bad', a, small(), {
        executor: executor('e', { framework_id: { value: 'someone-else' } }),
      }),
    ],
  ],
  [
    '§16.20 executor type DEFAULT in a LAUNCH',
    (a) => [
      task('bad', a, small(), {
        executor: executor('e', { type: mesos.v1.ExecutorInfo.Type.DEFAULT }),
      }),
    ],
    /must be 'CUSTOM'/,
  ],
  [
    '§16.20 an executor without command',
    (a) => [task('bad', a, small(), { executor: executor('e', { command: null }) })],
  ],
  [
    '§16.23 an environment variable of type VALUE without value',
    (a) => [
      task('bad', a, small(), {
        executor: executor('e', {
          command: {
            value: 'x',
            environment: {
              variables: [{ name: 'A', type: mesos.v1.Environment.Variable.Type.VALUE }],
            },
          },
        }),
      }),
    ],
  ],
  [
    '§16.23 a task command variable of type UNKNOWN',
    (a) => [
      {
        ...task('bad', a, small()),
        executor: null,
        command: {
          value: 'x',
          environment: {
            variables: [
              { name: 'A', type: mesos.v1.Environment.Variable.Type.UNKNOWN, value: 'v' },
            ],
          },
        },
      },
    ],
  ],
];

for (const [name, build, message] of invalidTasks) {
  masterTest(`${name} → TASK_ERROR REASON_TASK_INVALID`, async (scope) => {
    const { fw, offer, agentId, agent } = await withOffer(scope);
    const tasks = build(agentId);
    assert.equal((await fw.call(acceptCall([offer.id.value], [launch(...tasks)]))).status, 202);
    const status = await updateFor(fw, tasks[0]?.task_id.value ?? '');
    assertMasterStatus(status, S.TASK_ERROR, R.REASON_TASK_INVALID);
    if (message) assert.match(status.message ?? '', message);
    assert.equal(agent.of('runTask').length, 0, 'nothing reached the agent');
  });
}

masterTest('§16.18 a task id of 255 bytes is accepted', async (scope) => {
  const { fw, offer, agentId, agent } = await withOffer(scope);
  const id = 'x'.repeat(255);
  await fw.call(
    acceptCall([offer.id.value], [launch(task(id, agentId, small(), { executor: executor('e') }))]),
  );
  await waitRun(agent, 1);
});

async function waitRun(agent: FakeAgent, n: number): Promise<void> {
  await waitFor(() => agent.of('runTask').length >= n, {
    what: `${n} launches`,
    timeoutMs: 2000,
    intervalMs: 5,
  });
}

masterTest(
  '§16.15/18 in one ACCEPT: a duplicate task id and resources already used are TASK_ERROR, the first task runs',
  async (scope) => {
    const { fw, offer, agentId, agent } = await withOffer(scope);
    const shared = executor('shared');
    await fw.call(
      acceptCall(
        [offer.id.value],
        [
          launch(task('t1', agentId, [cpus(1.5), mem(128)], { executor: shared })),
          launch(task('t1', agentId, [cpus(0.1), mem(16)], { executor: shared })),
          launch(task('t3', agentId, [cpus(1), mem(16)], { executor: shared })),
        ],
      ),
    );
    const dup = await updateFor(fw, 't1');
    assertMasterStatus(dup, S.TASK_ERROR, R.REASON_TASK_INVALID);
    assert.match(dup.message ?? '', /duplicate ID/);
    assertMasterStatus(await updateFor(fw, 't3'), S.TASK_ERROR, R.REASON_TASK_INVALID);
    await waitRun(agent, 1);
    assert.deepEqual(
      agent.of('runTask').map((c) => c.task.task_id.value),
      ['t1'],
    );
  },
);

masterTest(
  '§16.18 reusing the id of a tracked task in a later ACCEPT is TASK_ERROR',
  async (scope) => {
    const { fw, offer, agentId, agent } = await withOffer(scope);
    const mark = fw.stream.events.length;
    await fw.call(acceptCall([offer.id.value], [launch(task('t1', agentId, small()))], 0));
    await waitRun(agent, 1);
    const [next] = await fw.nextOffers(mark);
    assert.ok(next);
    await fw.call(acceptCall([next.id.value], [launch(task('t1', agentId, small()))]));
    const status = await updateFor(fw, 't1');
    assertMasterStatus(status, S.TASK_ERROR, R.REASON_TASK_INVALID);
  },
);

masterTest(
  '§16.20 a reused executor id: identical ExecutorInfo accepted, a different one TASK_ERROR (within and across ACCEPTs)',
  async (scope) => {
    const { fw, offer, agentId, agent } = await withOffer(scope);
    const mark = fw.stream.events.length;
    await fw.call(
      acceptCall(
        [offer.id.value],
        [
          launch(
            task('t1', agentId, small(), { executor: executor('e1') }),
            task('t2', agentId, small(), { executor: executor('e1') }),
            task('t3', agentId, small(), { executor: executor('e1', { name: 'changed' }) }),
          ),
        ],
        0,
      ),
    );
    assertMasterStatus(await updateFor(fw, 't3'), S.TASK_ERROR, R.REASON_TASK_INVALID);
    await waitRun(agent, 2);
    const [next] = await fw.nextOffers(mark);
    assert.ok(next);
    assert.deepEqual(
      next.executor_ids.map((e) => e.value),
      ['e1'],
      'the offer lists the running executor',
    );
    await fw.call(
      acceptCall(
        [next.id.value],
        [
          launch(
            task('t4', agentId, small(), {
              executor: executor('e1', { command: { value: 'other' } }),
            }),
          ),
        ],
      ),
    );
    const status = await updateFor(fw, 't4');
    assertMasterStatus(status, S.TASK_ERROR, R.REASON_TASK_INVALID);
    assert.match(status.message ?? '', /not compatible/);
  },
);

masterTest('§16.21 LAUNCH with an operation id → TASK_ERROR REASON_TASK_INVALID', async (scope) => {
  const { fw, offer, agentId } = await withOffer(scope);
  await fw.call(
    acceptCall(
      [offer.id.value],
      [{ ...launch(task('t1', agentId, small())), id: { value: 'op-1' } }],
    ),
  );
  assertMasterStatus(await updateFor(fw, 't1'), S.TASK_ERROR, R.REASON_TASK_INVALID);
});

masterTest(
  '§16.21-22 LAUNCH_GROUP with an operation id, or an executor without type → REASON_TASK_GROUP_INVALID',
  async (scope) => {
    const { fw, offer, agentId } = await withOffer(scope);
    const group = (
      id: string,
      exec: mesos.v1.ExecutorInfo.$Properties,
      opId?: string,
    ): mesos.v1.Offer.Operation.$Properties => ({
      type: Op.LAUNCH_GROUP,
      launch_group: {
        executor: exec,
        task_group: { tasks: [{ ...task(id, agentId, small()), executor: null }] },
      },
      ...(opId === undefined ? {} : { id: { value: opId } }),
    });
    const typed = executor('g', {
      type: mesos.v1.ExecutorInfo.Type.DEFAULT,
      command: null,
      framework_id: { value: fw.frameworkId },
    });
    const untyped = { ...executor('g2'), type: null };
    await fw.call(acceptCall([offer.id.value], [group('g1', typed, 'op-1'), group('g2', untyped)]));
    assertMasterStatus(await updateFor(fw, 'g1'), S.TASK_ERROR, R.REASON_TASK_GROUP_INVALID);
    assertMasterStatus(await updateFor(fw, 'g2'), S.TASK_ERROR, R.REASON_TASK_GROUP_INVALID);
  },
);
