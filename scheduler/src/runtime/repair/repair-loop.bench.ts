// The scheduler's part of the gap between one node's repair finishing and the next node's
// starting, with the repair state in a real ZooKeeper: apply the executor's report (written),
// give the queue back, decide, take the queue, write the next step as running, send. The ops
// state stays in memory and the MESSAGE transport is left out (the e2e scenario measures the
// whole path). Prints JSON lines on stdout.
import { startZooKeeper } from '@cmf/e2e';
import { PersistedRepairs } from '../../store/repair-store.js';
import { ZkPersister } from '../../store/zk-persister.js';
import { ZkSession } from '../../store/zk-session.js';
import { requestRun } from './repair-control.js';
import { repairHarness, State, upNode } from './testing/harness.js';

const NODES = 60;

function emit(metric: string, value: number, unit: string): void {
  const line = { bench: 'repair-loop', metric, value: Math.round(value * 100) / 100, unit };
  process.stdout.write(`${JSON.stringify(line)}\n`);
}

const percentile = (sorted: readonly number[], p: number): number =>
  sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? NaN;

async function main(): Promise<void> {
  const depsDir = process.env['DEPS_DIR'] ?? new URL('../../../../.deps', import.meta.url).pathname;
  const zk = await startZooKeeper({ depsDir });
  const session = await ZkSession.open({
    connect: zk.connectString,
    sessionTimeoutMs: 6000,
    digest: null,
  });
  try {
    const store = new PersistedRepairs(new ZkPersister(session, '/bench/repair'));
    const h = repairHarness({ store });
    for (let i = 3; i < NODES; i++) h.nodes.push(upNode(i));
    await h.loop.load();
    await requestRun(h.loop, null);
    const gaps: number[] = [];
    for (let i = 0; i < NODES; i++) {
      const id = h.repairs().at(-1)?.request.request_id ?? '';
      const start = performance.now();
      await h.report(id, State.SUCCEEDED, { steps_done: 2 });
      if (i < NODES - 1) gaps.push(performance.now() - start);
    }
    if (h.loop.run?.value.result !== 'succeeded') throw new Error('the run did not succeed');
    gaps.sort((a, b) => a - b);
    emit('report_to_next_node_sent_p50', percentile(gaps, 0.5), 'ms');
    emit('report_to_next_node_sent_p99', percentile(gaps, 0.99), 'ms');
    emit('report_to_next_node_sent_max', gaps.at(-1) ?? NaN, 'ms');
  } finally {
    session.close();
    await zk.stop();
  }
}

await main();
