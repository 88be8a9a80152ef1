// The simulation harness: the real runtime and Mesos client against a scripted fake master, with
// the state store on the in-memory persister. A test sends offers and statuses and expects calls,
// and can restart the scheduler on the same store (dcos-commons' ServiceTestRunner, in small).
import { cmf, mesos, newUuidBytes } from '@cmf/proto';
import { waitFor } from '@cmf/e2e';
import type { ClusterSpec } from '../domain/cluster.js';
import type { NodeHealthView } from '../domain/health.js';
import type { NodeRecord } from '../domain/node.js';
import { epochMs } from '../domain/time.js';
import { healthToProto } from '../codec/health.js';
import { parseEndpoint } from '../mesos/endpoint.js';
import { SchedulerClient } from '../mesos/scheduler-client.js';
import { Runtime } from '../runtime/runtime.js';
import { MemoryPersister } from '../store/memory-persister.js';
import { PersistedState } from '../store/state-store.js';
import {
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

  private constructor(
    readonly master: FakeMaster,
    readonly spec: ClusterSpec,
  ) {}

  static async start(spec: Partial<ClusterSpec> = {}): Promise<Simulation> {
    const sim = new Simulation(await FakeMaster.start(), ringSpec(spec));
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
    });
    await runtime.load();
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
