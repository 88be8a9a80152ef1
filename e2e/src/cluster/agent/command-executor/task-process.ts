// The command task's process, as Mesos's command executor runs it: in a session of its own, in the
// sandbox, with the executor's output files. It is killed as a tree: every process of the container
// but the executor itself, whatever its session, SIGTERM first and SIGKILL once the grace period is
// over; a later kill may shorten that period, never lengthen it.
import { spawn } from 'node:child_process';
import type { mesos } from '@cmf/proto';
import { commandLine } from '../command-line.js';
import { killContainer, markerEntries, terminateContainer } from '../container-processes.js';
import type { TaskExit } from './outcome.js';

type CommandInfo = mesos.v1.CommandInfo.$Properties;

export class TaskProcess {
  #escalation: { at: number; timer: NodeJS.Timeout } | undefined;
  #ended = false;
  readonly #markers: ReadonlySet<string>;

  private constructor(
    readonly pid: number | undefined,
    readonly exited: Promise<TaskExit>,
    sandbox: string,
  ) {
    this.#markers = new Set(markerEntries(sandbox));
    void exited.then(() => {
      this.#ended = true;
      clearTimeout(this.#escalation?.timer);
    });
  }

  /**
   * Starts the command. A command that cannot be started ends at once with status 1, as Mesos's
   * launcher helper exits when its exec fails; `onError` hears why.
   */
  static start(
    command: CommandInfo,
    env: Readonly<Record<string, string>>,
    sandbox: string,
    onError: (error: Error) => void,
  ): TaskProcess {
    const { file, args, argv0 } = commandLine(command);
    const child = spawn(file, args, {
      argv0,
      cwd: sandbox,
      env,
      detached: true, // setsid(), as the command executor's launcher does
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    const exited = new Promise<TaskExit>((resolve) => {
      child.once('exit', (code, signal) => {
        resolve({ code, signal });
      });
      child.once('error', (error) => {
        onError(error);
        resolve({ code: 1, signal: null });
      });
    });
    return new TaskProcess(child.pid, exited, sandbox);
  }

  get hasEnded(): boolean {
    return this.#ended;
  }

  /** SIGTERM to the tree now (first call), SIGKILL after `graceMs`; a shorter later grace wins. */
  kill(graceMs: number, nowMs: number): void {
    if (this.#ended) return;
    const at = nowMs + graceMs;
    if (this.#escalation === undefined) {
      terminateContainer(this.#markers, this.#leaders());
    } else if (at >= this.#escalation.at) {
      return; // a retried or longer kill changes nothing
    } else {
      clearTimeout(this.#escalation.timer);
    }
    const timer = setTimeout(() => {
      this.killNow();
    }, graceMs);
    this.#escalation = { at, timer };
  }

  /** SIGKILL to the whole tree at once (also what outlived the task's own process). */
  killNow(): void {
    killContainer(this.#markers, this.#leaders());
  }

  #leaders(): number[] {
    return this.pid === undefined ? [] : [this.pid];
  }
}
