// Runs the built executor as the Mesos agent would (node with the executor's own flags): a child
// process with the MESOS_* environment,
// its cwd the sandbox, stdout/stderr to sandbox files, pointed at a fake (or local) agent. The
// sandbox gets the node's persistent volume folder and the Cassandra distribution from `make deps`.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { EXECUTOR_MAIN, EXECUTOR_NODE_FLAGS } from '../node-flags.js';

export const CASSANDRA_DIST = 'apache-cassandra-5.0.9';

export function depsDir(): string {
  return process.env['DEPS_DIR'] ?? fileURLToPath(new URL('../../../.deps', import.meta.url));
}

export interface Sandbox {
  readonly dir: string;
  readonly volume: string;
  /** The node's console output, as the executor writes it. */
  readonly cassandraStdout: string;
  remove(): void;
}

/** A sandbox with a `volume/` folder (the persistent volume) and the distribution linked in. */
export function makeSandbox(withVolume = true): Sandbox {
  const dir = mkdtempSync(join(tmpdir(), 'executor-sandbox-'));
  const volume = join(dir, 'volume');
  if (withVolume) mkdirSync(volume);
  symlinkSync(join(depsDir(), CASSANDRA_DIST), join(dir, CASSANDRA_DIST));
  return {
    dir,
    volume,
    cassandraStdout: join(dir, 'cassandra', 'logs', 'stdout.log'),
    remove: () => {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export interface ExecutorEnv {
  readonly frameworkId: string;
  readonly executorId: string;
  readonly agent: { host: string; port: number };
  readonly checkpoint?: boolean;
  readonly extra?: Readonly<Record<string, string>>;
}

export class ExecutorProcess {
  readonly child: ChildProcess;
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;

  constructor(
    readonly sandbox: Sandbox,
    env: ExecutorEnv,
  ) {
    const out = openSync(join(sandbox.dir, 'stdout'), 'a');
    const err = openSync(join(sandbox.dir, 'stderr'), 'a');
    this.child = spawn(process.execPath, [...EXECUTOR_NODE_FLAGS, EXECUTOR_MAIN], {
      cwd: sandbox.dir,
      env: { ...mesosEnv(sandbox.dir, env), ...env.extra },
      stdio: ['ignore', out, err],
    });
    this.exited = new Promise((resolve) => {
      this.child.once('exit', (code, signal) => {
        resolve({ code, signal });
      });
    });
  }

  /** The executor's own log (JSON lines on stderr), for failure messages. */
  log(): string {
    try {
      return readFileSync(join(this.sandbox.dir, 'stderr'), 'utf8');
    } catch {
      return '';
    }
  }

  kill(): void {
    this.child.kill('SIGKILL');
  }
}

function mesosEnv(sandbox: string, env: ExecutorEnv): Record<string, string> {
  return {
    PATH: process.env['PATH'] ?? '/usr/bin:/bin',
    ...(process.env['JAVA_HOME'] ? { JAVA_HOME: process.env['JAVA_HOME'] } : {}),
    MESOS_FRAMEWORK_ID: env.frameworkId,
    MESOS_EXECUTOR_ID: env.executorId,
    MESOS_AGENT_ENDPOINT: `${env.agent.host}:${env.agent.port}`,
    MESOS_DIRECTORY: sandbox,
    MESOS_SANDBOX: sandbox,
    MESOS_CHECKPOINT: env.checkpoint === false ? '0' : '1',
    MESOS_RECOVERY_TIMEOUT: '15mins',
    MESOS_SUBSCRIPTION_BACKOFF_MAX: '2secs',
    MESOS_EXECUTOR_SHUTDOWN_GRACE_PERIOD: '5secs',
    MESOS_HTTP_COMMAND_EXECUTOR: '0',
    CMF_CASSANDRA_FAST_START: '1',
  };
}
