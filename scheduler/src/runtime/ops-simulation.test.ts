// The ops queue wired into the real runtime, against the scripted fake master: restart in place,
// crash-loop backoff, replace after replaceAfterMs, and what a new leader does mid-way.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { cmf, mesos } from '@cmf/proto';
import { DEFAULT_OPS_POLICY, type OpsPolicy } from '../domain/ops/index.js';
import { address, normal, Simulation } from '../testing/simulation.js';

const CallType = mesos.v1.scheduler.Call.Type;
const Op = mesos.v1.Offer.Operation.Type;
const sims: Simulation[] = [];
after(async () => {
  for (const s of sims) await s.stop();
});

const policy = (overrides: Partial<OpsPolicy> = {}): OpsPolicy => ({
  ...DEFAULT_OPS_POLICY,
  ...overrides,
});

async function ring(opsPolicy: OpsPolicy = policy()): Promise<Simulation> {
  const sim = await Simulation.start({}, opsPolicy);
  sims.push(sim);
  await sim.until(async () => (await sim.nodes()).length === 3, 'the three node records');
  await sim.ringUp(3);
  await sim.until(() => sim.callsOf(CallType.SUPPRESS).length > 0, 'offers suppressed');
  return sim;
}

const launchOps = (call: mesos.v1.scheduler.Call | undefined): number[] =>
  (call?.accept?.operations ?? []).map((op) => op.type ?? -1);

function configOf(call: mesos.v1.scheduler.Call | undefined): cmf.v1.NodeConfig {
  const task = call?.accept?.operations.find((op) => op.launch)?.launch?.task_infos[0];
  return cmf.v1.NodeConfig.decode(task?.data ?? new Uint8Array());
}

async function opsItems(sim: Simulation): Promise<string[]> {
  const stored = await sim.store.opsState();
  return (stored?.state.items ?? [])
    .filter((i) => i.kind !== 'bootstrap')
    .map((i) => `${i.kind} ${i.nodeId} ${i.state}`);
}

void test('a failed task is restarted in place: same agent, same volume, LAUNCH only, after a REVIVE', async () => {
  const sim = await ring();
  const before = await sim.node('node-1');
  const revives = sim.callsOf(CallType.REVIVE).length;
  await sim.sendStatus('node-1', 'TASK_FAILED');
  await sim.until(
    async () => (await sim.node('node-1')).phase === 'Pending',
    'node-1 due for its relaunch',
  );
  await sim.until(() => sim.callsOf(CallType.REVIVE).length > revives, 'REVIVE');
  // Another agent's offer is no place for it: its data is on agent-2.
  sim.sendOffer(5);
  sim.sendOffer(2, { withReservationOf: before });
  await sim.until(() => sim.launchesOf('node-1').length === 2, 'node-1 relaunched');
  const relaunch = sim.launchesOf('node-1')[1];
  assert.deepEqual(launchOps(relaunch), [Op.LAUNCH]);
  const relaunched = await sim.node('node-1');
  assert.deepEqual(
    [relaunched.placement?.agentId, relaunched.placement?.persistenceId],
    ['agent-2', before.placement?.persistenceId],
  );
  await sim.sendStatus('node-1', 'TASK_RUNNING', { health: normal(1, 2, 3) });
  await sim.until(
    async () => (await opsItems(sim)).includes('restart node-1 succeeded'),
    'the restart item succeeded',
  );
  const log = await sim.store.log(200);
  assert.ok(
    log.some((e) => e.kind === 'ops.restart' && e.nodeId === 'node-1'),
    'the operation log shows the restart item',
  );
});

