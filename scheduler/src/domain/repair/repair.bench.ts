// The pure part of the gap between one node's repair finishing and the next node's starting:
// record the report, decide, record the start (ZooKeeper writes and the executor round trip come on
// top, measured end to end elsewhere). Also how long a next-fire-time search takes, typical and
// worst case (every minute, across a daylight-saving day). Prints JSON lines on stdout.
import { epochMs, type EpochMs } from '../time.js';
import { parseCron } from './cron.js';
import { nextRepairDecision, type RepairSituation } from './decide.js';
import { applyRepairEvent } from './events.js';
import { nextFireAfter, type CronSchedule } from './next-fire.js';
import { planRepairRun, type RepairRun } from './run.js';

const NODES = 100;
const ROUNDS = 5;

function emit(
  metric: string,
  value: number,
  unit: string,
  extra: Record<string, unknown> = {},
): void {
  const line = { bench: 'repair', metric, value: Math.round(value * 1000) / 1000, unit, ...extra };
  process.stdout.write(`${JSON.stringify(line)}\n`);
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? NaN;
}

const nodeIds = Array.from({ length: NODES }, (_, i) => `node-${i}`);
const situation = (run: RepairRun): RepairSituation => ({
  config: {
    zone: 'Europe/Berlin',
    window: { startMinute: 0, endMinute: 1440 },
    nodeTimeoutMs: 4 * 3_600_000,
    retry: { maxAttempts: 3, backoffMs: 300_000, maxBackoffMs: 3_600_000 },
  },
  run,
  trigger: null,
  ring: nodeIds.map((nodeId) => ({ nodeId, isUp: true })),
  queue: null,
  leaderTerm: 'bench',
  repairsDue: [],
});

/** The executor's success report for the running step, if any. */
function reportSuccess(run: RepairRun, now: EpochMs): RepairRun {
  const running = run.steps.find((s) => s.status === 'running');
  if (running === undefined) return run;
  const results = run.keyspaces.map((keyspace) => ({
    keyspace,
    status: 'succeeded' as const,
    startedAtMs: now,
    endedAtMs: now,
    error: null,
  }));
  const nodeId = running.nodeId;
  const event = {
    type: 'stepReported',
    nodeId,
    term: 'bench',
    state: 'succeeded',
    results,
  } as const;
  return applyRepairEvent(run, { ...event, error: null }, now).run;
}

/** Walks a whole run; returns the per-transition times (report -> decide -> start), in ms. */
function walkRun(start: EpochMs): number[] {
  const keyspaces = ['a', 'b', 'c', 'd'];
  let run = planRepairRun(
    {
      runId: 'bench',
      trigger: { kind: 'manual', atMs: start, keyspaces: null },
      nodeIds,
      keyspaces,
      unknownKeyspaces: [],
      type: 'full',
      primaryRange: true,
    },
    start,
  );
  const gaps: number[] = [];
  let now = start;
  for (;;) {
    const t0 = performance.now();
    run = reportSuccess(run, now);
    const decision = nextRepairDecision(situation(run), now);
    if (decision.kind !== 'start-node') break;
    run = applyRepairEvent(
      run,
      { type: 'stepStarted', nodeId: decision.nodeId, term: 'bench' },
      now,
    ).run;
    gaps.push(performance.now() - t0);
    now = epochMs(now + 60_000);
  }
  return gaps;
}

function benchGap(): void {
  const gaps: number[] = [];
  for (let r = 0; r < ROUNDS; r++) gaps.push(...walkRun(epochMs(Date.UTC(2024, 4, 1))));
  gaps.sort((a, b) => a - b);
  emit('node_gap_core_p50', percentile(gaps, 0.5), 'ms', {
    nodes: NODES,
    transitions: gaps.length,
  });
  emit('node_gap_core_p99', percentile(gaps, 0.99), 'ms', { nodes: NODES });
}

function benchNextFire(name: string, expression: string, zone: string, iso: string): void {
  const parsed = parseCron(expression);
  if (!parsed.ok) throw new Error(parsed.reason);
  const schedule: CronSchedule = { cron: parsed.spec, zone };
  const now = epochMs(Date.parse(iso));
  const times: number[] = [];
  for (let i = 0; i < 200; i++) {
    const t0 = performance.now();
    nextFireAfter(schedule, now);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  emit(`next_fire_${name}_p50`, percentile(times, 0.5), 'ms', { expression, zone });
}

benchGap();
benchNextFire('weekly', '0 2 * * 0', 'Europe/Berlin', '2024-06-12T10:00:00Z');
benchNextFire('every_minute_dst_day', '* * * * *', 'Europe/Berlin', '2024-10-26T21:59:30Z');
benchNextFire('leap_day', '0 0 29 2 *', 'UTC', '2024-03-01T00:00:00Z');
