// Starts and stops everything a scheduler process runs: the ZooKeeper session and store, the
// ring's target, the API (standbys serve it too), the leader election, and, only while leading,
// the Mesos client, the runtime and its tick. Losing leadership ends the process (exit 1).
import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { advertisedAddress } from './api/advertised.js';
import { startApi, type ApiServer } from './api/server.js';
import type { OpsApiSource } from './api/ops-routes.js';
import type { StatusSource } from './api/view.js';
import { parseProposed } from './config/proposed.js';
import type { ChangeProblem, ClusterSpec } from './domain/cluster.js';
import type { SchedulerConfig } from './config/schema.js';
import { parseEndpoint, showEndpoint, type Endpoint } from './mesos/endpoint.js';
import { SchedulerClient } from './mesos/scheduler-client.js';
import type { Clock, Logger, StateStore } from './ports.js';
import { diffConfig } from './runtime/config-change.js';
import { GcGraceCache, readSchemaGcGrace } from './runtime/repair/gc-grace-cql.js';
import { leaderRepairs, type RepairService } from './runtime/repair/repair-service.js';
import { Runtime } from './runtime/runtime.js';
import { LeaderElection } from './store/election.js';
import { PersistedRepairs } from './store/repair-store.js';
import { PersistedState } from './store/state-store.js';
import { ZkPersister } from './store/zk-persister.js';
import { ZkSession } from './store/zk-session.js';
import { opsOptions, previewTarget, settleTarget } from './target.js';
import { storedReport } from './domain/ops/index.js';

export interface AppOptions {
  readonly config: SchedulerConfig;
  readonly authorization: string | null;
  readonly logger: Logger;
  readonly clock: Clock;
  readonly exit: (code: number) => void;
  readonly tickMs?: number;
}

interface Leading {
  readonly runtime: Runtime;
  readonly client: SchedulerClient;
  readonly abort: AbortController;
  readonly tick: NodeJS.Timeout;
  readonly repair: RepairService;
  /** The runtime has read the stored records: until then the API reads them from the store. */
  loaded: boolean;
}

export class App {
  private leading: Leading | null = null;
  private api: ApiServer | null = null;
  private election: LeaderElection | null = null;

  private constructor(
    private readonly options: AppOptions,
    private readonly session: ZkSession,
    private readonly store: StateStore,
    /** The stored target; a new config becomes it only once this process leads. */
    private target: ClusterSpec,
    private configErrors: readonly ChangeProblem[],
  ) {}

  static async start(options: AppOptions): Promise<App> {
    const { zookeeper } = options.config;
    const session = await ZkSession.open(zookeeper);
    const store = new PersistedState(new ZkPersister(session, zookeeper.root));
    const { spec, problems } = await previewTarget(store, options.config);
    const app = new App(options, session, store, spec, problems);
    app.api = await startApi(options.config.api, app.statusSource(), options.logger);
    options.logger.info('API listening', { address: app.api.address });
    app.campaign(`${app.reachableAt()} pid ${process.pid}`);
    return app;
  }

  /** Where others reach this scheduler's API (a wildcard bind names no host). */
  private reachableAt(): string {
    return advertisedAddress(this.options.config.api, this.api?.port ?? 0, hostname());
  }

  private campaign(identity: string): void {
    const { logger, exit } = this.options;
    const election = new LeaderElection(
      this.session,
      `${this.options.config.zookeeper.root}/leader`,
      identity,
    );
    this.election = election;
    election.onLost((reason) => {
      logger.error('leadership lost; exiting so the supervisor restarts us', { reason });
      exit(1);
    });
    logger.info('campaigning for leadership', { identity });
    election.campaign().then(
      () => this.lead(),
      (error: unknown) => {
        logger.error('election failed', { error: String(error) });
        exit(1);
      },
    );
  }

  private clientFor(master: Endpoint): SchedulerClient {
    const { config, logger } = this.options;
    return new SchedulerClient({
      master,
      framework: {
        user: config.mesos.user,
        name: config.mesos.frameworkName,
        role: config.framework.role,
        principal: config.framework.principal,
        failoverTimeoutSeconds: config.mesos.failoverTimeoutSeconds,
        ...(this.api ? { webuiUrl: `http://${this.reachableAt()}/v1/status` } : {}),
      },
      authorization: this.options.authorization,
      heartbeatMisses: config.mesos.heartbeatMisses,
      backoff: { minMs: config.mesos.backoffMinMs, maxMs: config.mesos.backoffMaxMs },
      callTimeoutMs: config.mesos.callTimeoutMs,
      ids: this.store,
      logger,
      random: Math.random,
      sleep: pause,
    });
  }