void test('a crash-looping node is backed off and reported, not hammered', async () => {
  const sim = await ring(
    policy({
      crashLoop: { failures: 2, windowMs: 60_000, backoffMs: 60_000, maxBackoffMs: 60_000 },
    }),
  );
  const placed = await sim.node('node-1');
  await sim.sendStatus('node-1', 'TASK_FAILED');
  await sim.until(async () => (await sim.node('node-1')).phase === 'Pending', 'first relaunch due');
  sim.sendOffer(2, { withReservationOf: placed });
  await sim.until(() => sim.launchesOf('node-1').length === 2, 'node-1 relaunched once');
  await sim.sendStatus('node-1', 'TASK_FAILED');
  await sim.until(
    () => (sim.runtime.world.lastOps?.notes ?? []).some((n) => n.includes('crash-looping')),
    'the crash loop reported',
  );
  const declined = sim.sendOffer(2, { withReservationOf: placed });
  await sim.until(
    () =>
      sim
        .callsOf(CallType.DECLINE)
        .some((c) => c.decline?.offer_ids.some((o) => o.value === declined)),
    'its own offer declined during the backoff',
  );
  assert.equal(sim.launchesOf('node-1').length, 2, 'no third launch within the backoff');
  const step = sim.runtime.loop.lastPlan.steps.find((s) => s.nodeId === 'node-1');
  assert.match(step?.reason ?? '', /crash-looping/);
});

void test('a node whose agent stays unreachable is replaced on another agent, its seed list updated, the old reservation released', async () => {
  const sim = await ring(policy({ replaceAfterMs: 300 }));
  const lost = await sim.node('node-2');
  await sim.sendStatus('node-2', 'TASK_UNREACHABLE');
  await sim.until(
    async () => (await sim.node('node-2')).launchMode === 'replace',
    'node-2 retired for its replacement',
    10_000,
  );
  const retired = await sim.node('node-2');
  assert.equal(retired.placement, null);
  assert.equal(retired.replaceAddress, address(3));
  await sim.until(
    () => sim.callsOf(CallType.KILL).some((c) => c.kill?.task_id.value === lost.taskId),
    'the lost task killed (should its agent come back)',
  );
  // agent-3 still holds node-2's reservation: nothing new goes there.
  sim.sendOffer(3);
  sim.sendOffer(4);
  await sim.until(() => sim.launchesOf('node-2').length === 2, 'the replacement launched');
  const launch = sim.launchesOf('node-2')[1];
  assert.deepEqual(launchOps(launch), [Op.RESERVE, Op.CREATE, Op.LAUNCH]);
  const config = configOf(launch);
  assert.equal(config.replace_address, address(3));
  assert.ok(!config.seeds.includes(address(3)), 'the lost address is no seed');
  assert.ok(!config.seeds.includes(address(4)), 'the replacement is not in its own seed list');
  assert.equal((await sim.node('node-2')).placement?.agentId, 'agent-4');

  await sim.sendStatus('node-2', 'TASK_RUNNING', { health: normal(1, 2, 4) });
  await sim.sendStatus('node-0', 'TASK_RUNNING', { health: normal(1, 2, 4) });
  await sim.sendStatus('node-1', 'TASK_RUNNING', { health: normal(1, 2, 4) });
  // A replaced seed: every node gets the new seed list without a restart, the replacement too
  // (it joined without itself in its list, as a node that bootstraps must).
  for (const nodeId of ['node-0', 'node-1', 'node-2']) {
    await sim.until(
      () => sim.adminRequestsTo(nodeId).some((r) => r.update_seeds),
      `UpdateSeeds to ${nodeId}`,
    );
    const request = sim.adminRequestsTo(nodeId).find((r) => r.update_seeds);
    assert.ok(request);
    assert.deepEqual(request.update_seeds?.seeds, [address(1), address(2), address(4)]);
    await sim.sendAdminReport(nodeId, request.request_id, 'SUCCEEDED');
  }
  await sim.until(
    async () => (await opsItems(sim)).includes('replace node-2 succeeded'),
    'the replace item succeeded',
  );

  // The old agent returns: its stale reservation and volume are destroyed and unreserved.
  const accepts = sim.callsOf(CallType.ACCEPT).length;
  sim.sendOffer(3, { withReservationOf: lost });
  await sim.until(() => sim.callsOf(CallType.ACCEPT).length > accepts, 'the release ACCEPT');
  assert.deepEqual(launchOps(sim.callsOf(CallType.ACCEPT).at(-1)), [Op.DESTROY, Op.UNRESERVE]);
  sim.sendOffer(3);
  await sim.until(
    async () => (await sim.store.opsState())?.state.stale.length === 0,
    'the stale entry dropped once agent-3 offers without it',
  );
});
