// Runs a long-lived child (a JVM) detached in its own process group, with stdout and stderr going
// to files, and stops it by signalling the whole group: SIGTERM first (Cassandra drains on it),
// SIGKILL once the grace period is over.
import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, openSync } from 'node:fs';
import type { Command } from './argv.js';
import { CassandraRuntimeError } from './errors.js';

export interface ProcessFiles {
  readonly cwd: string;
  readonly stdoutPath: string;
  readonly stderrPath: string;
}

export interface ProcessExit {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
}

export class DetachedProcess {
  private exit: ProcessExit | undefined;
  /** Settles once the child has exited, however it ended. */
  readonly exited: Promise<ProcessExit>;

  constructor(
    readonly pid: number,
    child: ChildProcess,
  ) {
    this.exited = new Promise((resolve) => {
      child.once('exit', (code, signal) => {
        this.exit = { code, signal };
        resolve(this.exit);
      });
    });
  }

  get exitInfo(): ProcessExit | undefined {
    return this.exit;
  }

  isRunning(): boolean {
    return this.exit === undefined;
  }

  /** SIGTERM to the group, SIGKILL after `graceMs`; resolves with how the child ended. */
  async stop(graceMs: number): Promise<ProcessExit> {
    if (this.isRunning()) {
      signalGroup(this.pid, 'SIGTERM');
      let timer: NodeJS.Timeout | undefined;
      const graceOver = new Promise<'grace-over'>((resolve) => {
        timer = setTimeout(resolve, graceMs, 'grace-over');
      });
      const first = await Promise.race([this.exited, graceOver]);
      clearTimeout(timer);
      if (first === 'grace-over') signalGroup(this.pid, 'SIGKILL');
    }
    const exit = await this.exited;
    // The leader is gone; anything it left in its group goes too.
    signalGroup(this.pid, 'SIGKILL');
    return exit;
  }

  /** Synchronous last resort, for process 'exit' hooks: SIGKILL to the whole group. */
  killNow(): void {
    if (this.isRunning()) signalGroup(this.pid, 'SIGKILL');
  }
}

/** Signals every process in the group led by `pid`; a group that is already gone is not an error. */
export function signalGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ESRCH') throw error;
  }
}

/** Whether a process with this pid exists (signal 0 checks without signalling). */
export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export async function spawnDetached(
  command: Command,
  files: ProcessFiles,
): Promise<DetachedProcess> {
  const stdout = openSync(files.stdoutPath, 'a');
  const stderr = openSync(files.stderrPath, 'a');
  try {
    const child = spawn(command.command, [...command.args], {
      cwd: files.cwd,
      env: { ...process.env, ...command.env },
      detached: true,
      stdio: ['ignore', stdout, stderr],
    });
    // Node sets pid synchronously when the spawn worked; otherwise it emits 'error' instead.
    if (child.pid === undefined) {
      const error = await new Promise<unknown>((resolve) => child.once('error', resolve));
      const message = `cannot start ${command.command}: ${String(error)}`;
      throw new CassandraRuntimeError('SPAWN_FAILED', message, false, { cause: error });
    }
    // Not unref'd: a running child keeps its supervisor's event loop alive, so awaiting `exited`
    // always settles.
    return new DetachedProcess(child.pid, child);
  } finally {
    closeSync(stdout);
    closeSync(stderr);
  }
}
