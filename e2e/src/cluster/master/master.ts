// The local Mesos master: one HTTP server (scheduler API, /state, fault admin) in front of the shared
// state, the allocation and ping timers, and the MasterPort the agents talk to.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mesos } from '@cmf/proto';
import type { Timings } from '../common/timings.js';
import type { AgentPort, AgentRegistration, Logger, MasterPort, TaskStatus } from '../link.js';
import { disconnected, markUnreachable, pingAgents, register } from './agents.js';
import { MasterCore, type Registry } from './core.js';
import type { Credential } from './domain/basic-auth.js';
import { dispatchCall } from './dispatch.js';
import { subscribe } from './frameworks.js';
import { runAllocation } from './offers.js';
import { handleScheduler, reply, type SchedulerApi } from './scheduler-http.js';
import { renderState } from './state-json.js';
import { executorExited, executorMessage, statusUpdate } from './tasks.js';

export interface MasterOptions {
  /** Address to listen on (127.0.0.1). */
  readonly host: string;
  /** 5050 by default; 0 picks a free port. */
  readonly port: number;
  readonly timings: Timings;
  readonly log: Logger;
  /** HTTP Basic credentials of frameworks; null or absent = authentication off. */
  readonly credentials?: readonly Credential[] | null;
  /** Agents admitted by a previous master (restartMaster): recovered until they re-register. */
  readonly registry?: Registry;
  /** Extra routes (the fault admin API): return true when handled. */
  readonly extraRoutes?: (req: IncomingMessage, res: ServerResponse) => boolean;
}

const Cap = mesos.v1.MasterInfo.Capability.Type;
const SCHEDULER_PATHS = new Set(['/api/v1/scheduler', '/master/api/v1/scheduler']);
const STATE_PATHS = new Set(['/state', '/master/state', '/state.json', '/master/state.json']);

export class Master implements MasterPort {
  readonly core: MasterCore;
  private readonly server: Server;
  private readonly timers: NodeJS.Timeout[] = [];
  private address: AddressInfo | undefined;

  private constructor(private readonly options: MasterOptions) {
    this.core = new MasterCore(options.timings, options.log, () => {
      runAllocation(this.core);
    });
    for (const agent of options.registry?.agents ?? []) {
      this.core.recoveredAgents.set(
        agent.id,
        agent.unreachableSinceMs === undefined
          ? {}
          : { unreachableSinceMs: agent.unreachableSinceMs },
      );
    }
    this.server = createServer((req, res) => {
      this.route(req, res);
    });
  }

  static async start(options: MasterOptions): Promise<Master> {
    const master = new Master(options);
    await new Promise<void>((resolve, reject) => {
      master.server.once('error', reject);
      master.server.listen(options.port, options.host, () => {
        resolve();
      });
    });
    master.address = master.server.address() as AddressInfo;
    master.core.info = master.masterInfo();
    master.startTimers();
    options.log.info('master started', { url: master.url, masterId: master.core.id });
    return master;
  }

  get url(): string {
    return `http://${this.hostPort}`;
  }

  get hostPort(): string {
    return `${this.options.host}:${this.address?.port ?? this.options.port}`;
  }

  private masterInfo(): MasterCore['info'] {
    const host = this.options.host;
    const port = this.address?.port ?? this.options.port;
    const packed = host.split('.').reduceRight((acc, octet) => acc * 256 + Number(octet), 0);
    return {
      id: this.core.id,
      ip: packed >>> 0,
      port,
      pid: `master@${host}:${port}`,
      hostname: host,
      version: '1.12.0',
      address: { hostname: host, ip: host, port },
      capabilities: [Cap.AGENT_UPDATE, Cap.AGENT_DRAINING, Cap.QUOTA_V2].map((type) => ({ type })),
    };
  }

  private startTimers(): void {
    const { allocationIntervalMs, agentPingIntervalMs } = this.options.timings;
    this.timers.push(
      setInterval(() => {
        runAllocation(this.core);
      }, allocationIntervalMs),
      setInterval(() => {
        pingAgents(this.core);
      }, agentPingIntervalMs),
    );
    for (const t of this.timers) t.unref();
  }

