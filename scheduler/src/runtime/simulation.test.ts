// The real runtime and Mesos client against a scripted fake master: offers in, launches out.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { cmf, mesos, uuidToString } from '@cmf/proto';
import { address, normal, Simulation } from '../testing/simulation.js';
import type { NodeRecord } from '../domain/node.js';

const CallType = mesos.v1.scheduler.Call.Type;
const sims: Simulation[] = [];
after(async () => {
  for (const s of sims) await s.stop();
});

async function start(): Promise<Simulation> {
  const sim = await Simulation.start();
  sims.push(sim);
  await sim.until(async () => (await sim.nodes()).length === 3, 'the three node records');
  return sim;
}

function taskOf(call: mesos.v1.scheduler.Call): mesos.v1.TaskInfo {
  const task = call.accept?.operations.find((op) => op.launch)?.launch?.task_infos[0];
  assert.ok(task, 'the ACCEPT launches a task');
  return task;
}

void test('a ring bootstraps one node at a time, seeds first, each on its own agent', async () => {
  const sim = await start();
  sim.sendOffer(1);
  await sim.until(() => sim.launchesOf('node-0').length === 1, 'node-0 launched');
  const first = sim.launchesOf('node-0')[0];
  assert.ok(first);
  assert.deepEqual(
    first.accept?.operations.map((op) => op.type),
    [
      mesos.v1.Offer.Operation.Type.RESERVE,
      mesos.v1.Offer.Operation.Type.CREATE,
      mesos.v1.Offer.Operation.Type.LAUNCH,
    ],
  );
  // While node-0 is launching, an offer from another agent is declined, not used.
  const spare = sim.sendOffer(2);
  await sim.until(
    () =>
      sim
        .callsOf(CallType.DECLINE)
        .some((c) => c.decline?.offer_ids.some((o) => o.value === spare)),
    'the spare offer declined',
  );
  assert.equal(sim.callsOf(CallType.ACCEPT).length, 1);

  await sim.sendStatus('node-0', 'TASK_RUNNING', { health: normal(1) });
  await sim.until(async () => (await sim.node('node-0')).phase === 'Up', 'node-0 Up');
  await sim.bringUp('node-1', 2, [['node-0', [1]]]);
  await sim.bringUp('node-2', 3, [
    ['node-0', [1, 2]],
    ['node-1', [1, 2]],
  ]);

  const nodes = await sim.nodes();
  assert.deepEqual(
    nodes.map((n) => n.phase),
    ['Up', 'Up', 'Up'],
  );
  assert.deepEqual(
    nodes.map((n) => n.placement?.agentId),
    ['agent-1', 'agent-2', 'agent-3'],
  );
  assert.deepEqual(
    nodes.map((n) => n.seed),
    [true, true, true],
  );
  const config = cmf.v1.NodeConfig.decode(
    taskOf(sim.launchesOf('node-2')[0] ?? first).data ?? new Uint8Array(),
  );
  assert.deepEqual(config.seeds, [address(1), address(2), address(3)]);
  assert.equal(sim.callsOf(CallType.ACCEPT).length, 3);
  // Nothing pending any more: offers are suppressed.
  await sim.until(
    () => sim.callsOf(CallType.SUPPRESS).length > 0,
    'SUPPRESS once nothing is pending',
  );
});

void test('the launch record and its TaskInfo are in the store before the ACCEPT reaches the master', async () => {
  const sim = await start();
  let seen: NodeRecord | null = null;
  sim.master.beforeAnswer = async (received) => {
    if (received.call.type === CallType.ACCEPT) seen = await sim.node('node-0');
  };
  sim.sendOffer(1);
  await sim.until(() => seen !== null, 'the ACCEPT');
  const record = seen as NodeRecord | null;
  assert.ok(record);
  assert.equal(record.phase, 'Launching');
  const sent = taskOf(sim.launchesOf('node-0')[0] ?? assert.fail('no ACCEPT'));
  const written = record.taskInfo;
  assert.ok(written, 'the TaskInfo is in the record');
  assert.equal(written.task_id.value, sent.task_id.value);
  assert.deepEqual([...(written.data ?? [])], [...(sent.data ?? [])]);
});

