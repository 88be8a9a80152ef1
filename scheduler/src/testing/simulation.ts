// The simulation harness: the real runtime and Mesos client against a scripted fake master, with
// the state store on the in-memory persister. A test sends offers and statuses and expects calls,
// and can restart the scheduler on the same store (dcos-commons' ServiceTestRunner, in small).
import { cmf, mesos, newUuidBytes } from '@cmf/proto';
import { waitFor } from '@cmf/e2e';
import type { ClusterSpec } from '../domain/cluster.js';
import type { NodeHealthView } from '../domain/health.js';
import type { NodeRecord } from '../domain/node.js';
import type { KeyspaceRf, OpsPolicy } from '../domain/ops/index.js';
import { applyConfig, type Applied } from '../runtime/config-change.js';
import { epochMs } from '../domain/time.js';
import { healthToProto } from '../codec/health.js';
import { parseEndpoint } from '../mesos/endpoint.js';
import { SchedulerClient } from '../mesos/scheduler-client.js';
import { Runtime } from '../runtime/runtime.js';
import { MemoryPersister } from '../store/memory-persister.js';
import { PersistedState } from '../store/state-store.js';
import {
  health,
  EXECUTOR,
  FRAMEWORK,
  FRAMEWORK_SETTINGS,
  offer,
  reservedFor,
  spec as ringSpec,
} from './builders.js';
import { FakeMaster } from './fake-master.js';
import { RecordingLogger } from './recording-logger.js';

const EventType = mesos.v1.scheduler.Event.Type;

/** The address the fake agents give agent-<n>. */
export const address = (agent: number): string => `10.0.0.${agent}`;

/** NORMAL, seeing the given agents' addresses live. */
export const normal = (...agents: number[]): NodeHealthView =>
  health({ liveNodes: agents.map((a) => `/${address(a)}:7000`) });
const CallType = mesos.v1.scheduler.Call.Type;
type Call = mesos.v1.scheduler.Call;

interface Running {
  readonly client: SchedulerClient;
  readonly runtime: Runtime;
  readonly abort: AbortController;
  readonly done: Promise<unknown>;
  readonly tick: NodeJS.Timeout;
}

export class Simulation {
  readonly persister = new MemoryPersister();
  readonly store = new PersistedState(this.persister);
  readonly logger = new RecordingLogger();
  private running: Running | null = null;
  private offers = 0;

  /** Replication factors the runtime is given on every start (the keyspace reader's job). */
  keyspaces: readonly KeyspaceRf[] | null = null;

  private constructor(
    readonly master: FakeMaster,
    public spec: ClusterSpec,
    readonly opsPolicy: OpsPolicy | null,
  ) {}

  static async start(
    spec: Partial<ClusterSpec> = {},
    opsPolicy: OpsPolicy | null = null,
  ): Promise<Simulation> {
    const sim = new Simulation(await FakeMaster.start(), ringSpec(spec), opsPolicy);
    // As the app does at start-up: the first config becomes the ring's target.
    await sim.store.saveTarget(sim.spec, null);
    await sim.startScheduler();
    return sim;
  }

  get runtime(): Runtime {
    if (!this.running) throw new Error('the scheduler is not running');
    return this.running.runtime;
  }

  async startScheduler(): Promise<void> {
    const endpoint = parseEndpoint(this.master.address);
    if (!endpoint) throw new Error('bad fake master address');
    const logger = this.logger.child({ scheduler: this.master.subscriptions.length });
    const client = new SchedulerClient({
      master: endpoint,
      framework: FRAMEWORK_SETTINGS,
      authorization: null,
      heartbeatMisses: 5,
      backoff: { minMs: 5, maxMs: 50 },
      callTimeoutMs: 2000,
      ids: this.store,
      logger,
      random: () => 0.5,
      sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    });
    const runtime = new Runtime({
      spec: this.spec,
      framework: FRAMEWORK,
      executor: EXECUTOR,
      store: this.store,
      mesos: client,
      clock: { now: () => epochMs(Date.now()) },
      logger,
      refuseSeconds: 3600,
      reconcileBackoff: { minMs: 50, maxMs: 400 },
      retry: { baseMs: 50, maxMs: 200, launchTimeoutMs: 60_000 },
      ...(this.opsPolicy ? { opsPolicy: this.opsPolicy } : {}),
    });
    await runtime.load();
    runtime.world.keyspaces = this.keyspaces;
    const abort = new AbortController();
    const done = client.run(runtime.handler, abort.signal).catch((error: unknown) => {
      logger.error('the Mesos client stopped', { error: String(error) });
      return error;
    });
    const tick = setInterval(() => {
      runtime.tick().catch((error: unknown) => {
        logger.error('reconcile pass failed', {
          error: String(error),
          stack: (error as Error).stack,
        });
      });
    }, 25);
    this.running = { client, runtime, abort, done, tick };
    const subscriptions = this.master.subscriptions.length;
    await this.master.until(() => this.master.subscriptions.length > subscriptions, 'SUBSCRIBE');
  }