  private async adoptConfig(): Promise<boolean> {
    const { config, logger, clock, exit } = this.options;
    try {
      const settled = await settleTarget(this.store, config, logger, clock.now());
      this.target = settled.spec;
      this.configErrors = settled.problems;
      return true;
    } catch (error) {
      logger.error('could not apply the config', { error: String(error) });
      exit(1);
      return false;
    }
  }

  /**
   * A new config is applied here, by the leader only: a standby that started with it must not
   * queue restarts the running leader would carry out with its old config.
   */
  private async lead(): Promise<void> {
    const { config, logger, clock, exit } = this.options;
    if (!(await this.adoptConfig())) return;
    const master = parseEndpoint(config.mesos.master);
    if (!master) throw new Error(`bad mesos.master ${config.mesos.master}`);
    const client = this.clientFor(master);
    const runtime = new Runtime({
      spec: this.target,
      framework: config.framework,
      executor: config.executor,
      store: this.store,
      mesos: client,
      clock,
      logger,
      refuseSeconds: config.mesos.declineRefuseSeconds,
      reconcileBackoff: { minMs: 1000, maxMs: 30_000 },
      ...opsOptions(config, logger),
    });
    const fail = (what: string) => (error: unknown) => {
      logger.error(what, { error: String(error) });
      exit(1);
    };
    const abort = new AbortController();
    const tick = setInterval(() => {
      runtime.tick().catch(fail('reconcile pass failed'));
    }, this.options.tickMs ?? 2000);
    const repair = leaderRepairs({ ...this.repairDeps(), runtime, mesos: client, clock, logger });
    const leading: Leading = { runtime, client, abort, tick, repair, loaded: false };
    this.leading = leading;
    logger.info('leading', { master: showEndpoint(master), target: this.target.configVersion });
    runtime
      .load()
      .then(() => {
        leading.loaded = true;
        return repair.start();
      })
      .then(() => client.run(repair.wrap(runtime.handler), abort.signal))
      .catch(fail('the Mesos client stopped'));
  }

  /** Repairs are stored next to the ring's records; a new term per leadership (see RepairLoop). */
  private repairDeps() {
    const { config } = this.options;
    const store = new PersistedRepairs(new ZkPersister(this.session, config.zookeeper.root));
    return { config: config.repair, spec: this.target, store, leaderTerm: randomUUID() };
  }

  private statusSource(): StatusSource {
    const { config, store } = this.repairDeps();
    const nodes = async () =>
      this.leading?.loaded
        ? [...this.leading.runtime.world.nodes.values()].map((v) => v.node)
        : (await this.store.nodes()).map((v) => v.node);
    const gcGrace = new GcGraceCache(async (now) => {
      const schema = { nativePort: this.target.ports.native, dc: this.target.dc };
      return readSchemaGcGrace(await nodes(), schema, now);
    }, this.options.clock);
    return {
      repairs: {
        config,
        store,
        loop: () => this.leading?.repair.loop ?? null,
        now: () => this.options.clock.now(),
        gcGrace: () => gcGrace.current(),
      },
      leadership: async () => ({
        leader: (await this.election?.leader()) ?? null,
        isLeader: this.leading !== null,
      }),
      frameworkId: () => this.store.frameworkId(),
      subscribed: () => {
        const c = this.leading?.client.connected;
        return c ? { master: showEndpoint(c.endpoint) } : null;
      },
      reconciliation: () => this.leading?.runtime.world.reconciliation.state ?? 'not leading',
      target: () => this.target,
      configErrors: () => this.configErrors,
      nodes,
      plan: () => this.leading?.runtime.loop.lastPlan ?? { actions: [], steps: [] },
      ops: this.opsSource(),
    };
  }

  private opsSource(): OpsApiSource {
    const running = this.options.config.executor;
    return {
      report: async () => {
        const planned = this.leading?.runtime.world.lastOps;
        if (planned) return planned;
        const stored = await this.store.opsState();
        return stored ? storedReport(stored.state) : null;
      },
      request: (kind, nodeId, reason) =>
        this.leading?.runtime.request(kind, nodeId, reason) ?? null,
      diff: async (body) => {
        const proposed = body === null ? null : parseProposed(body);
        if (proposed && !proposed.ok) return proposed;
        const keyspaces = this.leading?.runtime.world.keyspaces ?? null;
        const { result } = await diffConfig({
          store: this.store,
          executor: running,
          proposedExecutor: proposed?.config.executor ?? running,
          wanted: proposed?.config.ring ?? this.target,
          keyspaces,
        });
        return result;
      },
    };
  }

  async stop(): Promise<void> {
    const l = this.leading;
    this.leading = null;
    if (l) {
      clearInterval(l.tick);
      l.repair.stop();
      l.runtime.stop();
      l.abort.abort();
      l.client.close();
    }
    await this.api?.close();
    await this.election?.resign().catch(() => undefined);
    this.session.close();
  }
}

function pause(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    function done(): void {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    }
    signal.addEventListener('abort', done, { once: true });
  });
}
