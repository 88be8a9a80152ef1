// The repair loop (leader only): each pass asks the pure core for the next decision and performs
// it, until the answer is to wait. Every change to a run is written to ZooKeeper before anything is
// sent; passes, executor reports and operator requests run one at a time through one chain.
import { randomUUID } from 'node:crypto';
import type { NodeRecord } from '../../domain/node.js';
import {
  applyRepairEvent,
  dueFire,
  nextRepairDecision,
  type RepairConfig,
  type RepairDecision,
  type RepairEvent,
  type RepairRun,
  type RingMember,
} from '../../domain/repair/index.js';
import type { EpochMs } from '../../domain/time.js';
import type { Clock, Logger } from '../../ports.js';
import type { RepairStore, ScheduleState, Versioned } from '../../store/repair-store.js';
import type { MesosCalls } from '../mesos-port.js';
import { RepairActions } from './repair-actions.js';
import type { RepairQueue } from './serial-queue.js';

export interface RepairLoopOptions {
  readonly config: RepairConfig;
  readonly store: RepairStore;
  readonly queue: RepairQueue;
  readonly mesos: MesosCalls;
  readonly clock: Clock;
  readonly logger: Logger;
  /** Unique per leadership term: a step confirmed in another term is asked about first. */
  readonly leaderTerm: string;
  /** The ring's node records (the runtime's world). */
  readonly nodes: () => readonly NodeRecord[];
  /** The ring's keyspaces as Cassandra lists them; null when no node can be asked. */
  readonly keyspaces: () => Promise<readonly string[] | null>;
  readonly newRunId?: (now: EpochMs) => string;
  /** How long to wait for an answer before asking an executor again. */
  readonly queryEveryMs?: number;
}

/** Passes that change something follow each other at once; this bounds one wake-up. */
const MAX_STEPS_PER_PASS = 20;
const KEEP_RUNS = 50;

export class RepairLoop {
  /** The run in progress, or the last one. */
  run: Versioned<RepairRun> | null = null;
  schedule: Versioned<ScheduleState> | null = null;
  /** Why the loop is not moving (or what it does), from the last decision. */
  reason = 'not loaded yet';
  private chain: Promise<unknown> = Promise.resolve();
  private readonly actions: RepairActions;

  constructor(readonly options: RepairLoopOptions) {
    this.actions = new RepairActions(this, {
      ...options,
      newRunId: options.newRunId ?? defaultRunId,
      queryEveryMs: options.queryEveryMs ?? 10_000,
    });
  }

  /** Reads the schedule and the newest run: after a failover the run goes on where it stood. */
  async load(): Promise<void> {
    await this.serially(async () => {
      this.schedule = await this.options.store.schedule();
      const runs = await this.options.store.runs();
      this.run = runs[runs.length - 1] ?? null;
      this.options.logger.info('repair state loaded', {
        runId: this.run?.value.runId ?? null,
        paused: this.schedule.value.paused,
      });
    });
  }

  /** Runs `work` after everything queued before it; a failure is the caller's to handle. */
  serially<T>(work: () => Promise<T>): Promise<T> {
    const next = this.chain.then(work);
    this.chain = next.catch(() => undefined);
    return next;
  }

  /** One pass: decide and act until the decision is to wait. */
  wake(): Promise<void> {
    return this.serially(() => this.pass());
  }

  private async pass(): Promise<void> {
    for (let i = 0; i < MAX_STEPS_PER_PASS; i++) {
      const now = this.options.clock.now();
      await this.checkSchedule(now);
      const decision = await this.decide(now);
      this.note(decision);
      if (!(await this.actions.perform(decision, now))) return;
    }
  }

  async decide(now: EpochMs): Promise<RepairDecision> {
    const { config, leaderTerm } = this.options;
    return nextRepairDecision(
      {
        config,
        run: this.run?.value ?? null,
        trigger: this.schedule?.value.trigger ?? null,
        ring: this.ring(),
        queue: await this.options.queue.holder(),
        leaderTerm,
        repairsDue: this.options.queue.due(),
      },
      now,
    );
  }

  /** Ring members in ring order (node index), Up as the records say. */
  ring(): RingMember[] {
    return [...this.options.nodes()]
      .filter((n) => n.goal === 'Running')
      .sort((a, b) => a.index - b.index)
      .map((n) => ({ nodeId: n.nodeId, isUp: n.phase === 'Up' }));
  }

  private note(decision: RepairDecision): void {
    if (decision.reason === this.reason) return;
    this.reason = decision.reason;
    const level = decision.kind === 'idle' ? 'debug' : 'info';
    this.options.logger[level]('repair', { decision: decision.kind, reason: decision.reason });
  }

  /** A fire time due since the last check becomes the trigger (once, however many were missed). */
  private async checkSchedule(now: EpochMs): Promise<void> {
    const cron = this.options.config.schedule;
    const current = this.schedule ?? (await this.options.store.schedule());
    const s = current.value;
    if ((s.trackingSinceMs ?? null) === null) {
      await this.saveSchedule({
        ...s,
        trackingSinceMs: now,
        lastCheckedMs: s.lastCheckedMs ?? now,
      });
      return;
    }
    if (cron === null) return;
    if (s.lastCheckedMs === null) {
      await this.saveSchedule({ ...s, lastCheckedMs: now });
      return;
    }
    const fire = dueFire(cron, s.lastCheckedMs, now);
    if (fire === null) return;
    if (s.paused || s.trigger !== null) {
      const why = s.paused ? 'the schedule is paused' : 'a trigger is already waiting';
      await this.saveSchedule({ ...s, lastCheckedMs: now, lastOutcome: `fire skipped: ${why}` });
      return;
    }
    const trigger = { kind: 'schedule' as const, atMs: fire, keyspaces: null };
    await this.saveSchedule({ ...s, lastCheckedMs: now, trigger });
  }

  async saveSchedule(state: ScheduleState): Promise<void> {
    const current = this.schedule ?? (await this.options.store.schedule());
    const expected = current.version < 0 ? null : current.version;
    const version = await this.options.store.saveSchedule(state, expected);
    this.schedule = { value: state, version };
  }

  /** Applies an event to the current run and writes it; false (with a log line) if it did not fit. */
  async apply(event: RepairEvent, now: EpochMs): Promise<boolean> {
    const current = this.run;
    if (current === null) return false;
    const applied = applyRepairEvent(current.value, event, now);
    if (applied.note !== undefined) {
      this.options.logger.info('repair event not applied', {
        event: event.type,
        note: applied.note,
      });
      return false;
    }
    const version = await this.options.store.saveRun(applied.run, current.version);
    this.run = { value: applied.run, version };
    if (applied.run.result !== null) await this.options.store.trimRuns(KEEP_RUNS);
    return true;
  }

  /** The step a report or request names, when it is the current run's. */
  currentRun(runId: string): RepairRun | null {
    const run = this.run?.value;
    return run?.runId === runId ? run : null;
  }
}

function defaultRunId(now: EpochMs): string {
  const stamp = new Date(now).toISOString().replace(/[-:]/g, '').slice(0, 15);
  return `${stamp}-${randomUUID().slice(0, 6)}`;
}
