// Scenario: the leading scheduler dies (kill -9) while a standby runs. The standby takes over once
// the leader's ZooKeeper session expires, reconciles with the master, and launches nothing: the
// same tasks, the same Cassandra processes, and an application writing at QUORUM throughout never
// sees an error.
import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import type cassandra from 'cassandra-driver';
import { waitFor } from '../runtime/wait-for.js';
import { connectCql, createKeyspace, startQuorumWriter, type QuorumWriter } from '../ring/cql.js';
import { startRing, type Ring } from '../ring/ring.js';
import { figures, scenarioRingOptions, step } from '../ring/scenario.js';
import type { RingScheduler } from '../ring/schedulers.js';
import { readRingStatus, type RingStatus } from '../ring/status.js';

const NODES = 3;
const figure = figures('scheduler-failover');
let ring: Ring | undefined;
let cql: cassandra.Client | undefined;
let writer: QuorumWriter | undefined;

after(async () => {
  await writer?.stop();
  await cql?.shutdown();
  await ring?.stop();
});

function started(): Ring {
  assert.ok(ring, 'the ring did not start (see the first failure)');
  return ring;
}

const taskIds = (status: RingStatus): string[] =>
  status.nodes.map((n) => `${n.nodeId}=${n.taskId ?? '-'}`).sort();

void test('a ring led by one scheduler, with a standby, serves QUORUM writes', async (t) => {
  ring = await startRing(scenarioRingOptions(process.env, { nodes: NODES, schedulers: 2 }));
  const r = ring;
  const up = await step(t, r, () => r.waitForRingUp(600_000));
  figure(t, 'ring_up_all_un', up.allUnMs, 'ms');
  await step(t, r, async () => {
    cql = await connectCql({ contactPoints: r.addresses });
    await createKeyspace(cql, 'failover', 3);
  });
  const { status } = await r.schedulers.leader(10_000);
  assert.equal(status.reconciliation, 'settled');
  assert.equal(r.schedulers.running.length, 2);
});

void test('kill -9 of the leader: the standby leads, reconciles, relaunches nothing; writes never fail', async (t) => {
  const r = started();
  assert.ok(cql);
  const client = cql;
  await step(t, r, async () => {
    const { scheduler: leader, status: before } = await r.schedulers.leader(10_000);
    const standby = r.schedulers.running.find((s) => s !== leader) ?? assert.fail('no standby');
    const pidsBefore = await r.cassandraPids();
    const tasksBefore = await r.masterTasks();
    writer = startQuorumWriter(client, 'failover', 'during');
    await waitForWrites(writer, 20, 'writes to flow before the kill');

    const killedAt = performance.now();
    await leader.process.kill9();
    const after = await waitUntilLeading(standby);
    const failoverMs = Math.round(performance.now() - killedAt);
    figure(t, 'kill_to_reconciled', failoverMs, 'ms');

    // The new leader keeps the ring as it was: same task per node, nodes still Up.
    assert.deepEqual(taskIds(after), taskIds(before));
    assert.ok(
      after.nodes.every((n) => n.phase === 'Up'),
      JSON.stringify(after.nodes),
    );
    // Let the new leader run reconcile passes while the writer goes on (a condition, not a sleep).
    await waitForWrites(writer, 200, 'writes to go on after the failover');
    const report = await writer.stop();
    writer = undefined;
    figure(t, 'quorum_writes_during', report.writes, 'writes');
    figure(t, 'longest_write_gap', report.longestGapMs, 'ms');
    assert.deepEqual(report.failures, [], 'no QUORUM write failed');

    assert.deepEqual(await r.cassandraPids(), pidsBefore, 'the Cassandra processes are the same');
    const tasksAfter = await r.masterTasks();
    assert.deepEqual(
      tasksAfter.map((task) => `${task.id} ${task.state}`).sort(),
      tasksBefore.map((task) => `${task.id} ${task.state}`).sort(),
      'the master knows the same tasks, all still running: nothing was launched or killed',
    );
  });
});

async function waitUntilLeading(standby: RingScheduler): Promise<RingStatus> {
  return waitFor(
    async () => {
      const status = await readRingStatus(standby.apiUrl, 1_000);
      return status.isLeader && status.reconciliation === 'settled' ? status : null;
    },
    {
      timeoutMs: 60_000,
      intervalMs: 50,
      what: `${standby.process.name} to lead with reconciliation settled`,
    },
  );
}

/** Until `count` more writes succeeded (each one is a QUORUM round trip to the ring). */
async function waitForWrites(writer: QuorumWriter, count: number, what: string): Promise<void> {
  const from = writer.progress().writes;
  await waitFor(() => writer.progress().writes >= from + count, {
    timeoutMs: 60_000,
    intervalMs: 20,
    what: `${count} ${what}`,
  });
}
