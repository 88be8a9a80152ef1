// The leader's runtime: loads the ring's records, keeps the Mesos subscription, handles events,
// and runs the reconcile loop on every event and on a tick. Built only while this process leads.
import { randomUUID } from 'node:crypto';
import type { ExecutorSpec, FrameworkIdentity } from '../domain/accept.js';
import type { ClusterSpec } from '../domain/cluster.js';
import {
  DEFAULT_OPS_POLICY,
  observeRing,
  requestOperation,
  type OpsPolicy,
  type RequestKind,
  type RequestResult,
} from '../domain/ops/index.js';
import { DEFAULT_RETRY, type RetryPolicy } from '../domain/reconcile.js';
import type { BackoffPolicy } from '../mesos/backoff.js';
import type { EventHandler } from '../mesos/scheduler-client.js';
import type { Clock, Logger, StateStore } from '../ports.js';
import { handleEvent } from './event-loop.js';
import type { MesosCalls } from './mesos-port.js';
import { NodeWriter } from './node-writer.js';
import { OpsShell } from './ops-shell.js';
import { ReplicationWatch, type ReplicationSource } from './replication-cql.js';
import { ReconcileLoop } from './reconcile-loop.js';
import { TaskReconciler } from './task-reconciler.js';
import { World } from './world.js';

export interface RuntimeOptions {
  readonly spec: ClusterSpec;
  readonly framework: FrameworkIdentity;
  readonly executor: ExecutorSpec;
  readonly store: StateStore;
  readonly mesos: MesosCalls;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly refuseSeconds: number;
  readonly reconcileBackoff: BackoffPolicy;
  readonly retry?: RetryPolicy;
  readonly opsPolicy?: OpsPolicy;
  /** Where replication factors are read from; absent: whoever builds the runtime sets them. */
  readonly replication?: ReplicationSource;
  readonly newId?: () => string;
}

export class Runtime {
  readonly world = new World();
  readonly loop: ReconcileLoop;
  readonly ops: OpsShell;
  private readonly onEvent: EventHandler;
  private readonly replication: ReplicationWatch | null;

  constructor(private readonly options: RuntimeOptions) {
    const newId = options.newId ?? randomUUID;
    const writer = new NodeWriter(options.store, this.world, newId);
    const reconciler = new TaskReconciler(
      this.world,
      options.mesos,
      options.logger,
      options.reconcileBackoff,
    );
    this.ops = new OpsShell({ ...options, world: this.world, writer, newId });
    // A new term per leadership: steps another leader sent are asked about, never assumed.
    const leaderTerm = newId();
    const common = { ...options, world: this.world, writer, reconciler, newId, leaderTerm };
    this.loop = new ReconcileLoop({
      ...common,
      ops: this.ops,
      retry: options.retry ?? DEFAULT_RETRY,
      opsPolicy: options.opsPolicy ?? DEFAULT_OPS_POLICY,
    });
    const wake = (): void => {
      void this.loop.wake().catch((error: unknown) => {
        options.logger.error('reconcile pass failed', { error: String(error) });
      });
    };
    this.replication = options.replication
      ? new ReplicationWatch(options.replication, (keyspaces) => {
          if (JSON.stringify(keyspaces) === JSON.stringify(this.world.keyspaces)) return;
          this.world.keyspaces = keyspaces;
          options.logger.info('replication factors', { keyspaces });
          wake();
        })
      : null;
    this.onEvent = (event) => handleEvent(event, { ...common, ops: this.ops, wake });
  }

  /** Reads the records once; after that this process is their only writer (it leads). */
  async load(): Promise<void> {
    this.world.replaceNodes(await this.options.store.nodes());
    await this.ops.load();
    const open = this.world.ops.state.items.filter(
      (i) => i.state === 'queued' || i.state === 'running',
    );
    this.options.logger.info('loaded node records and the ops queue', {
      nodes: this.world.nodes.size,
      openItems: open.map((i) => `${i.id} ${i.kind} ${i.nodeId} ${i.state}/${i.step}`),
    });
  }

  /**
   * An operator's restart, replace or cleanup: queued (stored) here, started by a pass once the
   * queue and its gate let it. Asking again for an open one returns it.
   */
  async request(kind: RequestKind, nodeId: string, reason: string): Promise<RequestResult> {
    const nodes = [...this.world.nodes.values()].map((v) => v.node);
    const now = this.options.clock.now();
    const result = requestOperation(
      this.world.ops.state,
      { kind, nodeId, reason },
      nodes,
      observeRing(nodes),
      now,
    );
    if (!result.ok || !result.created) return result;
    await this.ops.save(result.state, [
      {
        itemId: result.item.id,
        kind,
        nodeId,
        from: 'new',
        to: 'queued',
        reason: result.item.reason,
      },
    ]);
    void this.tick();
    return result;
  }

  /** What the Mesos client calls for every event, in order. */
  get handler(): EventHandler {
    return this.onEvent;
  }

  stop(): void {
    this.loop.stop();
  }

  /** One pass now (the tick calls this; so can tests). */
  tick(): Promise<void> {
    const nodes = [...this.world.nodes.values()].map((v) => v.node);
    this.replication?.poll(nodes, this.options.clock.now());
    return this.loop.wake();
  }
}
