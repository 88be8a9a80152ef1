// Runs executors as real processes, each the leader of its own process group (a new session), with
// cwd = sandbox and stdout/stderr in sandbox files, like Mesos's posix launcher. A container is every
// process the executor started, in whatever group or session (container-processes.ts finds them):
// destroying it kills them all, as a Mesos container's cgroup would, and so does this process's exit.
import { spawn } from 'node:child_process';
import { closeSync, openSync } from 'node:fs';
import { constants } from 'node:os';
import { join } from 'node:path';
import { isProcessAlive } from '@cmf/executor';
import type { mesos } from '@cmf/proto';
import { track, untrack, type Killable } from '../../runtime/reaper.js';
import { waitFor } from '../../runtime/wait-for.js';
import { commandLine } from './command-line.js';
import { killContainer, markedProcesses, markerEntries } from './container-processes.js';

type CommandInfo = mesos.v1.CommandInfo.$Properties;

/**
 * Raw wait statuses of the executors this Node process started, by pid. All agents of the local cluster
 * live in one process, so an agent restarted on the same work dir finds the real exit status of an
 * executor its predecessor launched here, as the OS would tell a parent.
 */
const exits = new Map<number, Promise<number>>();

/** A container as the agent knows it: its sandbox (the marker of its processes) and executor pid. */
export interface ContainerRef {
  readonly sandbox: string;
  /** The executor's pid (= its process group id), once launched. */
  readonly pid?: number | undefined;
}

export interface Launched {
  readonly pid: number;
  /** Resolves with the raw wait status (exit code << 8, or the signal number). */
  readonly exited: Promise<number>;
}

export class LaunchError extends Error {
  readonly code = 'CONTAINER_LAUNCH_FAILED';
}

/** Starts the executor's command; throws LaunchError when the process cannot be created. */
export async function launchExecutor(
  command: CommandInfo,
  env: Readonly<Record<string, string>>,
  sandbox: string,
): Promise<Launched> {
  const { file, args, argv0 } = commandLine(command);
  const out = openSync(join(sandbox, 'stdout'), 'a');
  const err = openSync(join(sandbox, 'stderr'), 'a');
  try {
    const child = spawn(file, args, {
      argv0,
      cwd: sandbox,
      env,
      detached: true, // setsid(): the executor leads a new process group
      stdio: ['ignore', out, err],
    });
    const exited = new Promise<number>((resolve) => {
      child.once('exit', (code, signal) => {
        resolve(waitStatus(code, signal));
      });
    });
    const pid = await new Promise<number>((resolve, reject) => {
      child.once('spawn', () => {
        resolve(child.pid ?? -1);
      });
      child.once('error', (e) => {
        reject(new LaunchError(`Failed to launch executor: ${e.message}`, { cause: e }));
      });
    });
    child.unref();
    exits.set(pid, exited);
    guardContainer({ sandbox, pid });
    return { pid, exited };
  } finally {
    closeSync(out);
    closeSync(err);
  }
}

function waitStatus(code: number | null, signal: NodeJS.Signals | null): number {
  if (signal !== null) return constants.signals[signal];
  return (code ?? 0) << 8;
}

/**
 * Waits for an executor found in the checkpoint after a restart. Its exit status is known if this process
 * launched it; otherwise, like a reaper of a non-child, only its disappearance is seen: -1.
 */
export function watchRecovered(
  pid: number,
  pollMs: number,
): { exited: Promise<number>; cancel: () => void } {
  const known = exits.get(pid);
  if (known !== undefined)
    return {
      exited: known,
      cancel: () => {
        /* nothing to stop */
      },
    };
  let timer: NodeJS.Timeout | undefined;
  const exited = new Promise<number>((resolve) => {
    timer = setInterval(() => {
      if (!isProcessAlive(pid)) {
        clearInterval(timer);
        resolve(-1);
      }
    }, pollMs);
  });
  return {
    exited,
    cancel: () => {
      clearInterval(timer);
    },
  };
}

/** Reaper entries of the containers not destroyed yet, by sandbox. */
const guards = new Map<string, Killable>();

/**
 * Until it is destroyed, the container dies with this process (exit, SIGINT, SIGTERM): executors outlive
 * a stopped agent, never the process that runs the cluster.
 */
export function guardContainer(container: ContainerRef): void {
  if (guards.has(container.sandbox)) return;
  const guard: Killable = {
    killNow: () => {
      killContainersNow([container]);
    },
  };
  guards.set(container.sandbox, guard);
  track(guard);
}

function markersOf(containers: readonly ContainerRef[]): Set<string> {
  return new Set(containers.flatMap((c) => markerEntries(c.sandbox)));
}

/** SIGKILL to every process of the containers, at once (synchronous, for exit hooks too). */
function killContainersNow(containers: readonly ContainerRef[]): void {
  const leaders = containers.flatMap((c) => (c.pid === undefined ? [] : [c.pid]));
  killContainer(markersOf(containers), leaders);
}

/** How long killed processes may take to be gone before destroy gives up waiting for them. */
const GONE_TIMEOUT_MS = 10_000;

/**
 * Destroys containers: every process they hold is killed (SIGKILL), whatever its process group or
 * session. Resolves once none is left, with the pids still there if some would not die in time.
 */
export async function destroyContainers(containers: readonly ContainerRef[]): Promise<number[]> {
  if (containers.length === 0) return [];
  const markers = markersOf(containers);
  killContainersNow(containers);
  let left: number[] = [];
  try {
    await waitFor(
      () => {
        left = markedProcesses(markers);
        return left.length === 0;
      },
      { timeoutMs: GONE_TIMEOUT_MS, intervalMs: 10, what: 'the container to be empty' },
    );
  } catch {
    return left; // stuck (e.g. in uninterruptible sleep): the caller says so, the reaper tries again
  }
  for (const c of containers) release(c);
  return [];
}

export function destroyContainer(container: ContainerRef): Promise<number[]> {
  return destroyContainers([container]);
}

function release(container: ContainerRef): void {
  const guard = guards.get(container.sandbox);
  if (guard === undefined) return;
  untrack(guard);
  guards.delete(container.sandbox);
}
