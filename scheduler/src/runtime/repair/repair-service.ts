// Runs the repair loop while this process leads: node-cron wakes it at each fire time of the
// schedule (the core then finds the due fire, so a late or missed wake-up costs nothing), a tick
// wakes it for timeouts, backoff and windows, and Mesos MESSAGE events bring executor reports.
import cron, { type ScheduledTask } from 'node-cron';
import { mesos } from '@cmf/proto';
import type { ClusterSpec } from '../../domain/cluster.js';
import type { RepairConfig } from '../../domain/repair/index.js';
import type { EventHandler } from '../../mesos/scheduler-client.js';
import type { Clock, Logger } from '../../ports.js';
import type { RepairStore } from '../../store/repair-store.js';
import type { MesosCalls } from '../mesos-port.js';
import { readReplication } from '../replication-cql.js';
import type { Runtime } from '../runtime.js';
import { RepairLoop, type RepairLoopOptions } from './repair-loop.js';
import { handleRepairMessage } from './repair-reports.js';
import { opsRepairQueue } from './serial-queue.js';

export interface RepairServiceOptions extends RepairLoopOptions {
  readonly tickMs?: number;
}

export class RepairService {
  readonly loop: RepairLoop;
  private task: ScheduledTask | null = null;
  private tick: NodeJS.Timeout | null = null;

  constructor(private readonly options: RepairServiceOptions) {
    this.loop = new RepairLoop(options);
  }

  async start(): Promise<void> {
    await this.loop.load();
    const { config } = this.options;
    if (config.schedule !== null) {
      const fire = (): void => {
        this.wake('cron');
      };
      this.task = cron.schedule(config.schedule.cron.expression, fire, {
        timezone: config.zone,
        name: 'repair-schedule',
      });
    }
    this.tick = setInterval(() => {
      this.wake('tick');
    }, this.options.tickMs ?? 5000);
    this.wake('start');
  }

  /** The Mesos event hook: a MESSAGE carrying a repair report is consumed; true when it was one. */
  async onEvent(event: mesos.v1.scheduler.Event): Promise<boolean> {
    const data = event.message?.data;
    if (!data || data.length === 0) return false;
    const mine = await handleRepairMessage(this.loop, data);
    if (mine) this.wake('report');
    return mine;
  }

  /**
   * `next` with repair reports taken out first (they are no ops-queue answers). SUBSCRIBED wakes
   * the loop: a new leader's first questions to executors fail until then.
   */
  wrap(next: EventHandler): EventHandler {
    return async (event) => {
      if (await this.onEvent(event)) return;
      await next(event);
      if (event.type === mesos.v1.scheduler.Event.Type.SUBSCRIBED) this.wake('subscribed');
    };
  }

  wake(why: string): void {
    this.loop.wake().catch((error: unknown) => {
      this.options.logger.error('repair pass failed', { why, error: String(error) });
    });
  }

  stop(): void {
    if (this.tick) clearInterval(this.tick);
    this.tick = null;
    void this.task?.destroy();
    this.task = null;
  }
}

export interface LeaderRepairs {
  readonly runtime: Runtime;
  readonly config: RepairConfig;
  readonly spec: ClusterSpec;
  readonly store: RepairStore;
  readonly mesos: MesosCalls;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly leaderTerm: string;
}

/** The repair service of a leader: the runtime's node records and ops queue, keyspaces over CQL. */
export function leaderRepairs(deps: LeaderRepairs): RepairService {
  const { runtime, spec } = deps;
  const nodes = () => [...runtime.world.nodes.values()].map((v) => v.node);
  const logger = deps.logger.child({ component: 'repair' });
  return new RepairService({
    ...deps,
    logger,
    queue: opsRepairQueue({
      state: () => runtime.world.ops.state,
      save: (state) => runtime.ops.save(state),
    }),
    nodes,
    // Read afresh when a run is planned (the ops runtime's copy may be up to a refresh old).
    keyspaces: async () => {
      const source = { nativePort: spec.ports.native, dc: spec.dc, logger };
      return (await readReplication(nodes(), source))?.map((k) => k.name) ?? null;
    },
  });
}
