// Scenario: a ring changed through config only, each change applied by restarting the scheduler
// with the new settings (as Marathon does). An impossible change (cluster name) is refused and
// nothing moves; a heap change restarts each node once, never two at a time, while an application
// writes at QUORUM without a single failure; the node count goes 3 -> 4 -> 3 (the added node is
// decommissioned, killed and forgotten, the leader being killed mid-decommission and a new one
// finishing it; every node UN; no row lost). A repair asked for while the 4th node joins waits for
// the scale-up, saying so, then repairs all 4 nodes (Cassandra's repair history agrees) before the
// scale-down; /v1/status shows gc_grace_seconds as the schema has it (the tightest table).
import assert from 'node:assert/strict';
import { after, test, type TestContext } from 'node:test';
import type cassandra from 'cassandra-driver';
import { waitFor } from '../runtime/wait-for.js';
import { connectCql, createKeyspace, startQuorumWriter, type QuorumWriter } from '../ring/cql.js';
import { startRing, type Ring } from '../ring/ring.js';
import { figures, scenarioRingOptions, step } from '../ring/scenario.js';
import { getJson, isNodeServing, type RingStatus } from '../ring/status.js';
import { assertRows, leaderStatus, postLeader, writeRows } from './ops-steps.js';

const NODES = 3;
const ROWS = 100;
const KS = 'change';
/** A small keyspace to repair, with one table of a short gc_grace (1 h) and one of the default. */
const REPAIRED = 'tight';
const TIGHT_GC_GRACE = 3_600;
const TOKEN = 'e2e-change-token';
const figure = figures('config-change');
let ring: Ring | undefined;
let cql: cassandra.Client | undefined;
let writer: QuorumWriter | undefined;
/** Every change so far: each new scheduler starts with all of them. */
const settings: Record<string, string> = {};

after(async () => {
  await writer?.stop();
  await cql?.shutdown();
  await ring?.stop();
});

function started(): { r: Ring; client: cassandra.Client } {
  assert.ok(ring && cql, 'the ring did not start (see the first failure)');
  return { r: ring, client: cql };
}

/** Stops the leader and starts a scheduler with `change` added to the settings; it leads. */
async function applyChange(r: Ring, change: Record<string, string>): Promise<RingStatus> {
  const { scheduler } = await r.schedulers.leader(10_000);
  await scheduler.process.stop(10_000);
  Object.assign(settings, change);
  const next = await r.schedulers.start({ ...settings });
  return waitFor(
    async () => {
      const status = await leaderStatus(r);
      return status.reconciliation === 'settled' && status.leader?.startsWith(next.apiUrl.slice(7))
        ? status
        : null;
    },
    { timeoutMs: 60_000, intervalMs: 100, what: `${next.process.name} to lead, reconciled` },
  );
}

const tasks = (status: RingStatus): string[] =>
  status.nodes.map((n) => `${n.nodeId}=${n.taskId ?? '-'}`).sort();

void test('a 3-node ring (a spare agent for scaling), rows written at QUORUM', async (t) => {
  ring = await startRing({
    ...scenarioRingOptions(process.env, { nodes: NODES, schedulers: 1 }),
    agents: NODES + 1,
    env: { API_TOKEN: TOKEN },
  });
  const r = ring;
  await step(t, r, () => r.waitForRingUp(600_000));
  await step(t, r, async () => {
    cql = await connectCql({ contactPoints: r.addresses });
    await createKeyspace(cql, KS, 3);
    await writeRows(cql, KS, 'before', ROWS);
    await createKeyspace(cql, REPAIRED, 3);
    await cql.execute(`ALTER TABLE ${REPAIRED}.kv WITH gc_grace_seconds = ${TIGHT_GC_GRACE}`);
    await cql.execute(`CREATE TABLE IF NOT EXISTS ${REPAIRED}.other (k text PRIMARY KEY)`);
    await writeRows(cql, REPAIRED, 'small', ROWS);
  });
});

interface GcGraceLine {
  readonly keyspace: string;
  readonly gcGraceSeconds: number;
  readonly lastRepairedAtMs: number | null;
  readonly overdue: boolean;
}
interface RepairsStatus {
  readonly source: string;
  readonly reason: string | null;
  readonly keyspaces: readonly GcGraceLine[];
}

async function repairsStatus(r: Ring): Promise<RepairsStatus> {
  const leader = await r.leader(10_000);
  return ((await getJson(`${leader.apiUrl}/v1/status`)) as { repairs: RepairsStatus }).repairs;
}

