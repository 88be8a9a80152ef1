// The processes of a container, found the way a cgroup would hold them. Whatever process group or
// session a process moves to, it keeps the environment it was started with, and every process an
// executor starts inherits the executor's: the agent's MESOS_DIRECTORY / MESOS_SANDBOX (the run's
// sandbox, unique per container run) mark the whole container in /proc/<pid>/environ.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { signalGroup } from '@cmf/executor';

/** The environment entries that mark a container's processes; either one is enough. */
export function markerEntries(sandbox: string): string[] {
  return [`MESOS_DIRECTORY=${sandbox}`, `MESOS_SANDBOX=${sandbox}`];
}

/** Whether a /proc environ text (NUL-separated entries) holds one of the markers. */
export function carriesMarker(environ: string, markers: ReadonlySet<string>): boolean {
  for (const entry of environ.split('\0')) if (markers.has(entry)) return true;
  return false;
}

/**
 * Our own uid's processes (this one excepted) whose environment passes `test`. Processes that vanish
 * while we look, zombies (no environment left) and those we may not read are skipped.
 */
export function processesWhere(test: (environ: string) => boolean): number[] {
  const uid = process.getuid?.();
  const found: number[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const pid = Number(name);
    if (pid === process.pid) continue;
    const environ = readEnviron(pid, uid);
    if (environ !== undefined && test(environ)) found.push(pid);
  }
  return found;
}

/** Our own uid's processes that carry one of the markers. */
export function markedProcesses(markers: ReadonlySet<string>): number[] {
  return processesWhere((environ) => carriesMarker(environ, markers));
}

function readEnviron(pid: number, uid: number | undefined): string | undefined {
  try {
    if (uid !== undefined && statSync(`/proc/${pid}`).uid !== uid) return undefined;
    return readFileSync(`/proc/${pid}/environ`, 'utf8');
  } catch {
    return undefined; // gone meanwhile (ENOENT, ESRCH) or not ours to read (EACCES)
  }
}

/** Signals one process; one that is gone already (or not ours) is not an error. */
export function signalProcess(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(pid, signal);
  } catch {
    // ESRCH: already gone; EPERM: not ours to signal
  }
}

/** Rounds of "find and stop" before giving up on a container that keeps forking faster than we look. */
const FREEZE_ROUNDS = 50;

/**
 * Stops (SIGSTOP) every marked process, looking again until no new one appears, so that none can fork a
 * child between the scan and the kill that follows, as a cgroup freezer does. Synchronous, so that exit
 * hooks can use it. Returns the pids it stopped.
 */
export function freezeMarked(markers: ReadonlySet<string>): number[] {
  const frozen = new Set<number>();
  for (let round = 0; round < FREEZE_ROUNDS; round++) {
    const fresh = markedProcesses(markers).filter((pid) => !frozen.has(pid));
    if (fresh.length === 0) break;
    for (const pid of fresh) {
      signalProcess(pid, 'SIGSTOP');
      frozen.add(pid);
    }
  }
  return [...frozen];
}

/** Signals the process groups these processes lead; a group gone (or someone else's) is skipped. */
function signalGroups(leaders: readonly number[], signal: NodeJS.Signals): void {
  for (const leader of leaders) {
    try {
      signalGroup(leader, signal);
    } catch {
      // EPERM: that group id belongs to someone else by now
    }
  }
}

/**
 * SIGKILLs a container, synchronously: every marked process (frozen first), and the process groups of
 * `leaders` (the executor, a task), which also reaches a member that cleared its environment. Returns
 * the marked pids it killed.
 */
export function killContainer(markers: ReadonlySet<string>, leaders: readonly number[]): number[] {
  const frozen = freezeMarked(markers);
  signalGroups(leaders, 'SIGKILL');
  for (const pid of frozen) signalProcess(pid, 'SIGKILL');
  return frozen;
}

/** SIGTERMs a container (a polite first step: it may fork on, so a kill must follow). */
export function terminateContainer(
  markers: ReadonlySet<string>,
  leaders: readonly number[],
): number[] {
  const found = markedProcesses(markers);
  signalGroups(leaders, 'SIGTERM');
  for (const pid of found) signalProcess(pid, 'SIGTERM');
  return found;
}
