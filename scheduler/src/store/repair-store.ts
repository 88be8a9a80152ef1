// Repair runs and the schedule's state, kept on a Persister under /repair: /repair/schedule (paused,
// the last time the schedule was checked, a trigger not yet acted on, the last outcome) and
// /repair/runs/<run-id> (a RepairRun). JSON, compare-and-set by version; one leader writes.
import type { RepairRun, RepairTrigger } from '../domain/repair/index.js';
import type { EpochMs } from '../domain/time.js';
import { StoreError } from './errors.js';
import { MemoryPersister } from './memory-persister.js';
import type { Persister, WriteOp } from './persister.js';

export interface ScheduleState {
  /** An operator paused the schedule: fire times pass without starting runs. */
  readonly paused: boolean;
  /** Fire times up to here have been seen; a fire missed during failover fires once. */
  readonly lastCheckedMs: EpochMs | null;
  /** A fire time or a manual request not yet turned into a run (or a recorded skip). */
  readonly trigger: RepairTrigger | null;
  /** What became of the last trigger or run, for GET /v1/repair-schedule. */
  readonly lastOutcome: string | null;
  /** When a leader first ran the repair loop: the gc_grace clock of a never-repaired keyspace. */
  readonly trackingSinceMs?: EpochMs | null;
}

export const INITIAL_SCHEDULE: ScheduleState = {
  paused: false,
  lastCheckedMs: null,
  trigger: null,
  lastOutcome: null,
};

export interface Versioned<T> {
  readonly value: T;
  /** The version read; a write names it. */
  readonly version: number;
}

/** `expected` null creates the record; a number must equal the stored version (else CONFLICT). */
export interface RepairStore {
  schedule(): Promise<Versioned<ScheduleState>>;
  saveSchedule(state: ScheduleState, expected: number | null): Promise<number>;
  /** Every kept run, oldest first. */
  runs(): Promise<Versioned<RepairRun>[]>;
  run(runId: string): Promise<Versioned<RepairRun> | null>;
  saveRun(run: RepairRun, expected: number | null): Promise<number>;
  /** A new run and the schedule that started it, in one transaction. */
  startRun(run: RepairRun, schedule: ScheduleState, expected: number | null): Promise<void>;
  /** Drops the oldest finished runs beyond `keep`. */
  trimRuns(keep: number): Promise<void>;
}

const ROOT = '/repair';
const SCHEDULE = `${ROOT}/schedule`;
const RUNS = `${ROOT}/runs`;
const encoder = new TextEncoder();
const decoder = new TextDecoder();

function parse(data: Uint8Array, what: string): unknown {
  try {
    return JSON.parse(decoder.decode(data));
  } catch (error) {
    throw new StoreError('CORRUPT', `${what} does not parse: ${String(error)}`, { cause: error });
  }
}

function write(path: string, value: unknown, expected: number | null): WriteOp {
  const data = encoder.encode(JSON.stringify(value));
  return expected === null
    ? { op: 'create', path, data }
    : { op: 'set', path, data, version: expected };
}

export class PersistedRepairs implements RepairStore {
  constructor(private readonly persister: Persister) {}

  async schedule(): Promise<Versioned<ScheduleState>> {
    const stored = await this.persister.get(SCHEDULE);
    if (!stored) return { value: INITIAL_SCHEDULE, version: -1 };
    return {
      value: parse(stored.data, 'repair schedule') as ScheduleState,
      version: stored.version,
    };
  }

  async saveSchedule(state: ScheduleState, expected: number | null): Promise<number> {
    const [version = 0] = await this.persister.commit([write(SCHEDULE, state, expected)]);
    return version;
  }

  async runs(): Promise<Versioned<RepairRun>[]> {
    const names = await this.persister.children(RUNS);
    const found = await Promise.all(names.map((n) => this.run(n)));
    return found
      .flatMap((r) => (r ? [r] : []))
      .sort((a, b) => a.value.createdAtMs - b.value.createdAtMs);
  }

  async run(runId: string): Promise<Versioned<RepairRun> | null> {
    const stored = await this.persister.get(`${RUNS}/${runId}`);
    if (!stored) return null;
    return {
      value: parse(stored.data, `repair run ${runId}`) as RepairRun,
      version: stored.version,
    };
  }

  async saveRun(run: RepairRun, expected: number | null): Promise<number> {
    const [version = 0] = await this.persister.commit([
      write(`${RUNS}/${run.runId}`, run, expected),
    ]);
    return version;
  }

  async startRun(run: RepairRun, schedule: ScheduleState, expected: number | null): Promise<void> {
    await this.persister.commit([
      write(`${RUNS}/${run.runId}`, run, null),
      write(SCHEDULE, schedule, expected),
    ]);
  }

  async trimRuns(keep: number): Promise<void> {
    const finished = (await this.runs()).filter((r) => r.value.result !== null);
    const old = finished.slice(0, Math.max(0, finished.length - keep));
    if (old.length === 0) return;
    await this.persister.commit(
      old.map((r) => ({ op: 'remove', path: `${RUNS}/${r.value.runId}`, version: r.version })),
    );
  }
}

/** The memory twin: the same store on a MemoryPersister (tests, simulations). */
export function memoryRepairStore(): RepairStore {
  return new PersistedRepairs(new MemoryPersister());
}
