// The life of the one Cassandra process this executor runs, as a pure state machine: a phase and
// a signal (launch, spawned, KILL, drain over, exited) give the next phase and the effects the
// shell must carry out (send a status, spawn, drain, signal the process group, finish).

export type CassandraPhase = 'Idle' | 'Launching' | 'Running' | 'Draining' | 'Stopping' | 'Exited';

export type TaskStateName =
  'TASK_STARTING' | 'TASK_RUNNING' | 'TASK_KILLING' | 'TASK_KILLED' | 'TASK_FAILED';

export interface NodeProcess {
  readonly phase: CassandraPhase;
  readonly taskId?: string;
  /** Set by KILL: the wait between SIGTERM and SIGKILL. */
  readonly graceMs?: number;
  /** A KILL that arrived while the process was still being spawned. */
  readonly killPending?: boolean;
  /** How the drain before SIGTERM went, for the TASK_KILLED message. */
  readonly drainResult?: string;
}

export interface Kill {
  readonly type: 'kill';
  readonly taskId: string;
  readonly graceMs: number;
  readonly drainTimeoutMs: number;
  /** The framework understands TASK_KILLING (FrameworkInfo capability TASK_KILLING_STATE). */
  readonly killingState: boolean;
}

export type ProcessSignal =
  | { readonly type: 'launch'; readonly taskId: string }
  | { readonly type: 'launchRefused'; readonly taskId: string; readonly message: string }
  | { readonly type: 'spawned'; readonly pid: number }
  | { readonly type: 'spawnFailed'; readonly message: string }
  | Kill
  | { readonly type: 'drainEnded'; readonly result: string }
  | {
      readonly type: 'exited';
      readonly exitCode: number | null;
      readonly signal: string | null;
      readonly logTail: string;
    };

/** What the process itself reports, as opposed to what the agent asks for. */
type ProcessReport = Exclude<ProcessSignal, Kill | { type: 'launch' | 'launchRefused' }>;

export type ProcessEffect =
  | {
      readonly type: 'status';
      readonly taskId: string;
      readonly state: TaskStateName;
      readonly message: string;
      readonly invalidTask?: boolean;
    }
  | { readonly type: 'spawn' }
  | { readonly type: 'startProbing' }
  | { readonly type: 'stopProbing' }
  | { readonly type: 'drain'; readonly timeoutMs: number }
  | { readonly type: 'terminate'; readonly graceMs: number }
  /** The task is terminal: once its updates are acknowledged the executor may exit. */
  | { readonly type: 'finish' };

export interface Step {
  readonly node: NodeProcess;
  readonly effects: readonly ProcessEffect[];
  /** Why a signal changed nothing (a duplicate KILL, an event for another task). */
  readonly note?: string;
}

export const IDLE: NodeProcess = { phase: 'Idle' };

/** Longest message a status carries: Mesos relays it, the scheduler logs it. */
const MAX_MESSAGE_CHARS = 4_000;

export function step(node: NodeProcess, signal: ProcessSignal): Step {
  if (signal.type === 'launch' || signal.type === 'launchRefused') return onLaunch(node, signal);
  if (signal.type === 'kill') return onKill(node, signal);
  switch (node.phase) {
    case 'Idle':
    case 'Exited':
      return unchanged(node, `${signal.type} in ${node.phase}`);
    case 'Launching':
      return fromLaunching(node, signal);
    case 'Running':
      return fromRunning(node, signal);
    case 'Draining':
    case 'Stopping':
      return fromStopping(node, signal);
  }
}

function onLaunch(
  node: NodeProcess,
  signal: Extract<ProcessSignal, { type: 'launch' | 'launchRefused' }>,
): Step {
  const { taskId } = signal;
  if (node.phase !== 'Idle' && node.taskId === taskId) {
    return unchanged(node, `LAUNCH of task ${taskId} again: it is already ours`);
  }
  if (node.phase !== 'Idle') {
    const message = `this executor already runs task ${node.taskId ?? '?'}; one node per executor`;
    return { node, effects: [failed(taskId, message, true)] };
  }
  if (signal.type === 'launchRefused') {
    const exited: NodeProcess = { phase: 'Exited', taskId };
    return { node: exited, effects: [failed(taskId, signal.message, true), { type: 'finish' }] };
  }
  const starting = status(taskId, 'TASK_STARTING', 'rendering the config and starting Cassandra');
  return { node: { phase: 'Launching', taskId }, effects: [starting, { type: 'spawn' }] };
}

