// The agent's state and the services its flows share: frameworks/executors/tasks, the status update
// manager, the checkpoint, the executors' event streams, timers, and the asynchronous link to the master.
import type { AgentInfo, AgentOptions, AgentPort, Logger, MasterPort, Resource } from '../link.js';
import { serializeCheckpoint } from './checkpoint-format.js';
import { Checkpointer } from './checkpointer.js';
import type { ExecutorStream } from './event-stream.js';
import { isCheckpointing, type ExecutorRun, type FrameworkRecord } from './model.js';
import { checkpointPath } from './paths.js';
import { StatusUpdateManager } from './status-updates.js';

export interface AgentConfig extends AgentOptions {
  /** AgentInfo.hostname; the address by default, as the recorded real agent reported. */
  readonly hostname?: string;
  /** Like --executor_environment_variables: the base environment of executors (default: PATH only). */
  readonly executorEnvironment?: Readonly<Record<string, string>>;
}

/**
 * idle → recovering (checkpointed executors may re-subscribe) → disconnected → running (registered);
 * dead once killed or stopped. Mirrors Mesos's RECOVERING / DISCONNECTED / RUNNING.
 */
export type AgentPhase = 'idle' | 'recovering' | 'disconnected' | 'running' | 'dead';

export class AgentCore {
  phase: AgentPhase = 'idle';
  agentId: string | undefined;
  /** The bound port (the configured one, or the one the OS picked for port 0). */
  port: number;
  readonly frameworks = new Map<string, FrameworkRecord>();
  /** Reservations and volumes as the master last checkpointed them on this agent. */
  checkpointed: Resource[] = [];
  readonly updates: StatusUpdateManager;
  readonly checkpointer: Checkpointer;
  readonly streams = new Map<ExecutorRun, ExecutorStream>();
  /** Stops watching an executor's process (the agent is going away, the process is not). */
  readonly unwatch = new Map<ExecutorRun, () => void>();
  readonly #timers = new Set<NodeJS.Timeout>();

  constructor(
    readonly config: AgentConfig,
    readonly self: AgentPort,
  ) {
    this.port = config.port;
    this.updates = new StatusUpdateManager(
      { minMs: config.timings.statusUpdateRetryMs, maxMs: config.timings.statusUpdateRetryMaxMs },
      (frameworkId, status) => {
        this.tell((m, agentId) => {
          m.statusUpdate(agentId, frameworkId, status);
        });
      },
    );
    this.checkpointer = new Checkpointer(checkpointPath(config.workDir), () => this.#snapshot());
  }

  get log(): Logger {
    return this.config.log;
  }

  get isAlive(): boolean {
    return this.phase !== 'dead';
  }

  /** Whether the agent died meanwhile: for checks after an await (a call, so never narrowed away). */
  hasDied(): boolean {
    return this.phase === 'dead';
  }

  /** Tells the master something on a later tick (the link is never re-entrant); dropped once dead. */
  tell(message: (master: MasterPort, agentId: string) => void): void {
    setImmediate(() => {
      if (this.phase === 'dead' || this.agentId === undefined) return;
      message(this.config.master, this.agentId);
    });
  }

  /** A timer the agent owns: cleared when the agent dies. */
  after(ms: number, action: () => void): NodeJS.Timeout {
    const timer = setTimeout(() => {
      this.#timers.delete(timer);
      if (this.isAlive) action();
    }, ms);
    this.#timers.add(timer);
    return timer;
  }

  cancel(timer: NodeJS.Timeout | undefined): void {
    if (timer === undefined) return;
    clearTimeout(timer);
    this.#timers.delete(timer);
  }

  clearTimers(): void {
    for (const timer of this.#timers) clearTimeout(timer);
    this.#timers.clear();
  }

  /** Persists the state; resolves once it is on disk (errors are logged: the caller acts on success only). */
  save(): Promise<boolean> {
    return this.checkpointer.save().then(
      () => true,
      (err: unknown) => {
        this.log.error('agent checkpoint failed', { error: String(err) });
        return false;
      },
    );
  }

  get ip(): string {
    return this.config.ip;
  }

  agentInfo(): AgentInfo {
    return {
      hostname: this.config.hostname ?? this.config.ip,
      port: this.port,
      resources: [...this.config.resources],
      attributes: [...this.config.attributes],
      ...(this.agentId === undefined ? {} : { id: { value: this.agentId } }),
    };
  }

  executorRun(frameworkId: string, executorId: string): ExecutorRun | undefined {
    return this.frameworks.get(frameworkId)?.executors.get(executorId);
  }

  #snapshot(): string {
    const checkpointing = [...this.frameworks.values()].filter((f) => isCheckpointing(f.info));
    const others = [...this.frameworks.values()].filter((f) => !isCheckpointing(f.info));
    const orphans = others.flatMap((f) =>
      [...f.executors.values()].map((run) => ({ sandbox: run.sandbox, pid: run.pid })),
    );
    return serializeCheckpoint({
      agentId: this.agentId,
      port: this.port,
      resources: this.checkpointed,
      frameworks: checkpointing,
      streams: this.updates.checkpoint(),
      orphans,
    });
  }
}
