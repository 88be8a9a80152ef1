// The executor's life: subscribe to the agent, run the one node it is given, and exit once the
// node's terminal update is safely with the agent, on SHUTDOWN, or when the agent is gone for good
// (then the node is stopped first: it must not outlive the executor that reports on it).
import { AgentSession } from '../agent/session.js';
import type { ExecutorConfig } from '../config.js';
import type { Logger } from '../logger.js';
import { AdminRunner } from './admin-runner.js';
import { EventLoop } from './event-loop.js';
import { NodeSupervisor } from './supervisor.js';

/** Waiting for the agent to take the last update, when it is not checkpointing. */
const SETTLE_BUDGET_MS = 30_000;

export class Executor {
  private readonly session: AgentSession;
  private readonly supervisor: NodeSupervisor;
  private readonly loop: EventLoop;
  private readonly admin: AdminRunner;
  private finish: () => void = () => undefined;
  private readonly finished = new Promise<void>((resolve) => {
    this.finish = resolve;
  });

  constructor(
    private readonly config: ExecutorConfig,
    private readonly log: Logger,
  ) {
    this.supervisor = new NodeSupervisor({
      updates: { update: (fields) => this.session.update(fields) },
      log: log.child({ part: 'node' }),
      start: { javaPath: config.javaPath, fastStart: config.fastStart },
      onFinished: () => {
        this.finish();
      },
    });
    this.admin = new AdminRunner({
      send: (data) => {
        this.session.message(data);
      },
      runningNode: () => this.supervisor.runningPlan,
      log: log.child({ part: 'admin' }),
    });
    this.loop = new EventLoop({
      supervisor: this.supervisor,
      sandbox: config.sandbox,
      footprint: config.fastStart ? 'small' : 'standard',
      shutdownGraceMs: config.shutdownGracePeriodMs,
      onFrameworkMessage: (data) => {
        this.admin.handle(data);
      },
      onShutdown: () => {
        this.shutdown('SHUTDOWN from the agent');
      },
      log,
    });
    this.session = this.connect();
  }

  private connect(): AgentSession {
    const { config, log } = this;
    return new AgentSession(
      {
        ids: { frameworkId: config.frameworkId, executorId: config.executorId },
        agent: config.agent,
        checkpoint: config.checkpoint,
        recoveryTimeoutMs: config.recoveryTimeoutMs,
        backoffMaxMs: config.subscriptionBackoffMaxMs,
        log: log.child({ part: 'agent' }),
      },
      (event) => {
        this.loop.handle(event);
      },
    );
  }

  get node(): NodeSupervisor {
    return this.supervisor;
  }

  get agent(): AgentSession {
    return this.session;
  }

  /** Resolves with the process exit code. */
  async run(): Promise<number> {
    const sessionEnd = this.session.run();
    const first = await Promise.race([
      sessionEnd.then((end) => ({ kind: 'session' as const, end })),
      this.finished.then(() => ({ kind: 'finished' as const })),
    ]);
    if (first.kind === 'session') {
      const detail = first.end.reason === 'agent-lost' ? first.end.detail : 'stopped';
      this.log.log('warn', `no agent any more (${detail}): stopping the node and exiting`);
      this.shutdown('agent lost');
      await this.finished;
      return 0;
    }
    const budgetMs = this.config.checkpoint ? this.config.recoveryTimeoutMs : SETTLE_BUDGET_MS;
    const settled = await Promise.race([
      this.session.settled().then(() => true),
      sessionEnd.then(() => false),
      delay(budgetMs).then(() => false),
    ]);
    this.log.log(
      settled ? 'info' : 'warn',
      settled ? 'task done; exiting' : 'exiting with updates unacknowledged',
    );
    this.session.stop();
    await sessionEnd;
    return 0;
  }

  /**
   * Stops the node within the shutdown grace period (the agent destroys the container after it):
   * part for the drain, part between SIGTERM and SIGKILL, the rest to report TASK_KILLED.
   */
  shutdown(why: string): void {
    const taskId = this.supervisor.taskId;
    const phase = this.supervisor.phase;
    this.log.log('info', `shutting down: ${why}`, { phase });
    if (taskId === undefined || phase === 'Idle' || phase === 'Exited') {
      this.finish();
      return;
    }
    const share = Math.floor(this.config.shutdownGracePeriodMs * 0.4);
    this.supervisor.kill({
      taskId,
      graceMs: share,
      drainTimeoutMs: share,
      killingState: this.loop.frameworkUnderstandsKilling,
    });
  }
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms).unref());
}
