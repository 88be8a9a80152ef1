// What the healing and change scenarios share: killing one node's processes on its agent, waiting
// until the leader reports a node serving again on a new task, QUORUM rows written and read
// back, and the leader's API (operator requests). Times come from performance.now().
import assert from 'node:assert/strict';
import { EXECUTOR_MAIN } from '@cmf/executor';
import type cassandra from 'cassandra-driver';
import { waitFor } from '../runtime/wait-for.js';
import { readQuorum, writeQuorum } from '../ring/cql.js';
import { cassandraProcesses, isCassandra, processesWithin } from '../ring/processes.js';
import type { Ring } from '../ring/ring.js';
import { isNodeServing, readRingStatus, type NodeProgress } from '../ring/status.js';

export async function nodeAt(ring: Ring, address: string): Promise<NodeProgress> {
  const { status } = await ring.schedulers.leader(10_000);
  const node = status.nodes.find((n) => n.address === address);
  assert.ok(node, `no node on ${address}: ${JSON.stringify(status.nodes)}`);
  return node;
}

export function agentDir(ring: Ring, address: string): string {
  const agent = ring.cluster.agents.find((a) => a.spec.ip === address);
  assert.ok(agent, `no agent on ${address}`);
  return agent.workDir;
}

/** SIGKILL to the one Cassandra JVM (or executor) running on the agent at `address`. */
export async function kill9(ring: Ring, address: string, what: 'cassandra' | 'executor') {
  const dir = agentDir(ring, address);
  const all = await processesWithin(dir);
  const victims =
    what === 'cassandra'
      ? await cassandraProcesses(dir)
      : all.filter((p) => !isCassandra(p) && p.argv.includes(EXECUTOR_MAIN));
  assert.equal(victims.length, 1, `one ${what} on ${address}: ${JSON.stringify(victims)}`);
  process.kill(victims[0]?.pid ?? -1, 'SIGKILL');
}

export interface Back {
  readonly node: NodeProgress;
  /** When the leader first showed the node on a task other than `oldTaskId`. */
  readonly relaunchedAt: number;
  /** When the leader reported it serving (Up, NORMAL) on that task. */
  readonly servingAt: number;
}

/** Until the leader reports `nodeId` serving on a task other than `oldTaskId`. */
export async function waitServingAgain(
  ring: Ring,
  nodeId: string,
  oldTaskId: string | null,
  timeoutMs: number,
): Promise<Back> {
  const seen: { relaunchedAt: number | null } = { relaunchedAt: null };
  const node = await waitFor(
    async () => {
      const { status } = await ring.schedulers.leader(10_000);
      const n = status.nodes.find((x) => x.nodeId === nodeId);
      if (n && n.taskId !== null && n.taskId !== oldTaskId) seen.relaunchedAt ??= performance.now();
      if (n && seen.relaunchedAt !== null && isNodeServing(n)) return n;
      throw new Error(`${nodeId}: ${JSON.stringify(n)}`);
    },
    { timeoutMs, intervalMs: 100, what: `${nodeId} serving again on a new task` },
  );
  const servingAt = performance.now();
  return { node, relaunchedAt: seen.relaunchedAt ?? servingAt, servingAt };
}

export async function writeRows(cql: cassandra.Client, ks: string, prefix: string, n: number) {
  for (let i = 0; i < n; i++) await writeQuorum(cql, ks, `${prefix}-${i}`, `${prefix}:${i}`);
}

/** Every row written by writeRows is read back at QUORUM with its value. */
export async function assertRows(cql: cassandra.Client, ks: string, prefix: string, n: number) {
  const missing: string[] = [];
  for (let i = 0; i < n; i++) {
    if ((await readQuorum(cql, ks, `${prefix}-${i}`)) !== `${prefix}:${i}`) missing.push(`${i}`);
  }
  assert.deepEqual(missing, [], `rows ${prefix}-* missing or wrong at QUORUM`);
}

/** POST to the leader's API with the ring's token. */
export async function postLeader(ring: Ring, path: string, token: string, body: unknown = {}) {
  const leader = await ring.leader(10_000);
  const response = await fetch(`${leader.apiUrl}${path}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  const answer: unknown = await response.json();
  return { status: response.status, body: answer };
}

/** The leader's /v1/status, as parsed by the harness. */
export async function leaderStatus(ring: Ring) {
  return readRingStatus((await ring.leader(10_000)).apiUrl, 2_000);
}
