// The local cluster: one master and N agents in this process, each with its own HTTP server, wired
// through a relay that outlives master restarts; plus the fault API the chaos tests drive.
import { mkdir, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Agent } from './agent/index.js';
import { MESOS_TIMINGS, makeTimings, type Timings } from './common/timings.js';
import type { AgentSpec } from './config.js';
import type { Logger, MasterPort } from './link.js';
import { jsonLogger } from './log.js';
import { adminRoutes } from './admin.js';
import type { Credential } from './master/domain/basic-auth.js';
import { Master } from './master/master.js';

export interface ClusterOptions {
  readonly agents: readonly AgentSpec[];
  readonly timings?: Partial<Timings>;
  readonly masterHost?: string;
  /** 5050 for `make cluster`; 0 (the default) picks a free port. */
  readonly masterPort?: number;
  /** Root of the agents' work dirs (agent-<i> below it); a fresh temp dir by default. */
  readonly workDir?: string;
  readonly credentials?: readonly Credential[] | null;
  readonly logger?: (component: string) => Logger;
  /** Executors' base environment (default: PATH only, as the agent's default). */
  readonly executorEnvironment?: Readonly<Record<string, string>>;
}

export type AgentRef = number | string;

export interface Faults {
  /** The agent dies with its executors; the master sees the link drop (RESCIND), then pings fail. */
  killAgent(ref: AgentRef): Promise<void>;
  /** The agent stops (executors keep running) and a new one recovers from the same work dir. */
  restartAgent(ref: AgentRef): Promise<void>;
  stopAgent(ref: AgentRef): Promise<void>;
  startAgent(ref: AgentRef): Promise<void>;
  /** Streams end with EOF; a new master (new id, same port) recovers the agent registry; agents
   * re-register once they miss its pings. */
  restartMaster(): Promise<void>;
  stopHeartbeats(frameworkId: string): boolean;
  dropStream(frameworkId: string): boolean;
}

export interface ClusterAgent {
  readonly index: number;
  readonly spec: AgentSpec;
  readonly workDir: string;
  /** Null while stopped or killed. */
  readonly agent: Agent | null;
  readonly agentId: string | undefined;
}

export interface Cluster {
  /** `http://host:port` of the master (the scheduler API is at /api/v1/scheduler). */
  readonly masterUrl: string;
  readonly master: Master;
  readonly agents: readonly ClusterAgent[];
  readonly faults: Faults;
  stop(): Promise<void>;
}

/** What agents hold instead of the master itself: calls go to whichever master runs now. */
class MasterRelay implements MasterPort {
  constructor(public current: Master) {}
  register: MasterPort['register'] = (reg, agent) => this.current.register(reg, agent);
  statusUpdate: MasterPort['statusUpdate'] = (...a) => {
    this.current.statusUpdate(...a);
  };
  executorMessage: MasterPort['executorMessage'] = (...a) => {
    this.current.executorMessage(...a);
  };
  executorExited: MasterPort['executorExited'] = (...a) => {
    this.current.executorExited(...a);
  };
  disconnected: MasterPort['disconnected'] = (...a) => {
    this.current.disconnected(...a);
  };
}

interface Slot {
  readonly index: number;
  readonly spec: AgentSpec;
  readonly workDir: string;
  agent: Agent | null;
  lastAgentId: string | undefined;
}

class LocalCluster implements Cluster, Faults {
  readonly faults: Faults = this;
  private readonly slots: Slot[];
  private relay: MasterRelay | undefined;

  constructor(
    private readonly options: ClusterOptions,
    private readonly timings: Timings,
    private readonly logger: (component: string) => Logger,
    root: string,
  ) {
    this.slots = options.agents.map((spec, index) => ({
      index,
      spec,
      workDir: join(root, `agent-${index}`),
      agent: null,
      lastAgentId: undefined,
    }));
  }

  get master(): Master {
    if (this.relay === undefined) throw new Error('the cluster is not started');
    return this.relay.current;
  }

  get masterUrl(): string {
    return this.master.url;
  }

