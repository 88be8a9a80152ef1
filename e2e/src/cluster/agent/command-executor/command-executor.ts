// The command executor (Mesos's mesos-executor, protocol §5.6): runs the one task it is given with
// TaskInfo.command and reports it through the agent like any executor: TASK_STARTING, TASK_RUNNING,
// then TASK_FINISHED / TASK_FAILED ("Command exited with status N") or TASK_KILLED ("Command terminated
// with signal Terminated"). It exits once the agent has acknowledged the terminal update.
import { mesos } from '@cmf/proto';
import type { ExecutorEventMsg } from './client.js';
import {
  killGraceMs,
  shutdownKillGraceMs,
  terminalStatus,
  type KillCause,
  type TaskExit,
} from './outcome.js';
import { ExecutorSession, type TaskStatus } from './session.js';
import type { ExecutorSettings } from './settings.js';
import { TaskProcess } from './task-process.js';

const E = mesos.v1.executor.Event.Type;
const S = mesos.v1.TaskState;
type TaskInfo = mesos.v1.TaskInfo;
type FrameworkInfo = mesos.v1.FrameworkInfo.$Properties;

/** What the executor needs from its process: its environment (the task's base), exit, a log, a clock. */
export interface ExecutorHost {
  readonly env: Readonly<Record<string, string>>;
  exit(code: number): void;
  log(line: string): void;
  now(): number;
}

/** How long the terminal update may wait for its acknowledgement before the executor gives up. */
const TERMINAL_ACK_TIMEOUT_MS = 60_000;

const OWN_TERMINAL_STATES = new Set<mesos.v1.TaskState>([
  S.TASK_FINISHED,
  S.TASK_FAILED,
  S.TASK_KILLED,
]);

export class CommandExecutor {
  readonly #session: ExecutorSession;
  #framework: FrameworkInfo | undefined;
  #task: TaskInfo | undefined;
  #process: TaskProcess | undefined;
  #killCause: KillCause = 'none';
  #completionTimer: NodeJS.Timeout | undefined;