void test('/v1/status shows gc_grace_seconds per keyspace as Cassandra has it: the tightest table', async (t) => {
  const { r } = started();
  await step(t, r, async () => {
    // The schema is re-read in the background (every 10 s): the new keyspace shows within that.
    const seen = await waitFor(
      async () => {
        const repairs = await repairsStatus(r);
        const listed = repairs.keyspaces.some((l) => l.keyspace === REPAIRED);
        return repairs.source === 'cassandra' && listed ? repairs : null;
      },
      { timeoutMs: 30_000, intervalMs: 200, what: `${REPAIRED}'s gc_grace read from the schema` },
    );
    const grace = new Map(seen.keyspaces.map((l) => [l.keyspace, l.gcGraceSeconds]));
    assert.equal(grace.get(REPAIRED), TIGHT_GC_GRACE, JSON.stringify(seen));
    assert.equal(grace.get(KS), 864_000, 'a keyspace of default tables: the default');
    assert.equal(seen.reason, null);
  });
});

void test('an impossible change (cluster name) is refused with its reason; nothing moves', async (t) => {
  const { r } = started();
  await step(t, r, async () => {
    const before = await leaderStatus(r);
    const status = await applyChange(r, { CASSANDRA_CLUSTER_NAME: 'renamed' });
    const leader = await r.leader(10_000);
    const raw = (await getJson(`${leader.apiUrl}/v1/status`)) as {
      configErrors: { key: string; reason: string }[];
    };
    assert.ok(
      raw.configErrors.some((e) => e.key.includes('clusterName') && e.reason.includes('IMMUTABLE')),
      JSON.stringify(raw.configErrors),
    );
    const plan = (await getJson(`${leader.apiUrl}/v1/plan`)) as { queue: { state: string }[] };
    assert.deepEqual(
      plan.queue.filter((l) => l.state === 'queued' || l.state === 'running'),
      [],
    );
    assert.deepEqual(tasks(status), tasks(before), 'no node was restarted');
    delete settings['CASSANDRA_CLUSTER_NAME'];
  });
});

interface Roll {
  readonly drainedAt: Map<string, number>;
  readonly servingAt: Map<string, number>;
  maxDown: number;
}

/** Samples the leader's view until every node runs a new task and serves; records the timeline. */
async function watchRoll(r: Ring, before: RingStatus): Promise<Roll> {
  const roll: Roll = { drainedAt: new Map(), servingAt: new Map(), maxDown: 0 };
  const old = new Map(before.nodes.map((n) => [n.nodeId, n.taskId]));
  await waitFor(
    async () => {
      const status = await leaderStatus(r);
      const down = status.nodes.filter((n) => !isNodeServing(n));
      roll.maxDown = Math.max(roll.maxDown, down.length);
      const now = performance.now();
      for (const n of down) if (!roll.drainedAt.has(n.nodeId)) roll.drainedAt.set(n.nodeId, now);
      for (const n of status.nodes) {
        const renewed = n.taskId !== old.get(n.nodeId) && isNodeServing(n);
        if (renewed && !roll.servingAt.has(n.nodeId)) roll.servingAt.set(n.nodeId, now);
      }
      return roll.servingAt.size === status.nodes.length ? true : null;
    },
    { timeoutMs: 600_000, intervalMs: 100, what: 'every node restarted on the new heap' },
  );
  return roll;
}

void test('a heap change restarts each node once, one at a time, with zero failed QUORUM writes', async (t) => {
  const { r, client } = started();
  await step(t, r, async () => {
    const before = await leaderStatus(r);
    writer = startQuorumWriter(client, KS, 'rolling');
    await applyChange(r, { CASSANDRA_HEAP_MB: '640' });
    const roll = await watchRoll(r, before);
    await r.waitForRingUp(300_000);
    const report = await writer.stop();
    writer = undefined;
    figure(t, 'rolling_quorum_writes', report.writes, 'writes');
    figure(t, 'rolling_longest_write_gap', report.longestGapMs, 'ms');
    const order = [...roll.drainedAt.entries()].sort((a, b) => a[1] - b[1]);
    for (let i = 1; i < order.length; i++) {
      const [prev] = order[i - 1] ?? [''];
      const [, drained] = order[i] ?? ['', 0];
      const gap = drained - (roll.servingAt.get(prev) ?? drained);
      figure(t, `rolling_gap_serving_to_next_drain_${i}`, Math.round(gap), 'ms');
    }
    assert.deepEqual(report.failures, [], 'no QUORUM write failed');
    assert.equal(roll.maxDown, 1, 'never two nodes down at a time');
    const after = await leaderStatus(r);
    const renewed = after.nodes.filter(
      (n) => n.taskId !== before.nodes.find((b) => b.nodeId === n.nodeId)?.taskId,
    );
    assert.equal(renewed.length, NODES, 'each node restarted');
    await assertRows(client, KS, 'before', ROWS);
  });
});

