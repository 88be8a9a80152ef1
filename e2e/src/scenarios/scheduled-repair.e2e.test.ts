// Scenario: scheduled repair on a real 3-node ring. A schedule firing every minute repairs all
// three nodes one at a time in ring order, as Cassandra's own repair history shows; then the
// leader is killed (kill -9) while a run is under way, and the standby finishes that run without
// repairing any node twice; last, a repair asked for while a node restarts waits for the serial
// queue and says so. Figures: the scheduler's gap between one node's repair ending and the next
// node's starting, and the time from the kill to the standby's first node start.
import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import type cassandra from 'cassandra-driver';
import { waitFor } from '../runtime/wait-for.js';
import { connectCql, createKeyspace, writeQuorum } from '../ring/cql.js';
import { startRing, type Ring } from '../ring/ring.js';
import { figures, scenarioRingOptions, step } from '../ring/scenario.js';
import type { RingScheduler } from '../ring/schedulers.js';
import { getJson, isNodeServing, readRingStatus } from '../ring/status.js';
import { postLeader } from './ops-steps.js';

const NODES = 3;
const TOKEN = 'e2e-repair-token';
const KEYSPACE = 'repaired';
const figure = figures('scheduled-repair');
let ring: Ring | undefined;
let cql: cassandra.Client | undefined;

interface StepView {
  readonly nodeId: string;
  readonly status: string;
  readonly attempts: number;
  readonly startedAtMs: number | null;
  readonly endedAtMs: number | null;
}
interface RunView {
  readonly runId: string;
  readonly status: string;
  readonly trigger: { readonly kind: string; readonly atMs: number };
  readonly keyspaces: readonly string[];
  readonly steps: readonly StepView[];
}
/** One parent repair session in system_distributed.repair_history: a repair a node coordinated. */
interface CassandraRepair {
  readonly coordinator: string;
  readonly startedAtMs: number;
  readonly finishedAtMs: number | null;
  readonly failed: boolean;
}

after(async () => {
  await cql?.shutdown();
  await ring?.stop();
});

function started(): Ring {
  assert.ok(ring, 'the ring did not start (see the first failure)');
  return ring;
}

async function runs(apiUrl: string): Promise<RunView[]> {
  return ((await getJson(`${apiUrl}/v1/repairs`, 2_000)) as { runs: RunView[] }).runs;
}

/**
 * The repairs Cassandra recorded for the keyspace since `sinceMs`, one per parent repair session
 * (system_distributed.repair_history has a row per range; the coordinator is the node that ran it).
 */
async function cassandraRepairs(client: cassandra.Client, sinceMs: number) {
  const result = await client.execute(
    'SELECT parent_id, coordinator, started_at, finished_at, status ' +
      'FROM system_distributed.repair_history WHERE keyspace_name = ? ALLOW FILTERING',
    [KEYSPACE],
  );
  const sessions = new Map<string, CassandraRepair>();
  for (const row of result.rows) {
    const id = String(row['parent_id']);
    sessions.set(id, merge(sessions.get(id), row));
  }
  return [...sessions.values()]
    .filter((r) => r.startedAtMs >= sinceMs)
    .sort((a, b) => a.startedAtMs - b.startedAtMs);
}

/** A session's range rows folded together: the earliest start, the last end, any failure. */
function merge(old: CassandraRepair | undefined, row: cassandra.types.Row): CassandraRepair {
  const fresh: CassandraRepair = {
    coordinator: String(row['coordinator']),
    startedAtMs: (row['started_at'] as Date).getTime(),
    finishedAtMs: (row['finished_at'] as Date | null)?.getTime() ?? null,
    failed: String(row['status']) !== 'SUCCESS',
  };
  if (old === undefined) return fresh;
  const ends = [old.finishedAtMs, fresh.finishedAtMs];
  return {
    coordinator: fresh.coordinator,
    startedAtMs: Math.min(old.startedAtMs, fresh.startedAtMs),
    finishedAtMs: ends.includes(null) ? null : Math.max(...ends.map(Number)),
    failed: old.failed || fresh.failed,
  };
}