  constructor(
    private readonly settings: ExecutorSettings,
    private readonly host: ExecutorHost,
  ) {
    this.#session = new ExecutorSession(settings.session, {
      onEvent: (event) => {
        this.#received(event);
      },
      onAcknowledged: (_taskId, status) => {
        this.#acknowledged(status);
      },
      onDisconnected: () => {
        this.#disconnected();
      },
      onLost: () => {
        this.#abandon('the agent did not come back within the recovery timeout', 1);
      },
    });
  }

  /** SUBSCRIBE; throws when the agent does not take it. */
  start(): Promise<void> {
    return this.#session.connect();
  }

  /** What each event does; SUBSCRIBED's framework is kept, ACKNOWLEDGED is the session's. */
  readonly #reactions: Partial<
    Record<mesos.v1.executor.Event.Type, (e: ExecutorEventMsg) => void>
  > = {
    [E.SUBSCRIBED]: (e) => {
      this.#framework = e.subscribed?.framework_info;
    },
    [E.LAUNCH]: (e) => {
      if (e.launch) this.#launch(e.launch.task);
    },
    [E.KILL]: (e) => {
      this.#kill(killGraceMs(e.kill?.kill_policy, this.#task?.kill_policy), 'kill');
    },
    [E.SHUTDOWN]: () => {
      this.#shutdown();
    },
    // Only the default executor takes task groups: unexpected here, so shut down.
    [E.LAUNCH_GROUP]: () => {
      this.#shutdown();
    },
  };

  #received(event: ExecutorEventMsg): void {
    const type = event.type ?? E.UNKNOWN;
    this.host.log(`Received ${E[type]} event`);
    this.#reactions[type]?.(event);
  }

  #launch(task: TaskInfo): void {
    if (this.#task !== undefined) {
      const message = 'Attempted to run multiple tasks using a "command" executor';
      this.#session.update({ task_id: task.task_id, state: S.TASK_FAILED, message });
      return;
    }
    this.#task = task;
    this.#update(S.TASK_STARTING);
    this.host.log(`Starting task ${task.task_id.value}`);
    const started = TaskProcess.start(
      task.command ?? {},
      this.#taskEnvironment(task),
      this.settings.sandbox,
      (error) => {
        this.host.log(`Failed to execute the command: ${error.message}`);
      },
    );
    this.#process = started;
    this.host.log(`Forked command at ${String(started.pid)}`);
    void started.exited.then((exit) => {
      this.#reaped(exit);
    });
    this.#armCompletionTimer(task);
    this.#update(S.TASK_RUNNING);
  }

  /** The executor's own environment, the task's variables on top, and the role it was given. */
  #taskEnvironment(task: TaskInfo): Record<string, string> {
    const env: Record<string, string> = { ...this.host.env };
    for (const v of task.command?.environment?.variables ?? []) {
      if (typeof v.value === 'string') env[v.name] = v.value; // SECRET values are not resolved here
    }
    const role = task.resources[0]?.allocation_info?.role;
    if (typeof role === 'string') env['MESOS_ALLOCATION_ROLE'] = role;
    return env;
  }

  #armCompletionTimer(task: TaskInfo): void {
    const ns = task.max_completion_time?.nanoseconds ?? 0;
    if (ns <= 0) return;
    this.#completionTimer = setTimeout(() => {
      this.host.log(`Killing the task: it exceeded its maximum completion time`);
      this.#kill(0, 'max-completion-time');
    }, ns / 1e6);
  }

  #kill(graceMs: number, cause: KillCause): void {
    const running = this.#process;
    if (running === undefined || running.hasEnded) return; // nothing to kill, or already reported
    if (this.#killCause === 'none') {
      this.#killCause = cause;
      clearTimeout(this.#completionTimer);
      if (cause === 'kill' && this.#reportsKilling()) this.#update(S.TASK_KILLING);
      this.host.log(`Sending SIGTERM to the task's processes; SIGKILL in ${graceMs.toString()} ms`);
    }
    running.kill(graceMs, this.host.now());
  }

  #reportsKilling(): boolean {
    const KILLING = mesos.v1.FrameworkInfo.Capability.Type.TASK_KILLING_STATE;
    return (this.#framework?.capabilities ?? []).some((c) => c.type === KILLING);
  }

  #shutdown(): void {
    if (this.#process === undefined) {
      this.host.exit(0);
      return;
    }
    this.#kill(shutdownKillGraceMs(this.settings.shutdownGraceMs), 'kill');
  }

  #reaped(exit: TaskExit): void {
    clearTimeout(this.#completionTimer);
    const status = terminalStatus(exit, this.#killCause);
    this.host.log(`${status.message} (pid: ${String(this.#process?.pid)})`);
    this.#update(status.state, {
      message: status.message,
      ...(status.reason === undefined ? {} : { reason: status.reason }),
    });
    setTimeout(() => {
      this.host.log('Did not receive ACK for the terminal status update from the agent');
      this.host.exit(1);
    }, TERMINAL_ACK_TIMEOUT_MS).unref();
  }

  #acknowledged(status: TaskStatus | undefined): void {
    if (status !== undefined && OWN_TERMINAL_STATES.has(status.state)) this.host.exit(0);
  }

  /** A checkpointing executor waits for its agent to come back; any other one ends its task. */
  #disconnected(): void {
    if (this.settings.checkpoint) {
      void this.#session.resubscribe();
      return;
    }
    this.#abandon('the agent went away and the framework does not checkpoint', 0);
  }

  #abandon(why: string, code: number): void {
    this.host.log(`Exiting: ${why}`);
    this.#process?.killNow();
    this.host.exit(code);
  }

  #update(state: mesos.v1.TaskState, extra: Partial<TaskStatus> = {}): void {
    const task = this.#task;
    if (task !== undefined) this.#session.update({ ...extra, task_id: task.task_id, state });
  }
}
