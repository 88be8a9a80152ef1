// Scenario: self-healing on one ring of 3 nodes with a spare agent (4 agents), replaceAfter 5 s.
// kill -9 of a Cassandra JVM, then of an executor: the node comes back in place (same agent, same
// address, same data); both are timed against a bare restart of the same node by hand, with no
// scheduler running. An agent killed for good: the node is replaced on the spare agent, the
// leader being killed -9 once the replacement bootstraps and a new one finishing the replace
// (same replacement task, no second one); the old address leaves the ring, every node is UN, the
// scheduler repairs the replacement once (full, all its ranges: it streamed each range from one
// replica), and no row written at QUORUM is lost.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, test } from 'node:test';
import type cassandra from 'cassandra-driver';
import { EXECUTOR_MAIN, readDistribution } from '@cmf/executor';
import {
  readJvmLaunch,
  startByHand,
  waitNodeServes,
  type ServesOptions,
} from '../ring/bare-restart.js';
import { connectCql, createKeyspace } from '../ring/cql.js';
import type { NodetoolTarget } from '../ring/nodetool-view.js';
import { cassandraProcesses, isCassandra, processesWithin } from '../ring/processes.js';
import { startRing, type Ring } from '../ring/ring.js';
import { figures, scenarioRingOptions, step } from '../ring/scenario.js';
import { cassandraHome } from '../runtime/deps.js';
import { waitFor } from '../runtime/wait-for.js';
import { getJson } from '../ring/status.js';
import {
  agentDir,
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
const ringOptions = scenarioRingOptions(process.env, { nodes: NODES, schedulers: 1 });
let ring: Ring | undefined;
let cql: cassandra.Client | undefined;
let nodetool: NodetoolTarget | undefined;
/** Kill -9 -> CQL answers and UN, by what was killed; divided by the bare restart's figure. */
const kill9ToServes: Partial<Record<'cassandra' | 'executor', number>> = {};

after(async () => {
  await cql?.shutdown();
  await ring?.stop();
});

function started(): { r: Ring; client: cassandra.Client; target: NodetoolTarget } {
  assert.ok(ring && cql && nodetool, 'the ring did not start (see the first failure)');
  return { r: ring, client: cql, target: nodetool };
}

const ratio = (a: number, b: number): number => Number((a / b).toFixed(2));

/** The one Cassandra JVM on the agent at `address`. */
async function cassandraPid(r: Ring, address: string): Promise<number> {
  const found = await cassandraProcesses(agentDir(r, address));
  assert.equal(found.length, 1, `one Cassandra on ${address}: ${JSON.stringify(found)}`);
  return found[0]?.pid ?? -1;
}

void test('a 3-node ring with a spare agent, rows written at QUORUM', async (t) => {
  ring = await startRing({
    ...ringOptions,
    agents: NODES + 1,
    env: { REPLACE_AFTER_SECONDS: String(REPLACE_AFTER_S) },
    // A lost agent is unreachable after 3 missed pings a second apart (Mesos: 5 x 15 s).
    timings: { agentPingIntervalMs: 1_000, maxAgentPingTimeouts: 3 },
  });
  const r = ring;
  await step(t, r, () => r.waitForRingUp(600_000));
  await step(t, r, async () => {
    nodetool = {
      distribution: await readDistribution(cassandraHome(ringOptions.depsDir)),
      jmxPort: 7199,
    };
    cql = await connectCql({ contactPoints: r.addresses });
    await createKeyspace(cql, KS, 3);
    await writeRows(cql, KS, 'before', ROWS);
  });
});

for (const what of ['cassandra', 'executor'] as const) {
  void test(`kill -9 of a node's ${what}: UN again in place, every row readable`, async (t) => {
    const { r, client, target } = started();
    const address = r.addresses[1] ?? '';
    await step(t, r, async () => {
      const before = await nodeAt(r, address);
      const probe: ServesOptions = {
        nodetool: target,
        timeoutMs: 180_000,
        deadPid: await cassandraPid(r, address),
      };
      const killedAt = performance.now();
      await kill9(r, address, what);
      const [back, servesAt] = await Promise.all([
        waitServingAgain(r, before.nodeId, before.taskId, 180_000),
        waitNodeServes(address, probe),
      ]);
      await r.waitForRingUp(180_000);
      const unAt = performance.now();
      assert.equal(back.node.address, address, 'back on the same agent and address');
      const own = back.servingAt - back.relaunchedAt;
      figure(t, `${what}_kill9_to_all_un`, Math.round(unAt - killedAt), 'ms');
      figure(t, `${what}_kill9_to_serving`, Math.round(back.servingAt - killedAt), 'ms');
      figure(t, `${what}_relaunch_to_serving`, Math.round(own), 'ms');
      figure(
        t,
        `${what}_kill9_to_serving_over_relaunch_to_serving`,
        ratio(back.servingAt - killedAt, own),
        'ratio',
      );
      // Timed with the bare restart's own probe (CQL answers on the node, its nodetool says UN).
      figure(t, `${what}_kill9_to_cql_and_un`, Math.round(servesAt - killedAt), 'ms');
      kill9ToServes[what] = servesAt - killedAt;
      await assertRows(client, KS, 'before', ROWS);
    });
  });
}

// The yardstick for restart in place: the same node, same data, same command line, working
// directory and environment, started by hand with no scheduler, executor or agent involved. It
// comes after the kills: its own kill -9 is that node's third failure within the crash-loop window,
// so the framework's relaunch that follows is held back (30 s), which is what the policy says.
void test('a bare restart by hand (no scheduler running): the yardstick; then the framework relaunches the node in place', async (t) => {
  const { r, client, target } = started();
  const address = r.addresses[1] ?? '';
  const dir = agentDir(r, address);
  await step(t, r, async () => {
    const before = await nodeAt(r, address);
    const pid = await cassandraPid(r, address);
    const launch = await readJvmLaunch(pid);
    const stopped = r.schedulers.running;
    for (const s of stopped) await s.process.stop(10_000);
    process.kill(pid, 'SIGKILL');
    await waitFor(
      async () =>
        !(await processesWithin(dir)).some((p) => isCassandra(p) || p.argv.includes(EXECUTOR_MAIN)),
      { timeoutMs: 60_000, intervalMs: 100, what: `the executor and Cassandra on ${address} gone` },
    );
    const hand = await startByHand(launch, join(r.workDir, 'bare-restart.log'));
    const servingAt = await waitNodeServes(address, { nodetool: target, timeoutMs: 180_000 });
    const bareMs = servingAt - hand.spawnedAt;
    figure(t, 'bare_restart_to_serving', Math.round(bareMs), 'ms');
    for (const [what, ms] of Object.entries(kill9ToServes)) {
      figure(t, `${what}_kill9_to_serving_over_bare_restart`, ratio(ms, bareMs), 'ratio');
    }
    const exit = await hand.stop(60_000);
    t.diagnostic(`the hand-started Cassandra stopped: ${JSON.stringify(exit)}`);
    for (const s of stopped) await r.schedulers.restart(s.index);
    const back = await waitServingAgain(r, before.nodeId, before.taskId, 180_000);
    assert.equal(back.node.address, address, 'relaunched on the same agent and address');
    await r.waitForRingUp(180_000);
    await assertRows(client, KS, 'before', ROWS);
  });
});

interface QueueLine {
  readonly kind: string;
  readonly nodeId: string;
  readonly state: string;
}

async function replaceLines(r: Ring, nodeId: string): Promise<QueueLine[]> {
  const leader = await r.leader(10_000);
  const plan = (await getJson(`${leader.apiUrl}/v1/plan`)) as { queue: QueueLine[] };
  return plan.queue.filter((l) => l.kind === 'replace' && l.nodeId === nodeId);
}

/** Once every replace item of `nodeId` has ended: the items, and when that was first seen. */
async function waitReplaceEnded(
  r: Ring,
  nodeId: string,
  signal: AbortSignal,
): Promise<{ lines: QueueLine[]; at: number }> {
  return waitFor(
    async () => {
      const lines = await replaceLines(r, nodeId);
      // No line at all is no answer yet: a new leader has no report before its first pass.
      const ended =
        lines.length > 0 && lines.every((l) => l.state !== 'queued' && l.state !== 'running');
      return ended ? { lines, at: performance.now() } : null;
    },
    { timeoutMs: 420_000, intervalMs: 250, what: 'the replace item to end', signal },
  );
}

interface RepairStepView {
  readonly nodeId: string;
  readonly status: string;
  readonly startedAtMs: number | null;
  readonly endedAtMs: number | null;
}
interface RepairRunView {
  readonly runId: string;
  readonly status: string;
  readonly createdAtMs: number;
  readonly type: string;
  readonly primaryRange: boolean;
  readonly keyspaces: readonly string[];
  readonly trigger: {
    readonly kind: string;
    readonly reason?: string;
    readonly replace?: { readonly nodeId: string; readonly replacedAddress: string | null };
  };
  readonly steps: readonly RepairStepView[];
}

/** The leader's repair runs started after a replace. */
async function afterReplaceRuns(r: Ring): Promise<RepairRunView[]> {
  const leader = await r.leader(10_000);
  const { runs } = (await getJson(`${leader.apiUrl}/v1/repairs`, 2_000)) as {
    runs: RepairRunView[];
  };
  return runs.filter((run) => run.trigger.kind === 'afterReplace');
}

/** The run repairing the replacement once it has ended (succeeded or not: the caller asserts). */
async function waitAfterReplaceRepair(r: Ring, signal: AbortSignal): Promise<RepairRunView> {
  return waitFor(
    async () => {
      const runs = await afterReplaceRuns(r);
      const ended = runs.filter((run) => ['succeeded', 'failed', 'aborted'].includes(run.status));
      if (ended.length === 0) throw new Error(`not ended yet: ${JSON.stringify(runs)}`);
      return ended[0];
    },
    { timeoutMs: 180_000, intervalMs: 250, what: 'the repair of the replacement to end', signal },
  );
}

/**
 * Cassandra's own record of the repairs `coordinator` ran on the keyspace since `sinceMs`: one
 * entry per parent session (system_distributed.repair_history has a row per range), all its rows
 * SUCCESS or not.
 */
async function repairSessions(
  client: cassandra.Client,
  keyspace: string,
  coordinator: string,
  sinceMs: number,
): Promise<{ parentId: string; succeeded: boolean }[]> {
  const result = await client.execute(
    'SELECT parent_id, coordinator, started_at, status FROM system_distributed.repair_history ' +
      'WHERE keyspace_name = ? ALLOW FILTERING',
    [keyspace],
  );
  const sessions = new Map<string, boolean>();
  for (const row of result.rows) {
    if (String(row['coordinator']).replace(/^\//, '') !== coordinator) continue;
    if ((row['started_at'] as Date).getTime() < sinceMs) continue;
    const id = String(row['parent_id']);
    sessions.set(id, (sessions.get(id) ?? true) && String(row['status']) === 'SUCCESS');
  }
  return [...sessions].map(([parentId, succeeded]) => ({ parentId, succeeded }));
}

interface UnderWay {
  readonly taskId: string;
  /** When the (first) leader showed the node on its replacement task. */
  readonly launchedAt: number;
  readonly phase: string;
}

interface Replaced {
  readonly nodeId: string;
  readonly taskId: string | null;
  readonly address: string;
}

/** The node's task once the leader shows it on a new task on the spare; throws before. */
async function replacementOf(r: Ring, node: Replaced, spare: string) {
  const n = (await leaderStatus(r)).nodes.find((x) => x.nodeId === node.nodeId);
  if (!n?.taskId || n.taskId === node.taskId || n.address !== spare) {
    throw new Error(`not on the spare yet: ${JSON.stringify(n)}`);
  }
  return { taskId: n.taskId, phase: n.phase };
}

/** The replace item runs, and the replacement's JVM bootstraps on the spare with replace_address. */
async function waitReplaceUnderWay(r: Ring, node: Replaced, spare: string): Promise<UnderWay> {
  const seen: { launchedAt?: number } = {};
  const flag = `-Dcassandra.replace_address_first_boot=${node.address}`;
  return waitFor(
    async () => {
      const task = await replacementOf(r, node, spare);
      seen.launchedAt ??= performance.now();
      const lines = await replaceLines(r, node.nodeId);
      const jvms = await cassandraProcesses(agentDir(r, spare));
      const replacing = jvms.length === 1 && jvms[0]?.argv.includes(flag) === true;
      const running = lines.length === 1 && lines[0]?.state === 'running';
      if (!replacing || !running) throw new Error(JSON.stringify({ lines, jvms, task }));
      return { ...task, launchedAt: seen.launchedAt };
    },
    { timeoutMs: 120_000, intervalMs: 50, what: 'the replacement bootstrapping on the spare' },
  );
}

void test('an agent lost for good, the leader killed -9 mid-replace: the new leader finishes it (same replacement task, no second one), old address gone, all UN, no row lost', async (t) => {
  const { r, client, target } = started();
  const lost = r.addresses[2] ?? '';
  const spare = r.cluster.agents[NODES]?.spec.ip ?? '';
  // Polls that run alongside others end with the step, whichever way it ends.
  const polls = new AbortController();
  t.after(() => {
    polls.abort();
  });
  await step(t, r, async () => {
    const before = await nodeAt(r, lost);
    const tasksBefore = new Set((await r.masterTasks()).map((task) => task.id));
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
    const underWay = await waitReplaceUnderWay(r, { ...before, address: lost }, spare);
    t.diagnostic(`failover with the replacement ${underWay.taskId} in phase ${underWay.phase}`);
    const serves = waitNodeServes(spare, {
      nodetool: target,
      timeoutMs: 300_000,
      signal: polls.signal,
    });
    serves.catch(() => undefined); // awaited below; only a failure before that leaves it alone
    const { scheduler } = await r.schedulers.leader(10_000);
    await scheduler.process.kill9();
    const failedOverAt = performance.now();
    const next = await r.schedulers.start();
    const ended = waitReplaceEnded(r, before.nodeId, polls.signal);
    ended.catch(() => undefined); // as `serves`
    const [servesAt, back] = await Promise.all([
      serves,
      waitServingAgain(r, before.nodeId, before.taskId, 300_000),
    ]);
    const leader = await r.leader(10_000);
    assert.equal(leader.apiUrl, next.apiUrl, 'the new scheduler leads');
    assert.equal(back.node.address, spare, 'the replacement runs on the spare agent');
    assert.equal(back.node.taskId, underWay.taskId, 'the same replacement task: not relaunched');
    const up = await r.waitForRingUp(300_000);
    const unAt = performance.now();
    assert.deepEqual(
      up.nodes.map((n) => n.address).sort(),
      [r.addresses[0], r.addresses[1], spare].sort(),
      'nodetool shows the old address gone (checked by waitForRingUp: no unexpected node)',
    );
    // The replaced node was a seed: every node confirmed the new seed list (UpdateSeeds, reloaded
    // by Cassandra without a restart) before the replace item ended.
    const { lines, at: doneAt } = await ended;
    assert.deepEqual(
      lines.map((l) => l.state),
      ['succeeded'],
      `one replace item, succeeded: ${JSON.stringify(lines)}`,
    );
    // The replacement streamed each range from one replica: a row that reached only the lost node
    // and the other replica is not on it until the scheduler has repaired it. Read after that.
    const repair = await waitAfterReplaceRepair(r, polls.signal);
    const repairedAt = performance.now();
    assert.equal(
      repair.status,
      'succeeded',
      `the repair of the replacement: ${JSON.stringify(repair)}`,
    );
    assert.deepEqual(
      repair.steps.map((s) => [s.nodeId, s.status]),
      [[before.nodeId, 'succeeded']],
      'exactly the replacement repaired',
    );
    const { replace } = repair.trigger;
    assert.ok(replace, `the run names the replace: ${JSON.stringify(repair.trigger)}`);
    assert.equal(replace.nodeId, before.nodeId);
    assert.equal(replace.replacedAddress, lost, 'it names the address it replaced');
    assert.match(
      repair.trigger.reason ?? '',
      new RegExp(`${before.nodeId} after it replaced ${lost}`),
    );
    assert.equal(repair.type, 'full');
    assert.equal(repair.primaryRange, false, "all the node's ranges, not -pr");
    assert.ok(repair.keyspaces.includes(KS), `${KS} repaired: ${JSON.stringify(repair.keyspaces)}`);
    const sessions = await repairSessions(client, KS, spare, repair.createdAtMs - 1_000);
    assert.equal(
      sessions.length,
      1,
      `one repair of ${KS} coordinated by ${spare}: ${JSON.stringify(sessions)}`,
    );
    assert.ok(
      sessions[0]?.succeeded,
      `Cassandra recorded it successful: ${JSON.stringify(sessions)}`,
    );
    const launched = (await r.masterTasks()).filter((task) => !tasksBefore.has(task.id));
    assert.deepEqual(
      launched.map((task) => task.id),
      [underWay.taskId],
      `one task launched since the agent was lost, the replacement: ${JSON.stringify(launched)}`,
    );
    const pids = await r.cassandraPids();
    for (const index of [0, 1, NODES]) {
      assert.equal(
        pids.get(index)?.length,
        1,
        `one Cassandra on agent ${index}: ${JSON.stringify([...pids])}`,
      );
    }
    await assertRows(client, KS, 'before', ROWS);
    const runs = await afterReplaceRuns(r);
    assert.deepEqual(
      runs.map((run) => run.runId),
      [repair.runId],
      `one repair after the replace, through the failover: ${JSON.stringify(runs)}`,
    );

    // Cassandra's side of the replace goes on while the scheduler fails over, so the overhead
    // figures end when the replacement itself serves (the probe), as before the failover was added.
    const own = servesAt - underWay.launchedAt;
    const replaced = servesAt - unreachableAt - REPLACE_AFTER_S * 1000;
    figure(t, 'agent_lost_to_unreachable', Math.round(unreachableAt - killedAt), 'ms');
    figure(t, 'replacement_own_start_to_serving', Math.round(own), 'ms');
    figure(t, 'unreachable_to_serving_minus_replace_after', Math.round(replaced), 'ms');
    figure(t, 'that_over_own_start', ratio(replaced, own), 'ratio');
    // With the failover: what the new leader reports, and when the whole replace was done.
    figure(t, 'launch_to_leader_killed', Math.round(failedOverAt - underWay.launchedAt), 'ms');
    figure(
      t,
      'with_failover_leader_killed_to_reported_serving',
      Math.round(back.servingAt - failedOverAt),
      'ms',
    );
    const reported = back.servingAt - unreachableAt - REPLACE_AFTER_S * 1000;
    figure(
      t,
      'with_failover_unreachable_to_reported_serving_minus_replace_after',
      Math.round(reported),
      'ms',
    );
    figure(t, 'with_failover_agent_lost_to_all_un', Math.round(unAt - killedAt), 'ms');
    figure(t, 'with_failover_agent_lost_to_replace_succeeded', Math.round(doneAt - killedAt), 'ms');
    const [repaired] = repair.steps;
    figure(
      t,
      'after_replace_repair_step',
      (repaired?.endedAtMs ?? NaN) - (repaired?.startedAtMs ?? NaN),
      'ms',
    );
    figure(t, 'replace_succeeded_to_repair_succeeded', Math.round(repairedAt - doneAt), 'ms');
  });
});