async function addresses(apiUrl: string): Promise<Map<string, string>> {
  const status = await readRingStatus(apiUrl, 2_000);
  return new Map(status.nodes.map((n) => [n.nodeId, n.address ?? '?']));
}

/** Gaps between one step's end and the next one's start, in ring order. */
function gaps(run: RunView): number[] {
  return run.steps.slice(1).map((s, i) => (s.startedAtMs ?? 0) - (run.steps[i]?.endedAtMs ?? 0));
}

void test('a schedule firing every minute repairs every node in ring order (Cassandra agrees)', async (t) => {
  ring = await startRing({
    ...scenarioRingOptions(process.env, { nodes: NODES, schedulers: 2 }),
    // The test setting: a fire every minute; runs before the keyspace exists repair nothing.
    env: { REPAIR_SCHEDULE: '* * * * *', REPAIR_NODE_TIMEOUT_MINUTES: '5', API_TOKEN: TOKEN },
  });
  const r = ring;
  await step(t, r, () => r.waitForRingUp(600_000));
  await step(t, r, async () => {
    cql = await connectCql({ contactPoints: r.addresses });
    await createKeyspace(cql, KEYSPACE, 3);
    for (let i = 0; i < 200; i++) await writeQuorum(cql, KEYSPACE, `k${i}`, `v${i}`);
  });
  const { scheduler: leader } = await r.schedulers.leader(10_000);
  const since = Date.now();
  const run = await step(t, r, () => finishedScheduledRun(leader, since, 240_000));
  assert.equal(run.status, 'succeeded', JSON.stringify(run));
  assert.deepEqual(
    run.steps.map((s) => s.nodeId),
    ['node-0', 'node-1', 'node-2'],
  );
  for (const [i, gap] of gaps(run).entries()) {
    assert.ok(gap >= 0, `node ${i + 1} started before node ${i} ended (${gap} ms)`);
  }
  const overheadMs = Math.max(...gaps(run));
  figure(t, 'node_to_next_node_overhead_max', overheadMs, 'ms');
  await step(t, r, async () => {
    assert.ok(cql);
    const byNode = await addresses(leader.apiUrl);
    const history = await cassandraRepairs(cql, run.steps[0]?.startedAtMs ?? since);
    const first3 = history.slice(0, 3);
    assert.deepEqual(
      first3.map((h) => h.coordinator.replace(/^\//, '')),
      run.steps.map((s) => byNode.get(s.nodeId)),
      `Cassandra's repair history in ring order: ${JSON.stringify(history)}`,
    );
    assert.ok(first3.every((h) => !h.failed && h.finishedAtMs !== null));
    for (let i = 1; i < 3; i++) {
      assert.ok((first3[i]?.startedAtMs ?? 0) >= (first3[i - 1]?.finishedAtMs ?? Infinity));
    }
  });
});

void test('kill -9 of the leader mid-run: the standby finishes the run, no node repaired twice', async (t) => {
  const r = started();
  assert.ok(cql);
  const client = cql;
  await step(t, r, async () => {
    const { scheduler: leader } = await r.schedulers.leader(10_000);
    const standby = r.schedulers.running.find((s) => s !== leader) ?? assert.fail('no standby');
    const done = new Set((await runs(leader.apiUrl)).map((x) => x.runId));
    // The next fire starts a new run; kill the leader once its first node is done.
    const midRun = await waitFor(
      async () => {
        const found = (await runs(leader.apiUrl)).find(
          (x) => !done.has(x.runId) && x.keyspaces.includes(KEYSPACE),
        );
        return found?.steps[0]?.status === 'succeeded' && found.status === 'running' ? found : null;
      },
      { timeoutMs: 120_000, intervalMs: 50, what: 'a new run with its first node repaired' },
    );
    const killedAt = Date.now();
    await leader.process.kill9();
    const finished = await waitFor(
      async () => {
        const found = (await runs(standby.apiUrl).catch(() => [])).find(
          (x) => x.runId === midRun.runId,
        );
        return found && found.status !== 'running' ? found : null;
      },
      { timeoutMs: 180_000, intervalMs: 200, what: `run ${midRun.runId} to end on the standby` },
    );
    assert.equal(finished.status, 'succeeded', JSON.stringify(finished));
    // The standby's first node start after the kill (ZooKeeper's session timeout included).
    const resumedAt = finished.steps.map((s) => s.startedAtMs ?? 0).find((at) => at > killedAt);
    if (resumedAt !== undefined) figure(t, 'kill_to_next_node_started', resumedAt - killedAt, 'ms');
    assert.deepEqual(
      finished.steps.map((s) => s.attempts),
      [1, 1, 1],
      'each node was asked once: nothing repeated after the failover',
    );
    const history = (await cassandraRepairs(client, midRun.steps[0]?.startedAtMs ?? 0)).filter(
      (h) => h.startedAtMs <= (finished.steps[2]?.endedAtMs ?? Date.now()),
    );
    const byNode = await addresses(standby.apiUrl);
    assert.deepEqual(
      history.map((h) => h.coordinator.replace(/^\//, '')),
      finished.steps.map((s) => byNode.get(s.nodeId)),
      `one repair per node in Cassandra's history: ${JSON.stringify(history)}`,
    );
  });
});

void test('a repair asked for while a node restarts waits for the restart, says why, then runs', async (t) => {
  const r = started();
  await step(t, r, async () => {
    assert.equal((await postLeader(r, '/v1/repair-schedule/pause', TOKEN)).status, 200);
    const { scheduler: leader, status } = await r.schedulers.leader(10_000);
    await waitFor(async () => (await runs(leader.apiUrl)).every((x) => x.status !== 'running'), {
      timeoutMs: 120_000,
      intervalMs: 200,
      what: 'no repair run going',
    });
    const oldTask = status.nodes.find((n) => n.nodeId === 'node-1')?.taskId ?? null;
    const restart = await postLeader(r, '/v1/nodes/node-1/restart', TOKEN, { reason: 'e2e' });
    assert.equal(restart.status, 202, JSON.stringify(restart.body));
    const asked = await postLeader(r, '/v1/repairs', TOKEN, {});
    assert.equal(asked.status, 201, JSON.stringify(asked.body));
    const runId = (asked.body as RunView).runId;
    const reasons = new Set<string>();
    await waitFor(
      async () => {
        // The run first, then the node: a step seen started means the restart had ended by then.
        const run = (await getJson(`${leader.apiUrl}/v1/repairs/${runId}`)) as RunView & {
          reason?: string;
        };
        const n1 = (await readRingStatus(leader.apiUrl)).nodes.find((n) => n.nodeId === 'node-1');
        const restarted = n1 !== undefined && n1.taskId !== oldTask && isNodeServing(n1);
        if (!restarted) {
          assert.ok(
            run.steps.every((x) => x.status === 'pending'),
            `a repair step started during the restart: ${JSON.stringify(run)}`,
          );
          reasons.add(run.reason ?? '');
        }
        return restarted;
      },
      { timeoutMs: 240_000, intervalMs: 200, what: 'node-1 serving again after its restart' },
    );
    assert.ok(
      [...reasons].some((x) => x.includes('restart')),
      `the run said why it waited: ${[...reasons].join(' | ')}`,
    );
    const finished = await waitFor(
      async () => {
        const run = (await getJson(`${leader.apiUrl}/v1/repairs/${runId}`)) as RunView;
        return run.status === 'running' ? null : run;
      },
      { timeoutMs: 180_000, intervalMs: 200, what: `run ${runId} to end` },
    );
    assert.equal(finished.status, 'succeeded', JSON.stringify(finished));
  });
});

async function finishedScheduledRun(
  leader: RingScheduler,
  sinceMs: number,
  timeoutMs: number,
): Promise<RunView> {
  return waitFor(
    async () => {
      // Runs are listed newest first; the oldest scheduled one that covers the keyspace.
      const found = (await runs(leader.apiUrl))
        .filter((x) => x.trigger.kind === 'schedule' && x.keyspaces.includes(KEYSPACE))
        .filter((x) => x.trigger.atMs >= sinceMs - 60_000)
        .at(-1);
      return found && found.status !== 'running' ? found : null;
    },
    { timeoutMs, intervalMs: 200, what: 'a scheduled repair run to end' },
  );
}
