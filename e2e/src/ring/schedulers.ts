// The ring's scheduler processes (one leads, the others stand by) and what tests ask of them:
// who leads now (each one's GET /v1/status), start one more, kill -9 one. Every wait has a
// deadline and names what it waited for.
import { freeLoopbackPort } from '../runtime/zookeeper.js';
import { waitFor } from '../runtime/wait-for.js';
import { startSchedulerProcess, type SchedulerProcess } from './scheduler-process.js';
import { readRingStatus, type RingStatus } from './status.js';

export interface RingScheduler {
  readonly index: number;
  readonly process: SchedulerProcess;
  /** http://127.0.0.1:<port> of its REST API. */
  readonly apiUrl: string;
}

export interface SchedulerSetOptions {
  readonly logDir: string;
  /** Everything but API_PORT, which each scheduler gets on its own. */
  readonly env: Readonly<Record<string, string>>;
  readonly inherit: Readonly<Record<string, string | undefined>>;
  /** Fixed API ports by index (make run's 8080); a free port otherwise. */
  readonly apiPorts?: readonly number[];
  /** The program to run instead of scheduler/dist/main.js (the harness's own tests). */
  readonly main?: string;
}

export class SchedulerSet {
  private readonly all: RingScheduler[] = [];

  constructor(private readonly options: SchedulerSetOptions) {}

  get schedulers(): readonly RingScheduler[] {
    return this.all;
  }

  get running(): RingScheduler[] {
    return this.all.filter((s) => s.process.isRunning());
  }

  /** Starts one more scheduler (with `env` over the set's) and waits until its API answers. */
  async start(env: Readonly<Record<string, string>> = {}): Promise<RingScheduler> {
    return this.launch(this.all.length, env);
  }

  /** A new process in place of one that exited, on the same API port (a supervisor's restart). */
  async restart(index: number): Promise<RingScheduler> {
    const old = this.all[index];
    if (old?.process.isRunning() !== false) throw new Error(`scheduler-${index} is not down`);
    return this.launch(index, {}, Number(new URL(old.apiUrl).port));
  }

  private async launch(
    index: number,
    env: Readonly<Record<string, string>>,
    apiPort?: number,
  ): Promise<RingScheduler> {
    const port = apiPort ?? this.options.apiPorts?.[index] ?? (await freeLoopbackPort());
    const process = await startSchedulerProcess({
      name: `scheduler-${index}`,
      logDir: this.options.logDir,
      env: { ...this.options.env, ...env, API_HOST: '127.0.0.1', API_PORT: String(port) },
      inherit: this.options.inherit,
      ...(this.options.main === undefined ? {} : { main: this.options.main }),
    });
    const scheduler = { index, process, apiUrl: `http://127.0.0.1:${port}` };
    this.all[index] = scheduler;
    await waitForApi(scheduler);
    return scheduler;
  }

  /** The running scheduler whose API says it leads, once one does. */
  async leader(timeoutMs: number): Promise<{ scheduler: RingScheduler; status: RingStatus }> {
    return waitFor(() => this.findLeader(), {
      timeoutMs,
      intervalMs: 100,
      what: `one of ${this.running.map((s) => s.process.name).join(', ')} to lead`,
    });
  }

  private async findLeader(): Promise<{ scheduler: RingScheduler; status: RingStatus } | null> {
    for (const scheduler of this.running) {
      const status = await readRingStatus(scheduler.apiUrl, 1_000).catch(() => null);
      if (status?.isLeader === true) return { scheduler, status };
    }
    return null;
  }

  /** SIGTERM each, SIGKILL after the grace period. */
  async stopAll(graceMs: number): Promise<void> {
    await Promise.all(this.all.map((s) => s.process.stop(graceMs)));
  }
}

/** Its API answers /health, or it exited first; either failure carries its output. */
async function waitForApi(scheduler: RingScheduler): Promise<void> {
  const { name } = scheduler.process;
  const died = new AbortController();
  void scheduler.process.exited.then((exit) => {
    died.abort(new Error(`${name} exited (${JSON.stringify(exit)}) before its API answered`));
  });
  const answers = async (): Promise<boolean> =>
    (await fetch(`${scheduler.apiUrl}/health`, { signal: AbortSignal.timeout(1_000) })).ok;
  try {
    await waitFor(answers, {
      timeoutMs: 60_000,
      intervalMs: 100,
      what: `${name}'s API on ${scheduler.apiUrl}/health`,
      signal: died.signal,
    });
  } catch (error) {
    const output = await scheduler.process.logTail(40);
    throw new Error(`${String(error)}\n${output}`, { cause: error });
  }
}