function onKill(node: NodeProcess, kill: Kill): Step {
  if (node.taskId !== undefined && node.taskId !== kill.taskId) {
    return unchanged(node, `KILL for task ${kill.taskId}, which is not ours`);
  }
  const killing: ProcessEffect[] = kill.killingState
    ? [status(kill.taskId, 'TASK_KILLING', 'draining, then stopping Cassandra')]
    : [];
  switch (node.phase) {
    case 'Idle': {
      const killed = status(kill.taskId, 'TASK_KILLED', 'killed before it was launched');
      return {
        node: { phase: 'Exited', taskId: kill.taskId },
        effects: [killed, { type: 'finish' }],
      };
    }
    case 'Launching':
      return {
        node: { ...node, killPending: true, graceMs: kill.graceMs },
        effects: killing,
        note: 'KILL during start-up: the process is stopped as soon as it is up',
      };
    case 'Running': {
      const draining: NodeProcess = {
        phase: 'Draining',
        taskId: kill.taskId,
        graceMs: kill.graceMs,
      };
      const drain: ProcessEffect = { type: 'drain', timeoutMs: kill.drainTimeoutMs };
      return { node: draining, effects: [...killing, { type: 'stopProbing' }, drain] };
    }
    case 'Draining':
    case 'Stopping':
    case 'Exited':
      return unchanged(node, `KILL while ${node.phase}: already on its way out`);
  }
}

function fromLaunching(node: NodeProcess, signal: ProcessReport): Step {
  const taskId = node.taskId ?? '';
  switch (signal.type) {
    case 'spawned': {
      if (node.killPending) {
        const stopping: NodeProcess = {
          ...node,
          phase: 'Stopping',
          drainResult: 'not drained: killed during start-up',
        };
        return { node: stopping, effects: [{ type: 'terminate', graceMs: node.graceMs ?? 0 }] };
      }
      const running = status(taskId, 'TASK_RUNNING', `Cassandra started (pid ${signal.pid})`);
      return { node: { phase: 'Running', taskId }, effects: [running, { type: 'startProbing' }] };
    }
    case 'spawnFailed': {
      const ended = node.killPending
        ? status(taskId, 'TASK_KILLED', `killed during start-up; ${signal.message}`)
        : failed(taskId, signal.message, false);
      return { node: { phase: 'Exited', taskId }, effects: [ended, { type: 'finish' }] };
    }
    case 'exited':
      return died(node, signal);
    case 'drainEnded':
      return unchanged(node, 'drain result while launching');
  }
}

function fromRunning(node: NodeProcess, signal: ProcessReport): Step {
  switch (signal.type) {
    case 'exited':
      return died(node, signal);
    case 'spawned':
    case 'spawnFailed':
    case 'drainEnded':
      return unchanged(node, `${signal.type} while Running`);
  }
}

function fromStopping(node: NodeProcess, signal: ProcessReport): Step {
  if (signal.type === 'drainEnded' && node.phase === 'Draining') {
    const stopping: NodeProcess = { ...node, phase: 'Stopping', drainResult: signal.result };
    return { node: stopping, effects: [{ type: 'terminate', graceMs: node.graceMs ?? 0 }] };
  }
  if (signal.type === 'exited') {
    const taskId = node.taskId ?? '';
    const how = `${node.drainResult ?? 'drain interrupted'}; ${describeExit(signal)}`;
    const killed = status(taskId, 'TASK_KILLED', `Cassandra stopped: ${how}`);
    return {
      node: { phase: 'Exited', taskId },
      effects: [{ type: 'stopProbing' }, killed, { type: 'finish' }],
    };
  }
  return unchanged(node, `${signal.type} while ${node.phase}`);
}

/** Cassandra ended without being asked to: the task failed, and its log says why. */
function died(node: NodeProcess, exit: Extract<ProcessSignal, { type: 'exited' }>): Step {
  const taskId = node.taskId ?? '';
  const tail = exit.logTail.trim();
  const message =
    tail === '' ? describeExit(exit) : `${describeExit(exit)}; last log lines:\n${tail}`;
  return {
    node: { phase: 'Exited', taskId },
    effects: [{ type: 'stopProbing' }, failed(taskId, message, false), { type: 'finish' }],
  };
}

export function describeExit(exit: { exitCode: number | null; signal: string | null }): string {
  if (exit.signal !== null) return `Cassandra was killed by ${exit.signal}`;
  return `Cassandra exited with code ${exit.exitCode ?? 'unknown'}`;
}

function status(taskId: string, state: TaskStateName, message: string): ProcessEffect {
  return { type: 'status', taskId, state, message: clip(message) };
}

function failed(taskId: string, message: string, invalidTask: boolean): ProcessEffect {
  return { type: 'status', taskId, state: 'TASK_FAILED', message: clip(message), invalidTask };
}

/** Keeps the end of a long message: the last log lines matter most. */
function clip(message: string): string {
  if (message.length <= MAX_MESSAGE_CHARS) return message;
  const head = message.slice(0, 200);
  return `${head}\n…\n${message.slice(message.length - (MAX_MESSAGE_CHARS - head.length - 3))}`;
}

function unchanged(node: NodeProcess, note: string): Step {
  return { node, effects: [], note };
}
