// Runs executors as real processes, each the leader of its own process group (a new session), with
// cwd = sandbox and stdout/stderr in sandbox files, like Mesos's posix launcher. Destroying a container
// kills the whole group, so whatever the executor started dies with it.
import { spawn } from 'node:child_process';
import { closeSync, openSync } from 'node:fs';
import { constants } from 'node:os';
import { join } from 'node:path';
import type { mesos } from '@cmf/proto';
import { track, untrack } from '../../runtime/reaper.js';

type CommandInfo = mesos.v1.CommandInfo.$Properties;

/**
 * Raw wait statuses of the executors this Node process started, by pid. All agents of the local cluster
 * live in one process, so an agent restarted on the same work dir finds the real exit status of an
 * executor its predecessor launched here, as the OS would tell a parent.
 */
const exits = new Map<number, Promise<number>>();

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
    remember(pid, exited);
    return { pid, exited };
  } finally {
    closeSync(out);
    closeSync(err);
  }
}

/** Keeps the exit status for a restarted agent, and kills the group if this process exits first. */
function remember(pid: number, exited: Promise<number>): void {
  exits.set(pid, exited);
  // Executors outlive a stopped agent, never the process that runs the cluster.
  const reaped = {
    killNow: () => {
      destroyContainer(pid);
    },
  };
  track(reaped);
  void exited.then(() => {
    untrack(reaped);
  });
}

/** `shell` (the proto default) runs `/bin/sh -c value`; otherwise value is the program, arguments its argv. */
function commandLine(command: CommandInfo): { file: string; args: string[]; argv0: string } {
  const value = command.value ?? '';
  if (command.shell !== false) return { file: '/bin/sh', args: ['-c', value], argv0: 'sh' };
  const [argv0 = value, ...args] = command.arguments ?? [];
  return { file: value, args, argv0 };
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
      if (!isAlive(pid)) {
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

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Kills the executor's whole process group; a group already gone is fine. */
export function destroyContainer(pid: number): void {
  try {
    process.kill(-pid, 'SIGKILL');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ESRCH') throw err;
  }
}
