// Builders for repair tests: runs, steps and situations with readable defaults, so a table case
// states only what it is about.
import { epochMs, type EpochMs } from '../../time.js';
import type { RepairSituation, RingMember } from '../decide.js';
import {
  planRepairRun,
  type KeyspaceResult,
  type RepairRun,
  type RepairStep,
  type RepairTrigger,
} from '../run.js';

export const at = (iso: string): EpochMs => epochMs(Date.parse(iso));

export const T0 = at('2024-05-01T12:00:00Z');
export const MINUTE = 60_000;
/** The leadership term tests run in unless they say otherwise. */
export const TERM = 'term-1';

export function later(base: EpochMs, minutes: number): EpochMs {
  return epochMs(base + minutes * MINUTE);
}

export const TEST_CONFIG: RepairSituation['config'] = {
  zone: 'UTC',
  window: null,
  nodeTimeoutMs: 240 * MINUTE,
  retry: { maxAttempts: 3, backoffMs: 5 * MINUTE, maxBackoffMs: 60 * MINUTE },
};

export function trigger(kind: RepairTrigger['kind'] = 'schedule', atMs = T0): RepairTrigger {
  return { kind, atMs, keyspaces: null };
}

export function run(
  nodes: readonly string[] = ['node-0', 'node-1', 'node-2'],
  overrides: Partial<RepairRun> = {},
): RepairRun {
  const planned = planRepairRun(
    {
      runId: 'r1',
      trigger: trigger(),
      nodeIds: nodes,
      keyspaces: ['shop', 'users'],
      unknownKeyspaces: [],
      type: 'full',
      primaryRange: true,
    },
    T0,
  );
  return { ...planned, ...overrides };
}

/** The run with some steps changed, by node id. */
export function withSteps(
  base: RepairRun,
  changes: Readonly<Record<string, Partial<RepairStep>>>,
): RepairRun {
  return {
    ...base,
    steps: base.steps.map((s) => ({ ...s, ...(changes[s.nodeId] ?? {}) })),
  };
}

export function succeeded(
  keyspace: string,
  startedAtMs = T0,
  endedAtMs = later(T0, 1),
): KeyspaceResult {
  return { keyspace, status: 'succeeded', startedAtMs, endedAtMs, error: null };
}

export function ring(nodes: readonly string[], down: readonly string[] = []): RingMember[] {
  return nodes.map((nodeId) => ({ nodeId, isUp: !down.includes(nodeId) }));
}

export function situation(overrides: Partial<RepairSituation> = {}): RepairSituation {
  return {
    config: TEST_CONFIG,
    run: null,
    trigger: null,
    ring: ring(['node-0', 'node-1', 'node-2']),
    queue: null,
    leaderTerm: TERM,
    repairsDue: [],
    ...overrides,
  };
}