  async stopScheduler(): Promise<void> {
    const r = this.running;
    if (!r) return;
    this.running = null;
    clearInterval(r.tick);
    r.runtime.stop();
    r.abort.abort();
    await r.done;
    r.client.close();
  }

  /** Restarts the scheduler with a changed config, as an operator does (applied at start-up). */
  async changeConfig(changes: Partial<ClusterSpec>): Promise<Applied> {
    await this.stopScheduler();
    const wanted = { ...this.spec, ...changes };
    const applied = await applyConfig({
      store: this.store,
      executor: EXECUTOR,
      wanted,
      keyspaces: this.keyspaces,
      now: epochMs(Date.now()),
    });
    this.spec = applied.spec;
    await this.startScheduler();
    return applied;
  }

  /** The master's answers to a new leader's reconciliation: these nodes' tasks run. */
  async answerReconciliation(nodeIds: readonly string[]): Promise<void> {
    for (const nodeId of nodeIds) await this.sendStatus(nodeId, 'TASK_RUNNING', { uuid: false });
    await this.until(
      () => this.runtime.world.reconciliation.state === 'settled',
      'reconciliation settled',
    );
  }

  async stop(): Promise<void> {
    await this.stopScheduler();
    await this.master.close();
  }

  async nodes(): Promise<NodeRecord[]> {
    return (await this.store.nodes()).map((v) => v.node);
  }

  async node(nodeId: string): Promise<NodeRecord> {
    const found = (await this.nodes()).find((n) => n.nodeId === nodeId);
    if (!found) throw new Error(`no record for ${nodeId}`);
    return found;
  }

  /** Sends OFFERS with one offer from agent-<n> (rack r<n % 3>), like a real agent's. */
  sendOffer(
    agent: number,
    options: { withReservationOf?: NodeRecord; ports?: [number, number][] } = {},
  ): string {
    const view = offer({
      agentId: `agent-${agent}`,
      offerId: `offer-${++this.offers}`,
      rack: `r${agent % 3}`,
      ports: options.ports,
    });
    const placement = options.withReservationOf?.placement;
    const resources = placement
      ? [
          ...view.resources.filter((r) => r.name !== 'ports'),
          ...reservedFor(options.withReservationOf?.nodeId ?? '', placement.persistenceId),
        ]
      : view.resources;
    this.master.send({
      type: EventType.OFFERS,
      offers: {
        offers: [
          {
            id: { value: view.offerId },
            framework_id: { value: this.master.frameworkId },
            agent_id: { value: view.agentId },
            hostname: view.hostname,
            url: {
              scheme: 'http',
              address: { hostname: view.hostname, ip: view.address, port: 5051 },
              path: '/slave(1)',
            },
            resources: [...resources],
            attributes: [
              { name: 'rack', type: mesos.v1.Value.Type.TEXT, text: { value: `r${agent % 3}` } },
            ],
            allocation_info: { role: 'cassandra' },
          },
        ],
      },
    });
    return view.offerId;
  }