interface RepairStep {
  readonly nodeId: string;
  readonly status: string;
  readonly startedAtMs: number | null;
  readonly endedAtMs: number | null;
}
interface RepairRun {
  readonly runId: string;
  readonly status: string;
  readonly keyspaces: readonly string[];
  readonly steps: readonly RepairStep[];
  readonly reason?: string;
}
interface AskedRepair {
  readonly runId: string;
  /** Taken before the last status that showed the new node not serving yet. */
  readonly lastJoiningAtMs: number;
  readonly reasons: ReadonlySet<string>;
  /** Steps in the run as first planned: 3 when the added node had no record yet (then replanned). */
  readonly plannedSteps: number;
}

/**
 * Right after the scheduler with the new node count leads (the scale-up queued, the added node not
 * serving, maybe not even created yet), POST /v1/repairs; until the node serves, the run starts no
 * node and says why. The run is read before the node: a step seen started means the scale-up had
 * ended by then.
 */
async function repairDuringScaleUp(r: Ring): Promise<AskedRepair> {
  const added = `node-${NODES}`;
  const joining = (await leaderStatus(r)).nodes.find((x) => x.nodeId === added);
  assert.ok(!joining || !isNodeServing(joining), `${added} served before the repair was asked`);
  const asked = await postLeader(r, '/v1/repairs', TOKEN, { keyspaces: [REPAIRED] });
  assert.equal(asked.status, 201, JSON.stringify(asked.body));
  const { runId, steps: planned } = asked.body as RepairRun;
  const reasons = new Set<string>();
  const early: string[] = [];
  let lastJoiningAtMs = Date.now();
  const leader = await r.leader(10_000);
  await waitFor(
    async () => {
      const before = Date.now();
      const run = (await getJson(`${leader.apiUrl}/v1/repairs/${runId}`)) as RepairRun;
      const n = (await leaderStatus(r)).nodes.find((x) => x.nodeId === added);
      if (n && isNodeServing(n)) return true;
      lastJoiningAtMs = before;
      // Kept, not thrown: waitFor would take a throw for "not yet".
      if (run.steps.some((x) => x.status !== 'pending')) early.push(JSON.stringify(run));
      reasons.add(run.reason ?? '');
      return null;
    },
    { timeoutMs: 300_000, intervalMs: 200, what: `${added} serving` },
  );
  assert.deepEqual(early, [], 'no repair step started during the scale-up');
  assert.ok(
    [...reasons].some((x) => x.includes('scale-up') && x.includes(added)),
    `the run said it waits for the scale-up of ${added}: ${[...reasons].join(' | ')}`,
  );
  return { runId, lastJoiningAtMs, reasons, plannedSteps: planned.length };
}