void test('a failed write-ahead declines the offer; the next offer is used', async () => {
  const sim = await start();
  sim.persister.failNextCommits = 1;
  const refused = sim.sendOffer(1);
  await sim.until(
    () =>
      sim
        .callsOf(CallType.DECLINE)
        .some((c) => c.decline?.offer_ids.some((o) => o.value === refused)),
    'the offer declined',
  );
  assert.equal(sim.callsOf(CallType.ACCEPT).length, 0);
  assert.equal((await sim.node('node-0')).phase, 'Pending');
  sim.sendOffer(2);
  await sim.until(() => sim.launchesOf('node-0').length === 1, 'node-0 launched on the next offer');
});

void test('a status is acknowledged only after it is persisted', async () => {
  const sim = await start();
  sim.sendOffer(1);
  await sim.until(() => sim.launchesOf('node-0').length === 1, 'node-0 launched');
  // Every write fails while the update arrives: the loop's own passes may write too, and which
  // commit comes first is a race; none may get the update acknowledged.
  sim.persister.failNextCommits = Number.MAX_SAFE_INTEGER;
  const uuid = await sim.sendStatus('node-0', 'TASK_RUNNING', { health: normal(1) });
  assert.ok(uuid);
  await sim.until(() => sim.logger.text().includes('not acknowledging'), 'the failed write');
  assert.equal(sim.callsOf(CallType.ACKNOWLEDGE).length, 0);
  sim.persister.failNextCommits = 0;
  // The agent retries the same update (same uuid) until it is acknowledged.
  sim.master.send({
    type: mesos.v1.scheduler.Event.Type.UPDATE,
    update: {
      status: {
        task_id: { value: (await sim.node('node-0')).taskId ?? '' },
        state: mesos.v1.TaskState.TASK_RUNNING,
        agent_id: { value: 'agent-1' },
        uuid,
        source: mesos.v1.TaskStatus.Source.SOURCE_EXECUTOR,
        data: cmf.v1.NodeHealth.encode({
          operation_mode: 'NORMAL',
          gossip_running: true,
          native_transport_running: true,
          live_nodes: ['10.0.0.1'],
        }).finish(),
      },
    },
  });
  await sim.until(() => sim.callsOf(CallType.ACKNOWLEDGE).length === 1, 'the acknowledgement');
  assert.equal((await sim.node('node-0')).phase, 'Up');
  const ack = sim.callsOf(CallType.ACKNOWLEDGE)[0]?.acknowledge;
  assert.equal(uuidToString(ack?.uuid ?? new Uint8Array(16)), uuidToString(uuid));
});

