// Scenario: self-healing on one ring of 3 nodes with a spare agent (4 agents), replaceAfter 5 s.
// kill -9 of a Cassandra JVM, then of an executor: the node comes back in place (same agent, same
// address, same data). An agent killed for good: the node is replaced on the spare agent, the old
// address leaves the ring, every node is UN, and no row written at QUORUM is lost.
import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import type cassandra from 'cassandra-driver';
import { connectCql, createKeyspace } from '../ring/cql.js';
import { startRing, type Ring } from '../ring/ring.js';
import { figures, scenarioRingOptions, step } from '../ring/scenario.js';
import { waitFor } from '../runtime/wait-for.js';
import { getJson } from '../ring/status.js';
import {
  assertRows,
  kill9,
  leaderStatus,
  nodeAt,
  waitServingAgain,
  writeRows,
} from './ops-steps.js';

const NODES = 3;
const REPLACE_AFTER_S = 5;
const ROWS = 200;
const KS = 'heal';
const figure = figures('self-healing');
let ring: Ring | undefined;
let cql: cassandra.Client | undefined;

after(async () => {
  await cql?.shutdown();
  await ring?.stop();
});

function started(): { r: Ring; client: cassandra.Client } {
  assert.ok(ring && cql, 'the ring did not start (see the first failure)');
  return { r: ring, client: cql };
}

void test('a 3-node ring with a spare agent, rows written at QUORUM', async (t) => {
  ring = await startRing({
    ...scenarioRingOptions(process.env, { nodes: NODES, schedulers: 1 }),
    agents: NODES + 1,
    env: { REPLACE_AFTER_SECONDS: String(REPLACE_AFTER_S) },
    // A lost agent is unreachable after 3 missed pings a second apart (Mesos: 5 x 15 s).
    timings: { agentPingIntervalMs: 1_000, maxAgentPingTimeouts: 3 },
  });
  const r = ring;
  await step(t, r, () => r.waitForRingUp(600_000));
  await step(t, r, async () => {
    cql = await connectCql({ contactPoints: r.addresses });
    await createKeyspace(cql, KS, 3);
    await writeRows(cql, KS, 'before', ROWS);
  });
});

for (const what of ['cassandra', 'executor'] as const) {
  void test(`kill -9 of a node's ${what}: UN again in place, every row readable`, async (t) => {
    const { r, client } = started();
    const address = r.addresses[1] ?? '';
    await step(t, r, async () => {
      const before = await nodeAt(r, address);
      const killedAt = performance.now();
      await kill9(r, address, what);
      const back = await waitServingAgain(r, before.nodeId, before.taskId, 180_000);
      await r.waitForRingUp(180_000);
      const unAt = performance.now();
      assert.equal(back.node.address, address, 'back on the same agent and address');
      const total = unAt - killedAt;
      const own = back.servingAt - back.relaunchedAt;
      figure(t, `${what}_kill9_to_all_un`, Math.round(total), 'ms');
      figure(t, `${what}_kill9_to_serving`, Math.round(back.servingAt - killedAt), 'ms');
      figure(t, `${what}_relaunch_to_serving`, Math.round(own), 'ms');
      figure(
        t,
        `${what}_kill9_to_serving_over_relaunch_to_serving`,
        Number(((back.servingAt - killedAt) / own).toFixed(2)),
        'ratio',
      );
      await assertRows(client, KS, 'before', ROWS);
    });
  });
}

void test('an agent lost for good: its node is replaced on the spare agent, old address gone, all UN, no row lost', async (t) => {
  const { r, client } = started();
  const lost = r.addresses[2] ?? '';
  const spare = r.cluster.agents[NODES]?.spec.ip ?? '';
  await step(t, r, async () => {
    const before = await nodeAt(r, lost);
    const killedAt = performance.now();
    await r.cluster.faults.killAgent(NODES - 1);
    // The replace timer starts when the master says the agent is unreachable.
    const unreachableAt = await waitFor(
      async () => {
        const n = (await leaderStatus(r)).nodes.find((x) => x.nodeId === before.nodeId);
        const gone = n?.taskState === 'TASK_UNREACHABLE' || n?.taskId !== before.taskId;
        return gone ? performance.now() : null;
      },
      { timeoutMs: 120_000, intervalMs: 50, what: `${before.nodeId}'s task unreachable` },
    );
    const back = await waitServingAgain(r, before.nodeId, before.taskId, 300_000);
    assert.equal(back.node.address, spare, 'the replacement runs on the spare agent');
    const up = await r.waitForRingUp(300_000);
    const unAt = performance.now();
    assert.deepEqual(
      up.nodes.map((n) => n.address).sort(),
      [r.addresses[0], r.addresses[1], spare].sort(),
      'nodetool shows the old address gone (checked by waitForRingUp: no unexpected node)',
    );
    const own = back.servingAt - back.relaunchedAt;
    figure(t, 'agent_lost_to_all_un', Math.round(unAt - killedAt), 'ms');
    figure(t, 'agent_lost_to_unreachable', Math.round(unreachableAt - killedAt), 'ms');
    figure(t, 'replacement_own_start_to_serving', Math.round(own), 'ms');
    const replaced = back.servingAt - unreachableAt - REPLACE_AFTER_S * 1000;
    figure(t, 'unreachable_to_serving_minus_replace_after', Math.round(replaced), 'ms');
    figure(t, 'that_over_own_start', Number((replaced / own).toFixed(2)), 'ratio');
    await assertRows(client, KS, 'before', ROWS);
    // The replaced node was a seed: every node confirmed the new seed list (UpdateSeeds, reloaded
    // by Cassandra without a restart) before the replace item ended.
    const leader = await r.leader(10_000);
    const item = await waitFor(
      async () => {
        const plan = (await getJson(`${leader.apiUrl}/v1/plan`)) as { queue: QueueLine[] };
        const line = plan.queue.find((l) => l.kind === 'replace' && l.nodeId === before.nodeId);
        return line && line.state !== 'queued' && line.state !== 'running' ? line : null;
      },
      { timeoutMs: 120_000, intervalMs: 250, what: 'the replace item to end' },
    );
    assert.equal(item.state, 'succeeded', JSON.stringify(item));
  });
});

interface QueueLine {
  readonly kind: string;
  readonly nodeId: string;
  readonly state: string;
}
