// A whole ring on this machine for end-to-end tests: real ZooKeeper (started, or one given), the
// local Mesos cluster with an agent per node on <subnet>.1..N, and n scheduler processes pointed
// at both. stop() leaves no process behind; explain() gathers the logs that say what went wrong.
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXECUTOR_MAIN, EXECUTOR_NODE_FLAGS, readDistribution } from '@cmf/executor';
import { startCluster, type Cluster } from '../cluster/cluster.js';
import type { Timings } from '../cluster/common/timings.js';
import { jsonLogger } from '../cluster/log.js';
import { cassandraHome } from '../runtime/deps.js';
import { startZooKeeper, type RunningZooKeeper } from '../runtime/zookeeper.js';
import { masterTasks, type MasterTask } from './master-state.js';
import { plainTarball } from './plain-tarball.js';
import { renderLogs, sandboxLogs, type LogFile } from './failure-logs.js';
import { cassandraProcesses, killWithin, type RunningProcess } from './processes.js';
import { waitForRingUp, type RingUp } from './ring-up.js';
import { SchedulerSet, type RingScheduler } from './schedulers.js';
import {
  executorCommandLine,
  ringAgents,
  schedulerSettings,
  type RingSettings,
} from './settings.js';

export interface RingOptions {
  readonly depsDir: string;
  /** Where PATH, HOME and JAVA_HOME come from (the test passes process.env). */
  readonly hostEnv: Readonly<Record<string, string | undefined>>;
  readonly nodes: number;
  /** Agents in the cluster; the ring's nodes by default. */
  readonly agents?: number;
  readonly schedulers: number;
  /** Agents listen on <subnet>.1, .2, ... */
  readonly subnet?: string;
  /** A running ZooKeeper to use instead of starting one. */
  readonly zk?: { readonly connectString: string };
  /** Extra scheduler variables, over the harness's own. */
  readonly env?: Readonly<Record<string, string>>;
  readonly settings?: Partial<RingSettings>;
  readonly timings?: Partial<Timings>;
}

export interface Ring {
  readonly workDir: string;
  readonly cluster: Cluster;
  readonly zkConnect: string;
  readonly schedulers: SchedulerSet;
  /** Where the nodes are expected: the agents' addresses. */
  readonly addresses: readonly string[];
  leader(timeoutMs?: number): Promise<RingScheduler>;
  /**
   * Waits until the leader reports every node up, then until every node's nodetool says UN;
   * times are measured from the first scheduler's start.
   */
  waitForRingUp(timeoutMs: number): Promise<RingUp>;
  /** Every task the master knows for the ring's framework, finished ones included. */
  masterTasks(): Promise<MasterTask[]>;
  /** The Cassandra JVMs running on each agent, by agent index. */
  cassandraPids(): Promise<Map<number, number[]>>;
  /** Scheduler output, executor stdout/stderr, Cassandra system.log tails, the cluster's log. */
  explain(lines?: number): Promise<string>;
  stop(): Promise<void>;
}

const FAST_TIMINGS: Partial<Timings> = { allocationIntervalMs: 200 };

export async function startRing(options: RingOptions): Promise<Ring> {
  const workDir = await mkdtemp(join(tmpdir(), 'cmf-ring-'));
  const owned: { zk?: RunningZooKeeper; cluster?: Cluster; schedulers?: SchedulerSet } = {};
  const stop = (): Promise<void> => stopParts(workDir, owned);
  try {
    const zkConnect =
      options.zk?.connectString ?? (owned.zk = await startZk(options)).connectString;
    const cluster = (owned.cluster = await startRingCluster(options, workDir));
    const schedulers = (owned.schedulers = new SchedulerSet({
      logDir: join(workDir, 'logs'),
      env: await schedulerEnv(options, workDir, cluster.masterUrl, zkConnect),
      inherit: options.hostEnv,
    }));
    for (let i = 0; i < options.schedulers; i++) await schedulers.start();
    return ringHandle({ options, workDir, cluster, zkConnect, schedulers, stop });
  } catch (error) {
    const logs = await explainParts(workDir, owned.schedulers, 80).catch(() => '');
    await stop();
    throw new Error(`the ring did not start: ${String(error)}\n${logs}`, { cause: error });
  }
}

function startZk(options: RingOptions): Promise<RunningZooKeeper> {
  return startZooKeeper({ depsDir: options.depsDir });
}

async function startRingCluster(options: RingOptions, workDir: string): Promise<Cluster> {
  const log = createWriteStream(join(workDir, 'cluster.log'), { flags: 'a' });
  return startCluster({
    agents: ringAgents(options.agents ?? options.nodes, options.subnet ?? '127.0.2', 0),
    timings: { ...FAST_TIMINGS, ...options.timings },
    workDir: join(workDir, 'cluster'),
    logger: (component) => jsonLogger(component, 'info', log),
    executorEnvironment: inherited(options.hostEnv, ['PATH', 'JAVA_HOME']),
  });
}

