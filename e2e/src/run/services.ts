// The services `make run` runs on this machine, each kept under .run/ring so that the next run
// resumes the same ring: ZooKeeper (its data dir), the local Mesos cluster (the agents' work dirs,
// with their checkpoints and the nodes' persistent volumes) and the scheduler.
import { createWriteStream } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createServer } from 'node:net';
import { EXECUTOR_MAIN, EXECUTOR_NODE_FLAGS } from '@cmf/executor';
import { startCluster, type Cluster } from '../cluster/cluster.js';
import { jsonLogger } from '../cluster/log.js';
import { cassandraHome } from '../runtime/deps.js';
import { freeLoopbackPort, startZooKeeper, type RunningZooKeeper } from '../runtime/zookeeper.js';
import { SchedulerSet } from '../ring/schedulers.js';
import { executorCommandLine, ringAgents, schedulerSettings } from '../ring/settings.js';

/** make run's agents: their own loopback addresses, Mesos's agent port on each. */
export const RUN_SUBNET = '127.0.2';
const AGENT_PORT = 5051;

/** Whether nothing listens on 127.0.0.1:<port> (binding it is the only sure test). */
export function isPortFree(port: number, host = '127.0.0.1'): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => {
      resolve(false);
    });
    probe.listen(port, host, () => {
      probe.close(() => {
        resolve(true);
      });
    });
  });
}

/** ZooKeeper on its usual port when it is free (else any), with its data under the run dir. */
export async function startRunZooKeeper(
  depsDir: string,
  runDir: string,
  preferredPort: number,
): Promise<RunningZooKeeper> {
  const port = (await isPortFree(preferredPort)) ? preferredPort : await freeLoopbackPort();
  return startZooKeeper({ depsDir, workDir: join(runDir, 'zookeeper'), port });
}

/**
 * The local cluster on the agents' kept work dirs: a restarted agent recovers its id, its
 * reservations and volumes from its checkpoint, and the new master admits it under that id.
 */
export async function startRunCluster(
  runDir: string,
  masterPort: number,
  agents: number,
  hostEnv: Readonly<Record<string, string | undefined>>,
): Promise<Cluster> {
  await mkdir(runDir, { recursive: true });
  const log = createWriteStream(join(runDir, 'cluster.log'), { flags: 'a' });
  return startCluster({
    agents: ringAgents(agents, RUN_SUBNET, AGENT_PORT),
    masterPort,
    workDir: join(runDir, 'cluster'),
    logger: (component) => jsonLogger(component, 'info', log),
    // Room for the executor's drain when make run stops (it takes 40% for the drain).
    timings: { executorShutdownGraceMs: 30_000 },
    executorEnvironment: Object.fromEntries(
      ['PATH', 'JAVA_HOME'].flatMap((k) => (hostEnv[k] === undefined ? [] : [[k, hostEnv[k]]])),
    ),
  });
}

/**
 * The settings file (what the ring runs: this checkout's executor, the tarball from .deps, small
 * nodes with the quick start-up test rings use); the user's variables override any of it.
 */
export async function writeRunSettings(runDir: string, depsDir: string): Promise<string> {
  const path = join(runDir, 'scheduler.yaml');
  const settings = schedulerSettings({
    ringName: 'ring1',
    nodeCount: 3,
    heapMb: 512,
    memMb: 1024,
    cpus: 0.5,
    diskMb: 2048,
    cassandraTarball: `${cassandraHome(depsDir)}-bin.tar.gz`,
    executorCommand: executorCommandLine(process.execPath, EXECUTOR_NODE_FLAGS, EXECUTOR_MAIN),
    fastStart: true,
  });
  await writeFile(path, `${JSON.stringify(settings, null, 2)}\n`);
  return path;
}

export interface SchedulerSetup {
  readonly runDir: string;
  readonly settingsPath: string;
  readonly master: string;
  readonly zkConnect: string;
  readonly apiPort: number;
  readonly passThrough: Readonly<Record<string, string>>;
  readonly hostEnv: Readonly<Record<string, string | undefined>>;
}

export function runSchedulers(setup: SchedulerSetup): SchedulerSet {
  return new SchedulerSet({
    logDir: join(setup.runDir, 'logs'),
    env: {
      ...setup.passThrough,
      SCHEDULER_CONFIG: setup.settingsPath,
      MESOS_MASTER: setup.master,
      ZK_CONNECT: setup.zkConnect,
    },
    inherit: setup.hostEnv,
    apiPorts: [setup.apiPort],
  });
}