  private readonly api: SchedulerApi = {
    leaderAddress: () => null,
    credentials: () => this.options.credentials ?? null,
    subscribe: (call, media, res, principal) => {
      subscribe(this.core, call, media, res, principal);
    },
    call: (call, principal, streamId) => dispatchCall(this.core, call, principal, streamId),
  };

  private route(req: IncomingMessage, res: ServerResponse): void {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    if (SCHEDULER_PATHS.has(path)) {
      handleScheduler(req, res, this.api).catch((e: unknown) => {
        this.options.log.error('scheduler request failed', { error: String(e) });
        if (!res.headersSent) reply(res, { status: 500, body: String(e) });
      });
      return;
    }
    if (STATE_PATHS.has(path) && req.method === 'GET') {
      const body = JSON.stringify(renderState(this.core, this.hostPort));
      res.writeHead(200, {
        'Content-Type': 'application/json',
        'Content-Length': Buffer.byteLength(body),
      });
      res.end(body);
      return;
    }
    if (this.options.extraRoutes?.(req, res) === true) return;
    req.resume();
    reply(res, { status: 404 });
  }

  /** What a successor master recovers from (the replicated log's registry, in real Mesos). */
  registry(): Registry {
    const agents = [...this.core.agents.values()].map((a) =>
      a.unreachableSinceMs === undefined
        ? { id: a.id }
        : { id: a.id, unreachableSinceMs: a.unreachableSinceMs },
    );
    const recovered = [...this.core.recoveredAgents.entries()].map(([id, r]) => ({ id, ...r }));
    return { agents: [...agents, ...recovered] };
  }

  /** Stops like a killed master: every stream ends at once (EOF), agents are no longer pinged. */
  async stop(): Promise<void> {
    for (const t of this.timers) clearInterval(t);
    for (const framework of this.core.frameworks.values()) {
      if (framework.failoverTimer !== null) clearTimeout(framework.failoverTimer);
      framework.failoverTimer = null;
      const stream = framework.stream;
      framework.stream = null;
      // A dying master's sockets just close: no ERROR, no final chunk.
      stream?.destroy();
    }
    for (const offer of this.core.offers.values())
      if (offer.timer !== null) clearTimeout(offer.timer);
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => {
      this.server.close(() => {
        resolve();
      });
    });
  }

  /** Fault: the framework's current stream stays open but gets no more HEARTBEATs (a half-open
   * connection); a re-subscription gets them again. */
  stopHeartbeats(frameworkId: string): boolean {
    const stream = this.core.frameworks.get(frameworkId)?.stream;
    if (!stream) return false;
    stream.stopHeartbeats();
    return true;
  }

  /** Fault: the framework's subscription connection is cut (the master sees a disconnection). */
  dropStream(frameworkId: string): boolean {
    const stream = this.core.frameworks.get(frameworkId)?.stream;
    if (!stream) return false;
    stream.destroy();
    return true;
  }

  /** Fault: mark an agent unreachable now, without waiting for ping timeouts. */
  markAgentUnreachable(agentId: string): boolean {
    const agent = this.core.agents.get(agentId);
    if (agent === undefined || agent.standing === 'unreachable') return false;
    markUnreachable(this.core, agent);
    return true;
  }

  // ---- MasterPort (the agents' side of the link) ----

  register(reg: AgentRegistration, agent: AgentPort): { agentId: string } {
    return register(this.core, reg, agent);
  }

  statusUpdate(agentId: string, frameworkId: string, status: TaskStatus): void {
    statusUpdate(this.core, agentId, frameworkId, status);
  }

  executorMessage(
    agentId: string,
    frameworkId: string,
    executorId: string,
    data: Uint8Array,
  ): void {
    executorMessage(this.core, agentId, frameworkId, executorId, data);
  }

  executorExited(
    agentId: string,
    frameworkId: string,
    executorId: string,
    waitStatus: number,
  ): void {
    executorExited(this.core, agentId, frameworkId, executorId, waitStatus);
  }

  disconnected(agentId: string): void {
    disconnected(this.core, agentId);
  }
}
