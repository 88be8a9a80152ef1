// Registering with the master, and finding it again: like a real agent without ZooKeeper, an agent that
// has not been pinged for agentPingIntervalMs × maxAgentPingTimeouts assumes a new master and
// re-registers with its id, executors and tasks (protocol §10).
import type { AgentRegistration } from '../link.js';
import type { AgentCore } from './core.js';
import { registrationTasks } from './model.js';

export class Registration {
  #lastPingMs = Date.now();
  #watchdog: NodeJS.Timeout | undefined;

  constructor(private readonly core: AgentCore) {}

  /** Registers on a later tick (the link is asynchronous); status updates flow once registered. */
  start(): void {
    this.#lastPingMs = Date.now();
    this.#watch();
    setImmediate(() => {
      this.#register();
    });
  }

  /** The master pinged: it knows us. */
  pinged(): void {
    this.#lastPingMs = Date.now();
  }

  stop(): void {
    clearInterval(this.#watchdog);
  }

  /** A master that cannot take the registration now is tried again when the watchdog next fires. */
  #register(): void {
    const core = this.core;
    if (!core.isAlive) return;
    let agentId: string;
    try {
      agentId = core.config.master.register(this.#registration(), core.self).agentId;
    } catch (err) {
      core.log.warn('registration failed', { error: String(err) });
      return;
    }
    if (core.agentId !== undefined && agentId !== core.agentId) {
      core.log.warn('master gave this agent a new id', { was: core.agentId, now: agentId });
    }
    core.log.info('registered with the master', { agentId, again: core.agentId !== undefined });
    core.agentId = agentId;
    core.phase = 'running';
    this.#lastPingMs = Date.now();
    core.updates.resume();
    void core.save();
  }

  #watch(): void {
    clearInterval(this.#watchdog);
    const { agentPingIntervalMs, maxAgentPingTimeouts } = this.core.config.timings;
    const silenceMs = agentPingIntervalMs * maxAgentPingTimeouts;
    this.#watchdog = setInterval(() => {
      if (!this.core.isAlive) return;
      if (Date.now() - this.#lastPingMs <= silenceMs) return;
      this.core.log.info('no ping from the master: registering again', {
        agentId: this.core.agentId,
      });
      this.core.phase = 'disconnected';
      this.core.updates.pause();
      this.#register();
    }, agentPingIntervalMs);
  }

  #registration(): AgentRegistration {
    const core = this.core;
    const frameworks = [...core.frameworks.values()];
    const executors = frameworks.flatMap((f) =>
      [...f.executors.values()]
        // The master does not keep command executors: they are the agent's own (as in Mesos).
        .filter((run) => run.phase !== 'terminated' && !run.commandExecutor)
        .map((run) => ({ frameworkId: run.frameworkId, executorInfo: run.info })),
    );
    return {
      ...(core.agentId === undefined ? {} : { agentId: core.agentId }),
      info: core.agentInfo(),
      checkpointedResources: core.checkpointed,
      executors,
      tasks: core.agentId === undefined ? [] : registrationTasks(core.agentId, frameworks),
      frameworks: frameworks.map((f) => f.info),
    };
  }
}
