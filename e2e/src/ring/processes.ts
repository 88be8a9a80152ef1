// The processes a ring left on this machine, found from /proc by where they run: every executor
// runs in its sandbox and every Cassandra JVM in <sandbox>/cassandra, all under the ring's work
// dir. An agent destroys a container whole (its processes carry the sandbox's env markers); what
// outlives its agent (a stopped agent leaves its containers running) goes with this sweep.
import { readdirSync, readlinkSync } from 'node:fs';
import { readdir, readFile, readlink } from 'node:fs/promises';
import { isProcessAlive, signalGroup } from '@cmf/executor';
import { signalProcess } from '../cluster/agent/container-processes.js';
import { waitFor } from '../runtime/wait-for.js';

export interface RunningProcess {
  readonly pid: number;
  readonly cwd: string;
  readonly argv: readonly string[];
}

export const CASSANDRA_MAIN_CLASS = 'org.apache.cassandra.service.CassandraDaemon';

/** `path` is `dir` or inside it. */
export function isWithin(path: string, dir: string): boolean {
  const root = dir.endsWith('/') ? dir.slice(0, -1) : dir;
  return path === root || path.startsWith(`${root}/`);
}

export function isCassandra(process: RunningProcess): boolean {
  return process.argv.includes(CASSANDRA_MAIN_CLASS);
}

async function describe(pid: number): Promise<RunningProcess | undefined> {
  try {
    const cwd = await readlink(`/proc/${pid}/cwd`);
    const cmdline = await readFile(`/proc/${pid}/cmdline`, 'utf8');
    return { pid, cwd, argv: cmdline.split('\0').filter((arg) => arg !== '') };
  } catch {
    return undefined; // gone meanwhile, or not ours to read
  }
}

/** Every process (other than this one) whose working directory is inside `dir`. */
export async function processesWithin(dir: string): Promise<RunningProcess[]> {
  const pids = (await readdir('/proc'))
    .filter((name) => /^\d+$/.test(name))
    .map(Number)
    .filter((pid) => pid !== process.pid);
  const found = await Promise.all(pids.map(describe));
  return found.filter((p): p is RunningProcess => p !== undefined && isWithin(p.cwd, dir));
}

/** The Cassandra JVMs running under `dir`, by pid. */
export async function cassandraProcesses(dir: string): Promise<RunningProcess[]> {
  return (await processesWithin(dir)).filter(isCassandra);
}

/** SIGKILL to each process's group and to the process; then waits until all are gone. */
export async function killWithin(dir: string, timeoutMs = 10_000): Promise<number[]> {
  const victims = await processesWithin(dir);
  for (const victim of victims) {
    signalGroup(victim.pid, 'SIGKILL');
    signalProcess(victim.pid, 'SIGKILL');
  }
  await waitGone(
    victims.map((v) => v.pid),
    timeoutMs,
    `processes under ${dir} to die after SIGKILL`,
  );
  return victims.map((v) => v.pid);
}

export async function waitGone(
  pids: readonly number[],
  timeoutMs: number,
  what: string,
): Promise<void> {
  await waitFor(() => pids.every((pid) => !isProcessAlive(pid)), {
    timeoutMs,
    intervalMs: 100,
    what: `${what} (pids ${pids.join(', ')})`,
  });
}

/**
 * The gentle way down: SIGTERM to the processes under `dir` that `isFirst` picks (executors,
 * which drain and stop their Cassandra node), a wait until nothing runs under `dir` any more,
 * then SIGKILL for whatever is still there once `timeoutMs` has passed.
 */
export async function stopWithin(
  dir: string,
  isFirst: (process: RunningProcess) => boolean,
  timeoutMs: number,
): Promise<{ stopped: number; killed: number[] }> {
  const first = (await processesWithin(dir)).filter(isFirst);
  for (const p of first) signalProcess(p.pid, 'SIGTERM');
  try {
    await waitFor(async () => (await processesWithin(dir)).length === 0, {
      timeoutMs,
      intervalMs: 200,
      what: `every process under ${dir} to stop after SIGTERM`,
    });
    return { stopped: first.length, killed: [] };
  } catch {
    return { stopped: first.length, killed: await killWithin(dir) };
  }
}

/**
 * For 'exit' hooks, where nothing asynchronous runs: SIGKILL to every process working under
 * `dir` and its group, without waiting.
 */
export function killWithinNow(dir: string): void {
  for (const name of readdirSync('/proc')) {
    const pid = Number(name);
    if (!/^\d+$/.test(name) || pid === process.pid) continue;
    let cwd: string;
    try {
      cwd = readlinkSync(`/proc/${pid}/cwd`);
    } catch {
      continue;
    }
    if (!isWithin(cwd, dir)) continue;
    signalGroup(pid, 'SIGKILL');
    signalProcess(pid, 'SIGKILL');
  }
}
