// Scenario: deploy a 3-node ring from nothing. One scheduler process against real ZooKeeper and
// the local Mesos cluster (3 agents, one rack each) brings up 3 real Cassandra nodes; every node's
// own nodetool status shows all three UN; an application writes and reads at QUORUM with RF 3.
import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import type cassandra from 'cassandra-driver';
import { connectCql, createKeyspace, readQuorum, writeQuorum } from '../ring/cql.js';
import { startRing, type Ring } from '../ring/ring.js';
import { figures, scenarioRingOptions, step } from '../ring/scenario.js';

const NODES = 3;
const figure = figures('deploy-3-nodes');
let ring: Ring | undefined;
let cql: cassandra.Client | undefined;

after(async () => {
  await cql?.shutdown();
  await ring?.stop();
});

function started(): Ring {
  assert.ok(ring, 'the ring did not start (see the first failure)');
  return ring;
}

void test('a 3-node ring reaches all-UN as every node’s nodetool status reports', async (t) => {
  ring = await startRing(scenarioRingOptions(process.env, { nodes: NODES, schedulers: 1 }));
  const r = ring;
  const up = await step(t, r, () => r.waitForRingUp(600_000));
  figure(t, 'ring_up_all_un', up.allUnMs, 'ms');
  figure(t, 'ring_up_reported_by_scheduler', up.reportedMs, 'ms');
  // One node per agent, on the agents' own addresses, each its own task; with the default seed
  // count (3) every node of a 3-node ring is a seed.
  assert.deepEqual(up.nodes.map((n) => n.address).sort(), [...r.addresses].sort());
  assert.equal(new Set(up.nodes.map((n) => n.taskId)).size, NODES);
  assert.equal(up.nodes.filter((n) => n.seed).length, 3);
  const pids = await r.cassandraPids();
  assert.deepEqual(
    [...pids.values()].map((p) => p.length),
    [1, 1, 1],
    'one Cassandra JVM on each agent',
  );
});

void test('a keyspace with RF 3 is written and read back at QUORUM', async (t) => {
  const r = started();
  await step(t, r, async () => {
    cql = await connectCql({ contactPoints: r.addresses });
    await createKeyspace(cql, 'deploy', 3);
    for (let i = 0; i < 50; i++) await writeQuorum(cql, 'deploy', `k${i}`, `v${i}`);
    for (let i = 0; i < 50; i++) assert.equal(await readQuorum(cql, 'deploy', `k${i}`), `v${i}`);
    const replicas = cql.getReplicas('deploy', Buffer.from('k0'));
    assert.equal(replicas.length, 3, 'every row lives on all three nodes');
    const hosts = cql
      .getState()
      .getConnectedHosts()
      .map((h) => h.address.replace(/:\d+$/, ''));
    assert.deepEqual(hosts.sort(), [...r.addresses].sort(), 'the driver sees all three nodes');
  });
});
