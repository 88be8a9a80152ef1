// A bare restart of one node, the yardstick for restart in place: the Cassandra JVM started by hand
// with the command line, working directory and environment its executor gave it (read from /proc
// before it was killed), minus the agent's container markers so the agent never takes it for one
// of its containers; and the one probe both restarts are timed with (CQL answers on that node, and
// its own nodetool status shows it UN).
import { spawn } from 'node:child_process';
import { closeSync, openSync } from 'node:fs';
import { readFile, readlink } from 'node:fs/promises';
import { createConnection } from 'node:net';
import cassandra from 'cassandra-driver';
import { DetachedProcess, isProcessAlive, statusCode, type ProcessExit } from '@cmf/executor';
import { markerEntries } from '../cluster/agent/container-processes.js';
import { track, untrack } from '../runtime/reaper.js';
import { waitFor } from '../runtime/wait-for.js';
import { nodetoolView, type NodetoolTarget } from './nodetool-view.js';

export interface JvmLaunch {
  readonly argv: readonly string[];
  readonly cwd: string;
  readonly env: Readonly<Record<string, string>>;
}

/** MESOS_DIRECTORY, MESOS_SANDBOX: the variables by which the agent finds a container's processes. */
const MARKER_KEYS: ReadonlySet<string> = new Set(
  markerEntries('').map((entry) => entry.slice(0, entry.indexOf('='))),
);

/** A /proc environ text (NUL-separated KEY=value entries) without the container markers. */
export function environWithoutMarkers(environ: string): Record<string, string> {
  const env: Record<string, string> = {};
  for (const entry of environ.split('\0')) {
    const at = entry.indexOf('=');
    if (at <= 0) continue;
    const key = entry.slice(0, at);
    if (!MARKER_KEYS.has(key)) env[key] = entry.slice(at + 1);
  }
  return env;
}

/** How the process `pid` was started, for starting it again the same way. */
export async function readJvmLaunch(pid: number): Promise<JvmLaunch> {
  const cmdline = await readFile(`/proc/${pid}/cmdline`, 'utf8');
  return {
    argv: cmdline.split('\0').filter((arg) => arg !== ''),
    cwd: await readlink(`/proc/${pid}/cwd`),
    env: environWithoutMarkers(await readFile(`/proc/${pid}/environ`, 'utf8')),
  };
}

export interface HandStarted {
  readonly pid: number;
  /** performance.now() right before the spawn. */
  readonly spawnedAt: number;
  /** SIGTERM to its group (Cassandra shuts down cleanly), SIGKILL after `graceMs`. */
  stop(graceMs: number): Promise<ProcessExit>;
}

/** Starts `launch` in a process group of its own, output appended to `logPath`; tracked by the reaper. */
export async function startByHand(launch: JvmLaunch, logPath: string): Promise<HandStarted> {
  const [command, ...args] = launch.argv;
  if (command === undefined) throw new Error('an empty command line');
  const log = openSync(logPath, 'a');
  const spawnedAt = performance.now();
  let child: ReturnType<typeof spawn>;
  try {
    child = spawn(command, args, {
      cwd: launch.cwd,
      env: launch.env,
      detached: true,
      stdio: ['ignore', log, log],
    });
  } finally {
    closeSync(log);
  }
  if (child.pid === undefined) {
    const error = await new Promise<unknown>((resolve) => child.once('error', resolve));
    throw new Error(`cannot start ${command}: ${String(error)}`, { cause: error });
  }
  const started = new DetachedProcess(child.pid, child);
  track(started);
  void started.exited.then(() => {
    untrack(started);
  });
  return { pid: child.pid, spawnedAt, stop: (graceMs) => started.stop(graceMs) };
}

function portOpen(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ host, port, timeout: 1_000 });
    const done = (open: boolean): void => {
      socket.destroy();
      resolve(open);
    };
    socket.once('connect', () => {
      done(true);
    });
    socket.once('error', () => {
      done(false);
    });
    socket.once('timeout', () => {
      done(false);
    });
  });
}

/** A query answered by `address` itself (the driver may use no other host). */
async function cqlAnswers(address: string): Promise<boolean> {
  if (!(await portOpen(address, 9042))) return false;
  const { policies } = cassandra;
  const client = new cassandra.Client({
    contactPoints: [address],
    localDataCenter: 'dc1',
    isMetadataSyncEnabled: false,
    policies: {
      loadBalancing: new policies.loadBalancing.AllowListPolicy(
        new policies.loadBalancing.DCAwareRoundRobinPolicy('dc1'),
        [`${address}:9042`],
      ),
    },
    socketOptions: { connectTimeout: 2_000, readTimeout: 5_000 },
  });
  try {
    const result = await client.execute('SELECT release_version FROM system.local');
    return result.rowLength === 1;
  } finally {
    await client.shutdown();
  }
}

/** Its own nodetool status lists `address` as UN. */
async function unInOwnView(target: NodetoolTarget, address: string): Promise<boolean> {
  const view = await nodetoolView(target, address, 20_000);
  if (!view.ok) throw new Error(`${address}: ${view.error}`);
  const own = view.rows.find((row) => row.address.replace(/:\d+$/, '') === address);
  return own !== undefined && statusCode(own) === 'UN';
}

export interface ServesOptions {
  readonly nodetool: NodetoolTarget;
  readonly timeoutMs: number;
  /** A JVM that must be gone before the node can count as back (the one just killed). */
  readonly deadPid?: number;
  /** Gives up at once when aborted. */
  readonly signal?: AbortSignal;
}

/**
 * Once CQL answers on `address` and its nodetool status shows it UN: returns performance.now() at
 * the start of the probe round that saw both (a round is a cheap port check until the port opens).
 */
export async function waitNodeServes(address: string, options: ServesOptions): Promise<number> {
  const { deadPid } = options;
  return waitFor(
    async () => {
      const roundAt = performance.now();
      if (deadPid !== undefined && isProcessAlive(deadPid)) throw new Error(`${deadPid} alive`);
      if (!(await cqlAnswers(address))) throw new Error(`no CQL on ${address} yet`);
      if (!(await unInOwnView(options.nodetool, address))) throw new Error(`${address} not UN`);
      return roundAt;
    },
    {
      timeoutMs: options.timeoutMs,
      intervalMs: 100,
      what: `${address} to serve CQL and be UN`,
      ...(options.signal ? { signal: options.signal } : {}),
    },
  );
}
