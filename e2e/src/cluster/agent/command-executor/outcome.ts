// What the command executor decides, without I/O (Mesos's mesos-executor): the terminal state and
// message of a task whose process ended (the message in WSTRINGIFY's words, e.g. "Command exited with
// status 1", "Command terminated with signal Terminated"), and how long a kill waits before SIGKILL.
import { mesos } from '@cmf/proto';

const S = mesos.v1.TaskState;
const R = mesos.v1.TaskStatus.Reason;

/** How the task's process ended, as Node reports it. */
export interface TaskExit {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
}

/** Why the process was being killed when it ended, if it was. */
export type KillCause = 'none' | 'kill' | 'max-completion-time';

export interface TerminalStatus {
  readonly state: mesos.v1.TaskState;
  readonly message: string;
  readonly reason?: mesos.v1.TaskStatus.Reason;
}

/** strsignal()'s text on Linux for the signals a task is likely to die of. */
const SIGNAL_TEXT: Partial<Record<NodeJS.Signals, string>> = {
  SIGHUP: 'Hangup',
  SIGINT: 'Interrupt',
  SIGQUIT: 'Quit',
  SIGILL: 'Illegal instruction',
  SIGTRAP: 'Trace/breakpoint trap',
  SIGABRT: 'Aborted',
  SIGBUS: 'Bus error',
  SIGFPE: 'Floating point exception',
  SIGKILL: 'Killed',
  SIGUSR1: 'User defined signal 1',
  SIGSEGV: 'Segmentation fault',
  SIGUSR2: 'User defined signal 2',
  SIGPIPE: 'Broken pipe',
  SIGALRM: 'Alarm clock',
  SIGTERM: 'Terminated',
  SIGXCPU: 'CPU time limit exceeded',
  SIGXFSZ: 'File size limit exceeded',
  SIGSYS: 'Bad system call',
};

/** "exited with status N" or "terminated with signal <strsignal text>". */
export function describeExit(exit: TaskExit): string {
  if (exit.signal !== null) {
    return `terminated with signal ${SIGNAL_TEXT[exit.signal] ?? `Unknown signal ${exit.signal}`}`;
  }
  return `exited with status ${(exit.code ?? 0).toString()}`;
}

/**
 * A kill wins over a clean exit (TASK_KILLED even if the task exited 0 on SIGTERM); the max completion
 * time makes it TASK_FAILED with its reason; otherwise exit status 0 is TASK_FINISHED, anything else
 * TASK_FAILED.
 */
export function terminalStatus(exit: TaskExit, cause: KillCause): TerminalStatus {
  const message = `Command ${describeExit(exit)}`;
  switch (cause) {
    case 'max-completion-time':
      return { state: S.TASK_FAILED, message, reason: R.REASON_MAX_COMPLETION_TIME_REACHED };
    case 'kill':
      return { state: S.TASK_KILLED, message };
    case 'none':
      return {
        state: exit.signal === null && exit.code === 0 ? S.TASK_FINISHED : S.TASK_FAILED,
        message,
      };
  }
}

/** Mesos's default kill grace period of the command executor. */
export const DEFAULT_KILL_GRACE_MS = 3000;

type KillPolicy = mesos.v1.KillPolicy.$Properties;

/** The KILL event's policy wins over the task's; without either, 3 s. */
export function killGraceMs(
  fromKill: KillPolicy | null | undefined,
  ofTask: KillPolicy | null | undefined,
): number {
  const ns = fromKill?.grace_period?.nanoseconds ?? ofTask?.grace_period?.nanoseconds;
  return ns === undefined ? DEFAULT_KILL_GRACE_MS : Math.max(0, ns / 1e6);
}

/**
 * On SHUTDOWN the task gets the executor's grace period less 2 s (the reaper's interval and a second),
 * so that TASK_KILLED goes out before the agent destroys the container.
 */
export function shutdownKillGraceMs(executorGraceMs: number): number {
  return Math.max(0, executorGraceMs - 2000);
}
