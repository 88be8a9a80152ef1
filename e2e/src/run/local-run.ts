// One `make run`: starts what the plan says is missing, prints where things are and how the ring
// comes up, restarts the scheduler if it exits (as Marathon would), and stops it all on request:
// the scheduler first, then each executor (which drains its node), the cluster, ZooKeeper.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { EXECUTOR_MAIN } from '@cmf/executor';
import type { Cluster } from '../cluster/cluster.js';
import type { RunningZooKeeper } from '../runtime/zookeeper.js';
import { stopWithin } from '../ring/processes.js';
import type { SchedulerSet } from '../ring/schedulers.js';
import { readRingStatus } from '../ring/status.js';
import type { RunPlan } from './plan.js';
import { INITIAL_PROGRESS, progress, type ProgressState } from './progress.js';
import {
  RUN_SUBNET,
  runSchedulers,
  startRunCluster,
  startRunZooKeeper,
  writeRunSettings,
} from './services.js';

export type Say = (line: string) => void;

/** Exits in a row after which the scheduler is left down and make run ends. */
const MAX_RESTARTS = 3;

export class LocalRun {
  private zk: RunningZooKeeper | undefined;
  private cluster: Cluster | undefined;
  private schedulers: SchedulerSet | undefined;
  private timer: NodeJS.Timeout | undefined;
  private shown: ProgressState = INITIAL_PROGRESS;
  private restarts = 0;
  private polling = false;

  constructor(
    private readonly plan: RunPlan,
    private readonly depsDir: string,
    private readonly hostEnv: Readonly<Record<string, string | undefined>>,
    private readonly say: Say,
    private readonly fail: (why: string) => void,
  ) {}

  async start(): Promise<void> {
    const { plan, say } = this;
    if (existsSync(join(plan.runDir, 'zookeeper', 'data', 'version-2'))) {
      say(`resuming the ring kept in ${plan.runDir} (ZooKeeper state, agents' volumes)`);
    }
    const zkConnect = await this.zooKeeper();
    const master = await this.mesos();
    this.schedulers = runSchedulers({
      runDir: plan.runDir,
      settingsPath: await writeRunSettings(plan.runDir, this.depsDir),
      master,
      zkConnect,
      apiPort: plan.api.port,
      passThrough: plan.passThrough,
      hostEnv: this.hostEnv,
    });
    const scheduler = await this.schedulers.start();
    say(`scheduler: pid ${scheduler.process.pid}, logs in ${join(plan.runDir, 'logs')}`);
    say(`API: ${scheduler.apiUrl}  (try: curl ${scheduler.apiUrl}/v1/status)`);
    this.watch(scheduler.process.startedAtMs);
  }

  private async zooKeeper(): Promise<string> {
    const { zookeeper, runDir } = this.plan;
    if (zookeeper.kind === 'given') {
      this.say(`ZooKeeper: ${zookeeper.connect} (given by ZK_CONNECT)`);
      return zookeeper.connect;
    }
    this.zk = await startRunZooKeeper(this.depsDir, runDir, zookeeper.preferredPort);
    this.say(`ZooKeeper: ${this.zk.connectString} (data in ${this.zk.dataDir})`);
    return this.zk.connectString;
  }

  private async mesos(): Promise<string> {
    const { mesos, runDir } = this.plan;
    if (mesos.kind === 'given') {
      this.say(`Mesos master: ${mesos.master} (given by MESOS_MASTER)`);
      return mesos.master;
    }
    this.cluster = await startRunCluster(runDir, mesos.masterPort, mesos.agents, this.hostEnv);
    const last = `${RUN_SUBNET}.${mesos.agents}`;
    this.say(
      `Mesos master: ${this.cluster.masterUrl} (${mesos.agents} agents on ${RUN_SUBNET}.1-${last.split('.').at(-1) ?? ''})`,
    );
    return new URL(this.cluster.masterUrl).host;
  }

  private watch(sinceMs: number): void {
    this.timer = setInterval(() => {
      if (this.polling) return;
      this.polling = true;
      void this.poll(sinceMs)
        .catch((error: unknown) => {
          this.say(`status poll failed: ${String(error)}`);
        })
        .finally(() => {
          this.polling = false;
        });
    }, 1_000);
  }

  private async poll(sinceMs: number): Promise<void> {
    const scheduler = this.schedulers?.schedulers[0];
    if (scheduler === undefined) return;
    if (!scheduler.process.isRunning()) {
      await this.supervise();
      return;
    }
    const status = await readRingStatus(scheduler.apiUrl, 2_000).catch(() => null);
    if (status === null) return;
    const step = progress(this.shown, status, performance.now() - sinceMs);
    this.shown = step.state;
    for (const line of step.lines) this.say(line);
  }

  /** The scheduler exited (it does when it loses leadership or its ZooKeeper session): restart it. */
  private async supervise(): Promise<void> {
    const schedulers = this.schedulers;
    const scheduler = schedulers?.schedulers[0];
    if (schedulers === undefined || scheduler === undefined) return;
    const exit = await scheduler.process.exited;
    this.say(`scheduler exited (${JSON.stringify(exit)}); its last output:`);
    this.say(await scheduler.process.logTail(20));
    this.restarts += 1;
    if (this.restarts > MAX_RESTARTS) {
      this.fail(`the scheduler exited ${this.restarts} times; giving up`);
      return;
    }
    const again = await schedulers.restart(0);
    this.say(`scheduler restarted: pid ${again.process.pid}`);
  }

  /** Scheduler, then executors (each drains and stops its node), then the cluster and ZooKeeper. */
  async stop(): Promise<void> {
    clearInterval(this.timer);
    this.say('stopping: scheduler');
    await this.schedulers?.stopAll(15_000);
    if (this.cluster !== undefined) {
      this.say('stopping: Cassandra nodes (drain), executors');
      const clusterDir = join(this.plan.runDir, 'cluster');
      const isExecutor = (p: { argv: readonly string[] }): boolean =>
        p.argv.includes(EXECUTOR_MAIN);
      const { killed } = await stopWithin(clusterDir, isExecutor, 60_000);
      if (killed.length > 0)
        this.say(`killed what did not stop in time: pids ${killed.join(', ')}`);
      this.say('stopping: Mesos master and agents');
      await this.cluster.stop();
    }
    if (this.zk !== undefined) {
      this.say('stopping: ZooKeeper');
      await this.zk.stop();
    }
    this.say(`stopped; the ring's state is kept in ${this.plan.runDir} (make run resumes it)`);
  }
}
