// Figures for the executor beside a real Cassandra node (JSON lines on stdout):
//  - the executor process's own RSS and CPU while it supervises a healthy node at the default
//    probe interval (10 s), over EXECUTOR_BENCH_SECONDS (default 60 s, shorter than "a few
//    minutes" to keep `make bench` quick; set 300 for the full run);
//  - one health probe (the Jolokia bulk read) p50/p99, against one nodetool invocation;
//  - from Cassandra's "Starting listening for CQL clients" line to the healthy update leaving
//    the executor (TaskStatus.timestamp, set when the update is built).
import { mesos } from '@cmf/proto/executor';
import { readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import {
  buildNodetoolCommand,
  JolokiaClient,
  readDistribution,
  runNodetool,
} from './cassandra/index.js';
import { HEALTH_READS } from './domain/health.js';
import { FakeAgent } from './testing/fake-agent.js';
import {
  CASSANDRA_DIST,
  depsDir,
  ExecutorProcess,
  makeSandbox,
} from './testing/executor-process.js';
import { nodeConfigBytes } from './testing/node-config.js';
import { waitFor } from './testing/wait-for.js';

const ADDRESS = '127.0.4.7';
const SECONDS = Number(process.env['EXECUTOR_BENCH_SECONDS'] ?? '60');
const PROBES = 200;
const CLOCK_TICKS_PER_SECOND = 100;

function emit(
  metric: string,
  value: number,
  unit: string,
  extra: Record<string, unknown> = {},
): void {
  const line = { bench: 'executor', metric, value: Math.round(value * 100) / 100, unit, ...extra };
  process.stdout.write(`${JSON.stringify(line)}\n`);
}

function cpuTicks(pid: number): number {
  // Fields after the command name: state is field 3; utime and stime are fields 14 and 15.
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return Number(fields[11]) + Number(fields[12]);
}

/** VmRSS, or RssAnon: the process's own memory, without the node binary's shared file pages. */
function rssMb(pid: number, field: 'VmRSS' | 'RssAnon'): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = new RegExp(`^${field}:\\s+(\\d+) kB$`, 'm').exec(status)?.[1];
  return Number(kb) / 1024;
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

/** Logback's local-time stamp, e.g. 2026-11-21 07:33:49,705. */
function logLineTimeMs(path: string, marker: string): number {
  const line =
    readFileSync(path, 'utf8')
      .split('\n')
      .find((l) => l.includes(marker)) ?? '';
  const stamp = /(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}:\d{2}),(\d{3})/.exec(line);
  if (!stamp) throw new Error(`no "${marker}" line in ${path}`);
  return new Date(`${stamp[1] ?? ''}T${stamp[2] ?? ''}.${stamp[3] ?? ''}`).getTime();
}

async function footprint(pid: number): Promise<void> {
  const startTicks = cpuTicks(pid);
  const started = performance.now();
  let maxRss = rssMb(pid, 'VmRSS');
  let maxAnon = rssMb(pid, 'RssAnon');
  while (performance.now() - started < SECONDS * 1000) {
    await sleep(1_000);
    maxRss = Math.max(maxRss, rssMb(pid, 'VmRSS'));
    maxAnon = Math.max(maxAnon, rssMb(pid, 'RssAnon'));
  }
  const cpuSeconds = (cpuTicks(pid) - startTicks) / CLOCK_TICKS_PER_SECOND;
  const wallSeconds = (performance.now() - started) / 1000;
  emit('executor_rss_max', maxRss, 'MB', { seconds: SECONDS, intervalMs: 10_000 });
  emit('executor_rss_anon_max', maxAnon, 'MB', { seconds: SECONDS, intervalMs: 10_000 });
  emit('executor_cpu', (cpuSeconds / wallSeconds) * 100, '% of one core', {
    seconds: SECONDS,
    intervalMs: 10_000,
  });
}

async function probeLatency(): Promise<void> {
  const jolokia = new JolokiaClient({ host: ADDRESS, port: 8778, timeoutMs: 5_000 });
  const times: number[] = [];
  for (let i = 0; i < PROBES; i++) {
    const t0 = performance.now();
    await jolokia.bulk(HEALTH_READS);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const p50 = percentile(times, 50);
  emit('probe_jolokia_p50', p50, 'ms', { probes: PROBES });
  emit('probe_jolokia_p99', percentile(times, 99), 'ms', { probes: PROBES });
  const distribution = await readDistribution(`${depsDir()}/${CASSANDRA_DIST}`);
  const call = buildNodetoolCommand({ distribution, host: ADDRESS, jmxPort: 7199, args: ['info'] });
  const nodetool = await runNodetool(call, 60_000);
  emit('probe_nodetool_info', nodetool.durationMs, 'ms', { exitCode: nodetool.exitCode });
  emit('nodetool_to_jolokia_p50_ratio', nodetool.durationMs / p50, 'x');
}

async function main(): Promise<void> {
  const ids = { frameworkId: 'fw-bench', executorId: 'exec-bench' };
  const agent = new FakeAgent(ids);
  await agent.start();
  const sandbox = makeSandbox();
  const executor = new ExecutorProcess(sandbox, { ...ids, agent: agent.endpoint });
  try {
    await waitFor(() => agent.isStreaming, {
      timeoutMs: 15_000,
      what: 'the executor to subscribe',
    });
    agent.launch({
      name: 'bench',
      task_id: { value: 'bench' },
      agent_id: { value: 'agent-1' },
      data: nodeConfigBytes({ listen_address: ADDRESS, seeds: [ADDRESS] }),
    });
    const healthy = await agent.waitForUpdate('healthy', (s) => s.healthy === true, 180_000);
    const cqlAtMs = logLineTimeMs(sandbox.cassandraStdout, 'Starting listening for CQL clients');
    emit('cql_listening_to_healthy_update', (healthy.timestamp ?? NaN) * 1000 - cqlAtMs, 'ms', {
      probeIntervalMs: 10_000,
    });
    const pid = executor.child.pid ?? 0;
    await footprint(pid);
    const sent = agent.updates.filter(
      (u) => u.status.state === mesos.v1.TaskState.TASK_RUNNING,
    ).length;
    emit('running_updates_sent', sent, 'updates', { seconds: SECONDS });
    await probeLatency();
    agent.kill('bench', 20_000);
    await executor.exited;
  } finally {
    executor.kill();
    await agent.close();
    sandbox.remove();
  }
}

await main();
