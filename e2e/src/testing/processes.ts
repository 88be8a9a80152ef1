// Looking at real processes from tests: whether one still runs (an exited process nobody reaped, a
// zombie, counts as gone), and which processes still carry a container's or a work dir's sandbox.
import { readFileSync } from 'node:fs';
import {
  markedProcesses,
  markerEntries,
  processesWhere,
} from '../cluster/agent/container-processes.js';

/** Whether `pid` is a live process: not absent, not a zombie. */
export function isRunning(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // "pid (comm) S ...": the state follows the last ')' (comm may hold spaces and parentheses).
    const state = stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3);
    return state !== 'Z' && state !== 'X';
  } catch {
    return false;
  }
}

/** The live processes of the container whose sandbox this is. */
export function containerPids(sandbox: string): number[] {
  return markedProcesses(new Set(markerEntries(sandbox)));
}

/** Every live process of ours whose environment names a sandbox under `workDir`. */
export function processesUnder(workDir: string): number[] {
  const prefixes = [`MESOS_DIRECTORY=${workDir}/`, `MESOS_SANDBOX=${workDir}/`];
  return processesWhere((environ) =>
    environ.split('\0').some((entry) => prefixes.some((p) => entry.startsWith(p))),
  );
}

/** Reads a pid file a test executor wrote in its sandbox. */
export function readPidFile(path: string): number {
  return Number(readFileSync(path, 'utf8').trim());
}
