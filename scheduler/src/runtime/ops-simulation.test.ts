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

/**
 * Answers every UpdateSeeds as it comes until the replace of node-2 succeeds (the replacement
 * itself gets one too when it joined before the step began: its own list lacked itself).
 */
async function ackSeedUpdates(sim: Simulation, seeds: string[]): Promise<void> {
  const answered = new Set<string>();
  await sim.until(async () => {
    for (const nodeId of ['node-0', 'node-1', 'node-2']) {
      for (const r of sim.adminRequestsTo(nodeId).filter((x) => x.update_seeds)) {
        if (answered.has(`${nodeId}/${r.request_id}`)) continue;
        answered.add(`${nodeId}/${r.request_id}`);
        assert.deepEqual(r.update_seeds?.seeds, seeds);
        await sim.sendAdminReport(nodeId, r.request_id, 'SUCCEEDED');
      }
    }
    return (await opsItems(sim)).includes('replace node-2 succeeded');
  }, 'every UpdateSeeds answered and the replace succeeded');
  assert.ok(
    answered.has('node-0/op-4.update-seeds.1') && answered.has('node-1/op-4.update-seeds.1'),
  );
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
  // A replaced seed: the other nodes get the new seed list without a restart.
  await ackSeedUpdates(sim, [address(1), address(2), address(4)]);
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

/** node-i (on agent-(i+1)) reports NORMAL, seeing every one of `agents`. */
async function upAll(sim: Simulation, agents: number[]): Promise<void> {
  for (const i of agents.keys())
    await sim.sendStatus(`node-${i}`, 'TASK_RUNNING', { health: normal(...agents) });
}

/** Waits for the drain (KILL) of a node not restarted yet, then walks it back up. */
async function restartNext(sim: Simulation, done: string[], agents: number[]): Promise<string> {
  let victim = '';
  await sim.until(
    async () => {
      for (const n of await sim.nodes()) {
        if (done.includes(n.nodeId) || n.taskId === null) continue;
        if (sim.callsOf(CallType.KILL).some((c) => c.kill?.task_id.value === n.taskId)) {
          victim = n.nodeId;
          return true;
        }
      }
      return false;
    },
    `the drain of a node other than ${done.join(', ') || 'none'}`,
  );
  const others = (await sim.nodes()).filter((n) => n.nodeId !== victim);
  assert.deepEqual(
    others.map((n) => n.phase),
    others.map(() => 'Up'),
    `every other node is Up when ${victim} is drained`,
  );
  const placed = await sim.node(victim);
  const launches = sim.launchesOf(victim).length;
  await sim.sendStatus(victim, 'TASK_KILLED');
  await sim.until(async () => (await sim.node(victim)).phase === 'Pending', `${victim} stopped`);
  sim.sendOffer(Number(victim.slice(5)) + 1, { withReservationOf: placed });
  await sim.until(() => sim.launchesOf(victim).length === launches + 1, `${victim} relaunched`);
  await sim.sendStatus(victim, 'TASK_RUNNING', { health: normal(...agents) });
  done.push(victim);
  return victim;
}

void test('a heap change restarts each node once, one at a time, on the new config', async () => {
  const sim = await ring();
  const applied = await sim.changeConfig({ heapMb: 768, configVersion: 'v2' });
  assert.equal(applied.kind, 'changed');
  await sim.answerReconciliation(['node-0', 'node-1', 'node-2']);
  const done: string[] = [];
  for (let i = 0; i < 3; i++) {
    const nodeId = await restartNext(sim, done, [1, 2, 3]);
    assert.equal(configOf(sim.launchesOf(nodeId).at(-1)).heap_mb, 768, `${nodeId} heap`);
  }
  assert.deepEqual([...done].sort(), ['node-0', 'node-1', 'node-2']);
  await sim.until(
    async () =>
      (await opsItems(sim)).filter(
        (l) => l.startsWith('rolling-restart') && l.endsWith('succeeded'),
      ).length === 3,
    'three rolling restarts succeeded',
  );
  assert.equal(sim.callsOf(CallType.KILL).length, 3, 'each node drained exactly once');
});

void test('an impossible change (cluster name) is refused: the target and the ring untouched', async () => {
  const sim = await ring();
  const kills = sim.callsOf(CallType.KILL).length;
  const applied = await sim.changeConfig({ clusterName: 'other', configVersion: 'v2' });
  assert.equal(applied.kind, 'refused');
  assert.ok(!applied.result.ok && applied.result.errors.some((e) => e.code === 'IMMUTABLE'));
  assert.equal((await sim.store.target())?.spec.clusterName, 'ring1');
  await sim.answerReconciliation(['node-0', 'node-1', 'node-2']);
  assert.deepEqual(await opsItems(sim), []);
  assert.equal(sim.callsOf(CallType.KILL).length, kills);
});

void test('scale 3 -> 4 -> 3: one node added, then decommissioned (failover mid-way), killed, forgotten and released', async () => {
  const sim = await ring();
  sim.keyspaces = [{ name: 'ks', rf: 3 }];
  await sim.changeConfig({ nodeCount: 4, configVersion: 'v2' });
  await sim.answerReconciliation(['node-0', 'node-1', 'node-2']);
  await sim.until(async () => (await sim.nodes()).length === 4, 'the node-3 record');
  assert.equal((await sim.node('node-3')).seed, false, 'a node added later is no seed');
  await sim.bringUp('node-3', 4, [
    ['node-0', [1, 2, 3]],
    ['node-1', [1, 2, 3]],
    ['node-2', [1, 2, 3]],
  ]);
  await sim.until(
    async () => (await opsItems(sim)).includes('scale-up node-3 succeeded'),
    'the scale-up succeeded',
  );

  await sim.changeConfig({ nodeCount: 3, configVersion: 'v3' });
  await sim.answerReconciliation(['node-0', 'node-1', 'node-2', 'node-3']);
  await upAll(sim, [1, 2, 3, 4]);
  await sim.sendStatus('node-3', 'TASK_RUNNING', { health: normal(1, 2, 3, 4) });
  await sim.until(
    () => sim.adminRequestsTo('node-3').some((r) => r.decommission),
    'the decommission request',
  );
  const request = sim.adminRequestsTo('node-3').find((r) => r.decommission);
  assert.ok(request);
  assert.equal((await sim.node('node-3')).phase, 'Decommissioning');

  // Failover: the new leader asks where the decommission stands instead of sending it again.
  await sim.stopScheduler();
  await sim.startScheduler();
  await sim.answerReconciliation(['node-0', 'node-1', 'node-2', 'node-3']);
  await sim.until(
    () => sim.adminRequestsTo('node-3').some((r) => r.query?.request_id === request.request_id),
    'the query about the decommission',
  );
  const lastHere = await sim.node('node-3');
  await sim.sendStatus('node-3', 'TASK_RUNNING', {
    health: { ...normal(1, 2, 3), operationMode: 'DECOMMISSIONED' },
  });
  await sim.sendAdminReport('node-3', request.request_id, 'SUCCEEDED');
  await sim.until(
    () => sim.callsOf(CallType.KILL).some((c) => c.kill?.task_id.value === lastHere.taskId),
    'node-3 killed once it LEFT',
  );
  await sim.sendStatus('node-3', 'TASK_KILLED');
  await sim.until(async () => (await sim.nodes()).length === 3, 'node-3 forgotten');
  assert.equal(
    sim.adminRequestsTo('node-3').filter((r) => r.decommission).length,
    1,
    'the decommission was sent once',
  );
  await sim.until(
    async () => (await opsItems(sim)).includes('decommission node-3 succeeded'),
    'the decommission succeeded',
  );
  const accepts = sim.callsOf(CallType.ACCEPT).length;
  sim.sendOffer(4, { withReservationOf: lastHere });
  await sim.until(() => sim.callsOf(CallType.ACCEPT).length > accepts, 'the release ACCEPT');
  assert.deepEqual(launchOps(sim.callsOf(CallType.ACCEPT).at(-1)), [Op.DESTROY, Op.UNRESERVE]);
});

void test('failover mid-replace: the new leader launches the replacement without retiring again', async () => {
  const sim = await ring(policy({ replaceAfterMs: 300 }));
  await sim.sendStatus('node-2', 'TASK_UNREACHABLE');
  await sim.until(
    async () => (await sim.node('node-2')).launchMode === 'replace',
    'node-2 retired',
    10_000,
  );
  await sim.stopScheduler();
  await sim.startScheduler();
  await sim.answerReconciliation(['node-0', 'node-1']);
  sim.sendOffer(4);
  await sim.until(() => sim.launchesOf('node-2').length === 2, 'the replacement launched');
  await upAll(sim, [1, 2, 4]);
  await ackSeedUpdates(sim, [address(1), address(2), address(4)]);
  await sim.until(
    async () => (await opsItems(sim)).includes('replace node-2 succeeded'),
    'the replace succeeded',
  );
  const log = await sim.store.log(500);
  assert.equal(
    log.filter((e) => e.kind === 'replaceRequested').length,
    1,
    'the record was retired once',
  );
  assert.equal((await sim.store.opsState())?.state.stale.length, 1, 'one stale reservation');
});

void test('an operator restart drains the node (KILL), relaunches it in place and reports the item', async () => {
  const sim = await ring();
  const refused = await sim.runtime.request('replace', 'node-0', 'test');
  assert.equal(refused.ok ? 'queued' : refused.code, 'NODE_LIVE');
  const queued = await sim.runtime.request('restart', 'node-0', 'rotate the logs');
  assert.ok(queued.ok && queued.created);
  await restartNext(sim, [], [1, 2, 3]);
  await sim.until(
    async () => (await opsItems(sim)).includes('restart node-0 succeeded'),
    'the operator restart succeeded',
  );
  const line = sim.runtime.world.lastOps?.lines.find((l) => l.id === queued.item.id);
  assert.equal(line?.origin, 'operator');
  assert.equal(line.state, 'succeeded');
});