/** Per coordinator address, every repair session Cassandra recorded for a keyspace. */
async function sessionsByCoordinator(client: cassandra.Client, keyspace: string) {
  const rows = await client.execute(
    'SELECT coordinator, parent_id, started_at, status FROM system_distributed.repair_history ' +
      'WHERE keyspace_name = ? ALLOW FILTERING',
    [keyspace],
  );
  const by = new Map<string, { parents: Set<string>; notOk: number; firstMs: number }>();
  for (const row of rows.rows) {
    const address = String(row['coordinator']).replace(/^\//, '');
    const entry = by.get(address) ?? { parents: new Set<string>(), notOk: 0, firstMs: Infinity };
    entry.parents.add(String(row['parent_id']));
    if (String(row['status']) !== 'SUCCESS') entry.notOk++;
    entry.firstMs = Math.min(entry.firstMs, (row['started_at'] as Date).getTime());
    by.set(address, entry);
  }
  return by;
}

/** The run ends succeeded on all 4 nodes in ring order, and Cassandra recorded one session each. */
async function repairedOnEveryNode(
  t: TestContext,
  r: Ring,
  client: cassandra.Client,
  asked: AskedRepair,
): Promise<void> {
  const leader = await r.leader(10_000);
  const run = await waitFor(
    async () => {
      const found = (await getJson(`${leader.apiUrl}/v1/repairs/${asked.runId}`)) as RepairRun;
      return found.status === 'running' ? null : found;
    },
    { timeoutMs: 180_000, intervalMs: 200, what: `repair ${asked.runId} to end` },
  );
  assert.equal(run.status, 'succeeded', JSON.stringify(run));
  assert.deepEqual(
    run.steps.map((x) => x.nodeId),
    Array.from({ length: NODES + 1 }, (_, i) => `node-${i}`),
  );
  const first = Math.min(...run.steps.map((x) => x.startedAtMs ?? 0));
  const last = Math.max(...run.steps.map((x) => x.endedAtMs ?? 0));
  figure(t, 'repair_asked_in_scale_up_first_node_after_join', first - asked.lastJoiningAtMs, 'ms');
  figure(t, 'repair_asked_in_scale_up_steps_planned_when_asked', asked.plannedSteps, 'nodes');
  figure(t, 'repair_asked_in_scale_up_4_nodes', last - first, 'ms');
  const status = await leaderStatus(r);
  const sessions = await sessionsByCoordinator(client, REPAIRED);
  assert.deepEqual(
    [...sessions.keys()].sort(),
    status.nodes.map((n) => n.address ?? '?').sort(),
    'every node coordinated a repair of the keyspace',
  );
  for (const [address, s] of sessions) {
    assert.deepEqual([s.parents.size, s.notOk], [1, 0], `${address}: one successful session`);
    assert.ok(s.firstMs >= asked.lastJoiningAtMs, `${address} repaired before the join ended`);
  }
  const line = (await repairsStatus(r)).keyspaces.find((l) => l.keyspace === REPAIRED);
  assert.ok(line?.lastRepairedAtMs !== null && line?.overdue === false, JSON.stringify(line));
}

void test('scale 3 -> 4 -> 3: a node joins on the spare agent, then leaves the ring cleanly, the leader killed mid-decommission', async (t) => {
  const { r, client } = started();
  const spare = r.cluster.agents[NODES]?.spec.ip ?? '';
  await step(t, r, async () => {
    const upAt = performance.now();
    await applyChange(r, { CASSANDRA_NODE_COUNT: String(NODES + 1) });
    const repair = await repairDuringScaleUp(r);
    const grown = await waitFor(
      async () => {
        const s = await leaderStatus(r);
        return s.nodes.length === NODES + 1 && s.nodes.every(isNodeServing) ? s : null;
      },
      { timeoutMs: 300_000, intervalMs: 200, what: `${NODES + 1} nodes serving` },
    );
    assert.ok(grown.nodes.some((n) => n.address === spare));
    figure(t, 'scale_up_to_serving', Math.round(performance.now() - upAt), 'ms');
    await repairedOnEveryNode(t, r, client, repair);

    const downAt = performance.now();
    const kept = tasks(grown).filter((t) => !t.startsWith(`node-${NODES}=`));
    await applyChange(r, { CASSANDRA_NODE_COUNT: String(NODES) });
    // The leader dies mid-decommission; a new one (same settings) must finish it, not redo it.
    await waitFor(
      async () =>
        (await leaderStatus(r)).nodes.some((n) => n.phase === 'Decommissioning') ? true : null,
      { timeoutMs: 120_000, intervalMs: 50, what: 'a node decommissioning' },
    );
    const { scheduler } = await r.schedulers.leader(10_000);
    await scheduler.process.kill9();
    await r.schedulers.start({ ...settings });
    await waitFor(
      async () => {
        const s = await leaderStatus(r);
        return s.nodes.length === NODES && s.nodes.every(isNodeServing) ? s : null;
      },
      { timeoutMs: 300_000, intervalMs: 200, what: `back to ${NODES} nodes, all serving` },
    );
    const up = await r.waitForRingUp(300_000);
    figure(t, 'scale_down_to_all_un', Math.round(performance.now() - downAt), 'ms');
    assert.deepEqual(tasks(await leaderStatus(r)), kept, 'no other node was restarted');
    assert.ok(!up.nodes.some((n) => n.address === spare), 'the added node left the ring');
    await assertRows(client, KS, 'before', ROWS);
  });
});