  get agents(): ClusterAgent[] {
    return this.slots.map((s) => ({
      index: s.index,
      spec: s.spec,
      workDir: s.workDir,
      agent: s.agent,
      agentId: s.agent?.agentId ?? s.lastAgentId,
    }));
  }

  async startMaster(port: number, registry?: ReturnType<Master['registry']>): Promise<Master> {
    return Master.start({
      host: this.options.masterHost ?? '127.0.0.1',
      port,
      timings: this.timings,
      log: this.logger('master'),
      credentials: this.options.credentials ?? null,
      extraRoutes: adminRoutes(this),
      ...(registry === undefined ? {} : { registry }),
    });
  }

  async start(): Promise<void> {
    this.relay = new MasterRelay(await this.startMaster(this.options.masterPort ?? 0));
    // One after the other, so agent i gets the i-th agent id.
    for (const slot of this.slots) await this.startSlot(slot);
  }

  private async startSlot(slot: Slot): Promise<void> {
    if (slot.agent !== null || this.relay === undefined) return;
    await mkdir(slot.workDir, { recursive: true });
    const agent = new Agent({
      ip: slot.spec.ip,
      port: slot.spec.port,
      workDir: slot.workDir,
      resources: slot.spec.resources,
      attributes: slot.spec.attributes,
      master: this.relay,
      timings: this.timings,
      log: this.logger(`agent-${slot.index}`),
      ...(this.options.executorEnvironment
        ? { executorEnvironment: this.options.executorEnvironment }
        : {}),
    });
    slot.agent = agent;
    await agent.start();
  }

  private slot(ref: AgentRef): Slot {
    const found =
      typeof ref === 'number'
        ? this.slots[ref]
        : this.slots.find((s) => (s.agent?.agentId ?? s.lastAgentId) === ref);
    if (found === undefined)
      throw new ClusterError('CLUSTER_NO_SUCH_AGENT', `no agent ${String(ref)}`);
    return found;
  }

  private async takeDown(ref: AgentRef, how: 'kill' | 'stop'): Promise<void> {
    const slot = this.slot(ref);
    const agent = slot.agent;
    if (agent === null) return;
    slot.lastAgentId = agent.agentId;
    slot.agent = null;
    await (how === 'kill' ? agent.kill() : agent.stop());
  }

  killAgent = (ref: AgentRef): Promise<void> => this.takeDown(ref, 'kill');
  stopAgent = (ref: AgentRef): Promise<void> => this.takeDown(ref, 'stop');
  startAgent = (ref: AgentRef): Promise<void> => this.startSlot(this.slot(ref));

  restartAgent = async (ref: AgentRef): Promise<void> => {
    const slot = this.slot(ref);
    await this.takeDown(slot.index, 'stop');
    await this.startSlot(slot);
  };

  restartMaster = async (): Promise<void> => {
    const old = this.master;
    const port = new URL(old.url).port;
    // The old master stays behind the relay until the new one listens: messages to it are lost,
    // as they would be to a dead process, and agents find the new one when its pings stop.
    await old.stop();
    const next = await this.startMaster(Number(port), old.registry());
    if (this.relay) this.relay.current = next;
  };

  stopHeartbeats = (frameworkId: string): boolean => this.master.stopHeartbeats(frameworkId);
  dropStream = (frameworkId: string): boolean => this.master.dropStream(frameworkId);

  async stop(): Promise<void> {
    await Promise.all(this.slots.map((s) => this.takeDown(s.index, 'kill')));
    await this.relay?.current.stop();
  }
}

export class ClusterError extends Error {
  override readonly name = 'ClusterError';
  constructor(
    readonly code: 'CLUSTER_NO_SUCH_AGENT',
    message: string,
  ) {
    super(message);
  }
}

/** Starts the master, then every agent (each registers on its own). */
export async function startCluster(options: ClusterOptions): Promise<Cluster> {
  const timings = makeTimings({ ...MESOS_TIMINGS, ...options.timings });
  const root = options.workDir ?? (await mkdtemp(join(tmpdir(), 'cmf-cluster-')));
  const cluster = new LocalCluster(
    options,
    timings,
    options.logger ?? ((c) => jsonLogger(c)),
    root,
  );
  await cluster.start();
  return cluster;
}