void test('restarted mid-bootstrap, the scheduler reconciles first and launches nothing twice', async () => {
  const sim = await start();
  sim.sendOffer(1);
  await sim.until(() => sim.launchesOf('node-0').length === 1, 'node-0 launched');
  await sim.sendStatus('node-0', 'TASK_RUNNING', { health: normal(1) });
  sim.sendOffer(2);
  await sim.until(() => sim.launchesOf('node-1').length === 1, 'node-1 launched');

  await sim.stopScheduler();
  const reconcilesBefore = sim.callsOf(CallType.RECONCILE).length;
  await sim.startScheduler();
  const resubscribe = sim.master.subscriptions.at(-1)?.call;
  assert.equal(
    resubscribe?.framework_id?.value,
    sim.master.frameworkId,
    'comes back as the same framework',
  );
  await sim.until(
    () => sim.callsOf(CallType.RECONCILE).length > reconcilesBefore,
    'explicit reconciliation',
  );
  const reconcileCall = sim.callsOf(CallType.RECONCILE)[reconcilesBefore];
  const asked = reconcileCall?.reconcile?.tasks.map((t) => t.task_id.value).sort();
  assert.deepEqual(
    asked,
    [(await sim.node('node-0')).taskId, (await sim.node('node-1')).taskId].sort(),
  );

  // Before the master has answered, offers are declined, even a perfect one.
  const early = sim.sendOffer(3);
  await sim.until(
    () =>
      sim
        .callsOf(CallType.DECLINE)
        .some((c) => c.decline?.offer_ids.some((o) => o.value === early)),
    'the early offer declined',
  );

  // The master answers: both tasks are running (reconciliation answers carry no uuid).
  await sim.sendStatus('node-0', 'TASK_RUNNING', { uuid: false });
  await sim.sendStatus('node-1', 'TASK_RUNNING', { uuid: false });
  await sim.until(
    () => sim.runtime.world.reconciliation.state === 'settled',
    'reconciliation settled',
  );
  const during = sim.sendOffer(4);
  await sim.until(
    () =>
      sim
        .callsOf(CallType.DECLINE)
        .some((c) => c.decline?.offer_ids.some((o) => o.value === during)),
    'the offer declined while node-1 joins',
  );
  assert.equal(sim.launchesOf('node-1').length, 1, 'node-1 was not launched again');
  assert.equal(sim.launchesOf('node-2').length, 0, 'node-2 waits for node-1');
  assert.equal(
    sim.callsOf(CallType.ACKNOWLEDGE).length,
    1,
    'reconciliation answers are never acknowledged',
  );

  await sim.sendStatus('node-1', 'TASK_RUNNING', { health: normal(1, 2) });
  await sim.sendStatus('node-0', 'TASK_RUNNING', { health: normal(1, 2) });
  sim.sendOffer(5);
  await sim.until(() => sim.launchesOf('node-2').length === 1, 'node-2 launched');
  assert.deepEqual(
    ['node-0', 'node-1', 'node-2'].map((n) => sim.launchesOf(n).length),
    [1, 1, 1],
  );
});

void test('a failed node comes back on its own reservation and volume, with LAUNCH only', async () => {
  const sim = await start();
  sim.sendOffer(1);
  await sim.until(() => sim.launchesOf('node-0').length === 1, 'node-0 launched');
  await sim.sendStatus('node-0', 'TASK_FAILED');
  await sim.until(
    async () => (await sim.node('node-0')).phase === 'Pending',
    'node-0 due for a retry',
  );
  const placed = await sim.node('node-0');
  sim.sendOffer(2);
  sim.sendOffer(1, { withReservationOf: placed });
  await sim.until(() => sim.launchesOf('node-0').length === 2, 'node-0 relaunched');
  const relaunch = sim.launchesOf('node-0')[1];
  assert.deepEqual(
    relaunch?.accept?.operations.map((op) => op.type),
    [mesos.v1.Offer.Operation.Type.LAUNCH],
  );
  assert.ok(relaunch);
  const volume = taskOf(relaunch).resources.find((r) => r.disk?.persistence);
  assert.equal(volume?.disk?.persistence?.id, placed.placement?.persistenceId);
  assert.equal((await sim.node('node-0')).placement?.agentId, 'agent-1');
});

void test('a task that no node record owns is killed', async () => {
  const sim = await start();
  await sim.sendStatus('node-0', 'TASK_RUNNING', { taskId: 'node-7.task.leftover', uuid: false });
  await sim.until(() => sim.callsOf(CallType.KILL).length === 1, 'the KILL');
  assert.equal(sim.callsOf(CallType.KILL)[0]?.kill?.task_id.value, 'node-7.task.leftover');
});

void test('a node waiting for its first offer says how long this leader has watched, never more', async () => {
  const sim = await start();
  const node0 = () => sim.runtime.loop.lastPlan.steps.find((s) => s.nodeId === 'node-0');
  await sim.until(() => node0()?.reason.startsWith('needs an offer') === true, 'node-0 waiting');
  const step = node0();
  // Leading for about a second: a 60 s window would claim a wait that never happened.
  assert.match(step?.reason ?? '', /no offer seen in the last [1-5] s$/, JSON.stringify(step));
});