function inherited(
  env: Readonly<Record<string, string | undefined>>,
  keys: readonly string[],
): Record<string, string> {
  return Object.fromEntries(keys.flatMap((k) => (env[k] === undefined ? [] : [[k, env[k]]])));
}

/** Writes the settings file and returns the variables every scheduler of this ring gets. */
async function schedulerEnv(
  options: RingOptions,
  workDir: string,
  masterUrl: string,
  zkConnect: string,
): Promise<Record<string, string>> {
  const settings: RingSettings = {
    ringName: 'e2e',
    nodeCount: options.nodes,
    heapMb: 512,
    memMb: 1024,
    cpus: 0.5,
    diskMb: 2048,
    // Plain tar: the fetcher unpacks it on every launch, gunzip would add ~0.5 s to each one.
    cassandraTarball: await plainTarball(`${cassandraHome(options.depsDir)}-bin.tar.gz`, workDir),
    executorCommand: executorCommandLine(process.execPath, EXECUTOR_NODE_FLAGS, EXECUTOR_MAIN),
    fastStart: true,
    healthIntervalMs: 1_000,
    ...options.settings,
  };
  const path = join(workDir, 'scheduler.yaml');
  await writeFile(path, `${JSON.stringify(schedulerSettings(settings), null, 2)}\n`);
  return {
    SCHEDULER_CONFIG: path,
    MESOS_MASTER: new URL(masterUrl).host,
    ZK_CONNECT: zkConnect,
    ...options.env,
  };
}

interface HandleParts {
  readonly options: RingOptions;
  readonly workDir: string;
  readonly cluster: Cluster;
  readonly zkConnect: string;
  readonly schedulers: SchedulerSet;
  readonly stop: () => Promise<void>;
}

function ringHandle(parts: HandleParts): Ring {
  const { options, workDir, cluster, schedulers } = parts;
  const addresses = cluster.agents.slice(0, options.nodes).map((a) => a.spec.ip);
  const leader = async (timeoutMs = 60_000): Promise<RingScheduler> =>
    (await schedulers.leader(timeoutMs)).scheduler;
  return {
    workDir,
    cluster,
    zkConnect: parts.zkConnect,
    schedulers,
    addresses,
    leader,
    waitForRingUp: async (timeoutMs) =>
      waitForRingUp({
        leader: () => leader(timeoutMs),
        nodetool: {
          distribution: await readDistribution(cassandraHome(options.depsDir)),
          jmxPort: 7199,
        },
        nodeCount: options.nodes,
        timeoutMs,
        ...(schedulers.schedulers[0]
          ? { since: schedulers.schedulers[0].process.startedAtMs }
          : {}),
      }),
    masterTasks: () => masterTasks(cluster.masterUrl),
    cassandraPids: () => cassandraPidsByAgent(cluster),
    explain: (lines = 60) => explainParts(workDir, schedulers, lines),
    stop: parts.stop,
  };
}

async function cassandraPidsByAgent(cluster: Cluster): Promise<Map<number, number[]>> {
  const byAgent = new Map<number, number[]>();
  for (const agent of cluster.agents) {
    const found: RunningProcess[] = await cassandraProcesses(agent.workDir);
    byAgent.set(
      agent.index,
      found.map((p) => p.pid),
    );
  }
  return byAgent;
}

async function explainParts(
  workDir: string,
  schedulers: SchedulerSet | undefined,
  lines: number,
): Promise<string> {
  const files: LogFile[] = (schedulers?.schedulers ?? []).flatMap((s) => [
    { label: `${s.process.name} stdout`, path: s.process.stdoutPath },
    { label: `${s.process.name} stderr`, path: s.process.stderrPath },
  ]);
  files.push(...(await sandboxLogs(join(workDir, 'cluster'))));
  files.push({ label: 'local cluster', path: join(workDir, 'cluster.log') });
  return renderLogs(files, lines, workDir);
}

/** Schedulers first (so nothing reacts to the rest going), then every process under the work
 * dir (executors and the Cassandra JVMs in their own groups), the cluster, ZooKeeper. */
async function stopParts(
  workDir: string,
  owned: { zk?: RunningZooKeeper; cluster?: Cluster; schedulers?: SchedulerSet },
): Promise<void> {
  await owned.schedulers?.stopAll(5_000);
  await killWithin(workDir);
  await owned.cluster?.stop();
  await owned.zk?.stop();
  await rm(workDir, { recursive: true, force: true });
}
