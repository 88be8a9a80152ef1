// Runs the repair loop while this process leads: node-cron wakes it at each fire time of the
// schedule (the core then finds the due fire, so a late or missed wake-up costs nothing), a tick
// wakes it for timeouts, backoff and windows, and Mesos MESSAGE events bring executor reports.
import cron, { type ScheduledTask } from 'node-cron';
import type { mesos } from '@cmf/proto';
import { RepairLoop, type RepairLoopOptions } from './repair-loop.js';
import { handleRepairMessage } from './repair-reports.js';

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
  onEvent(event: mesos.v1.scheduler.Event): Promise<boolean> {
    const data = event.message?.data;
    if (!data || data.length === 0) return Promise.resolve(false);
    return handleRepairMessage(this.loop, data);
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