  /** Sends an UPDATE for the node's current task; with `uuid` it must be acknowledged. */
  async sendStatus(
    nodeId: string,
    state: keyof typeof mesos.v1.TaskState,
    options: { health?: NodeHealthView; uuid?: boolean; taskId?: string } = {},
  ): Promise<Uint8Array | null> {
    const node = await this.node(nodeId);
    const uuid = options.uuid === false ? null : newUuidBytes();
    const { Source, Reason } = mesos.v1.TaskStatus;
    // Executor updates carry a uuid; the master's own (reconciliation answers) carry none.
    const origin = uuid
      ? { uuid, source: Source.SOURCE_EXECUTOR }
      : { source: Source.SOURCE_MASTER, reason: Reason.REASON_RECONCILIATION };
    const data = options.health
      ? cmf.v1.NodeHealth.encode(healthToProto(options.health)).finish()
      : null;
    this.master.send({
      type: EventType.UPDATE,
      update: {
        status: {
          task_id: { value: options.taskId ?? node.taskId ?? '' },
          state: mesos.v1.TaskState[state],
          agent_id: { value: node.placement?.agentId ?? 'agent-9' },
          ...origin,
          ...(data ? { data } : {}),
        },
      },
    });
    return uuid;
  }

  callsOf(type: mesos.v1.scheduler.Call.Type): Call[] {
    return this.master.callsOf(type);
  }

  /** The ACCEPTs that launched `nodeId`'s tasks, in order. */
  launchesOf(nodeId: string): Call[] {
    return this.callsOf(CallType.ACCEPT).filter((c) =>
      c.accept?.operations.some((op) =>
        op.launch?.task_infos.some((t) => t.task_id.value.startsWith(`${nodeId}.`)),
      ),
    );
  }

  /** Offers agent-<agent>, waits for the launch, reports it NORMAL and seen by `seenBy`. */
  async bringUp(nodeId: string, agent: number, seenBy: [string, number[]][]): Promise<void> {
    const accepts = this.launchesOf(nodeId).length;
    this.sendOffer(agent);
    await this.until(
      () => this.launchesOf(nodeId).length === accepts + 1,
      `${nodeId} launched on agent-${agent}`,
    );
    await this.sendStatus(nodeId, 'TASK_RUNNING', {
      health: normal(...[...seenBy.flatMap(([, a]) => a), agent]),
    });
    for (const [other, agents] of seenBy)
      await this.sendStatus(other, 'TASK_RUNNING', { health: normal(...agents, agent) });
    await this.until(async () => (await this.node(nodeId)).phase === 'Up', `${nodeId} Up`);
  }

  /** node-i on agent-(i+1), one after the other, each seeing all the others. */
  async ringUp(count = 3): Promise<void> {
    for (let i = 0; i < count; i++) {
      const before = Array.from({ length: i }, (_, j): [string, number[]] => [
        `node-${j}`,
        Array.from({ length: i }, (_, k) => k + 1),
      ]);
      await this.bringUp(`node-${i}`, i + 1, before);
    }
  }

  /** The AdminRequests sent to `nodeId`'s executor (framework MESSAGE calls), in order. */
  adminRequestsTo(nodeId: string): cmf.v1.AdminRequest[] {
    return this.callsOf(CallType.MESSAGE)
      .filter((c) => c.message?.executor_id.value.startsWith(`${nodeId}.`))
      .map((c) => cmf.v1.AdminRequest.decode(c.message?.data ?? new Uint8Array()));
  }

  /** The executor of `nodeId` answers a request (a framework MESSAGE carrying an AdminReport). */
  async sendAdminReport(
    nodeId: string,
    requestId: string,
    state: keyof typeof cmf.v1.AdminReport.State,
  ): Promise<void> {
    const node = await this.node(nodeId);
    const data = cmf.v1.AdminReport.encode({
      request_id: requestId,
      node_id: nodeId,
      state: cmf.v1.AdminReport.State[state],
    }).finish();
    this.master.send({
      type: EventType.MESSAGE,
      message: {
        agent_id: { value: node.placement?.agentId ?? '' },
        executor_id: { value: node.executorId ?? '' },
        data,
      },
    });
  }

  async until(
    predicate: () => boolean | Promise<boolean>,
    what: string,
    timeoutMs = 5000,
  ): Promise<void> {
    await waitFor(predicate, { timeoutMs, intervalMs: 5, what }).catch((error: unknown) => {
      throw new Error(`${String(error)}\n--- scheduler log ---\n${this.logger.text()}`);
    });
  }
}
