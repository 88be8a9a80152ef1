// Figures for a whole ring on this machine (JSON lines on stdout, part of `make bench`):
//  - ring-up time of a 3-node ring (the scheduler's spawn until it reports every node Up and
//    NORMAL, and until every node's nodetool shows all UN), divided by the sum of the same three
//    nodes' start times when started by hand one after the other with startCassandraNode (same
//    addresses, heap and start-up shortcuts);
//  - failover: kill -9 of the leading scheduler until the standby leads with reconciliation done;
//  - the scheduler's RSS at idle beside the 3-node ring (leader and standby).
// E2E_SUBNET (default 127.0.2) picks the agents' addresses; DEPS_DIR the runtimes.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startCassandraNode, type TestCassandraNode } from '../runtime/cassandra-node.js';
import { defaultDepsDir } from '../runtime/deps.js';
import { waitFor } from '../runtime/wait-for.js';
import { startRing, type Ring } from './ring.js';
import { figureLine, scenarioRingOptions } from './scenario.js';
import type { RingScheduler } from './schedulers.js';
import { readRingStatus } from './status.js';

const NODES = 3;
/** Balanced Murmur3 tokens for three single-token nodes started by hand. */
const TOKENS = ['-9223372036854775808', '-3074457345618258603', '3074457345618258602'];

function emit(metric: string, value: number, unit: string): void {
  const line = figureLine({ bench: 'ring', metric, value: Math.round(value * 1000) / 1000, unit });
  process.stdout.write(`${line}\n`);
}

/** Three nodes, one after the other, each seeded by those before it (as the scheduler does). */
async function handStartSumMs(depsDir: string, subnet: string): Promise<number> {
  const workRoot = await mkdtemp(join(tmpdir(), 'ring-bench-'));
  const nodes: TestCassandraNode[] = [];
  try {
    const addresses = Array.from({ length: NODES }, (_, i) => `${subnet}.${i + 1}`);
    for (const [i, address] of addresses.entries()) {
      const node = await startCassandraNode({
        depsDir,
        address,
        workDir: join(workRoot, `node-${i}`),
        clusterName: 'ring-bench',
        seeds: addresses.slice(0, i + 1),
        heapMb: 512,
        initialToken: TOKENS[i] ?? '0',
      });
      nodes.push(node);
      emit(`hand_start_node_${i}`, node.startupMs, 'ms');
    }
    return nodes.reduce((sum, n) => sum + n.startupMs, 0);
  } finally {
    for (const node of nodes.reverse()) await node.stop();
    await rm(workRoot, { recursive: true, force: true });
  }
}

async function idleRssMb(scheduler: RingScheduler, samples: number): Promise<number> {
  let max = 0;
  for (let i = 0; i < samples; i++) {
    max = Math.max(max, (await scheduler.process.rssKb()) / 1024);
    // A sampling period, not a wait for a condition: idle means nothing to wait for.
    await new Promise((resolve) => setTimeout(resolve, 1_000));
  }
  return max;
}

async function failoverMs(ring: Ring): Promise<number> {
  const { scheduler: leader } = await ring.schedulers.leader(10_000);
  const standby = ring.schedulers.running.find((s) => s !== leader);
  if (standby === undefined) throw new Error('no standby');
  const killedAt = performance.now();
  await leader.process.kill9();
  await waitFor(
    async () => {
      const status = await readRingStatus(standby.apiUrl, 1_000);
      return status.isLeader && status.reconciliation === 'settled';
    },
    { timeoutMs: 60_000, intervalMs: 20, what: 'the standby to lead with reconciliation done' },
  );
  return performance.now() - killedAt;
}

async function ringFigures(handSumMs: number): Promise<void> {
  const ring = await startRing(scenarioRingOptions(process.env, { nodes: NODES, schedulers: 2 }));
  try {
    const up = await ring.waitForRingUp(600_000);
    emit('ring_up_reported', up.reportedMs, 'ms');
    emit('ring_up_all_un', up.allUnMs, 'ms');
    emit('ring_up_over_hand_start_sum', up.reportedMs / handSumMs, 'ratio');
    emit('ring_up_all_un_over_hand_start_sum', up.allUnMs / handSumMs, 'ratio');
    const { scheduler: leader } = await ring.schedulers.leader(10_000);
    const standby = ring.schedulers.running.find((s) => s !== leader);
    emit('scheduler_leader_rss_idle', await idleRssMb(leader, 10), 'MiB');
    if (standby) emit('scheduler_standby_rss_idle', await idleRssMb(standby, 3), 'MiB');
    emit('failover_kill_to_reconciled', await failoverMs(ring), 'ms');
  } catch (error) {
    process.stderr.write(`${String(error)}\n${await ring.explain(40)}\n`);
    throw error;
  } finally {
    await ring.stop();
  }
}

const depsDir = process.env['DEPS_DIR'] ?? defaultDepsDir();
const handSumMs = await handStartSumMs(depsDir, process.env['E2E_SUBNET'] ?? '127.0.2');
emit('hand_start_sum', handSumMs, 'ms');
await ringFigures(handSumMs);
