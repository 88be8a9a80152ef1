// The ops queue's imperative side: keeps the ring's OpsState (loaded once, then written with
// compare-and-set before anything it decides is done), performs what planOps asks for, and
// folds in what arrives between passes (executor answers, stale releases, offers seen).
import { cmf } from '@cmf/proto';
import type { OpsAction, OpsPlan, OpsState, Transition } from '../domain/ops/index.js';
import { EMPTY_OPS_STATE } from '../domain/ops/index.js';
import type { NodeEvent } from '../domain/node-events.js';
import type { EpochMs } from '../domain/time.js';
import * as calls from '../mesos/calls.js';
import type { Clock, LogEntry, Logger, StateStore } from '../ports.js';
import { isStoreError, StoreError } from '../store/errors.js';
import type { MesosCalls } from './mesos-port.js';
import type { NodeWriter } from './node-writer.js';
import type { World } from './world.js';

export interface OpsShellDeps {
  readonly world: World;
  readonly store: StateStore;
  readonly writer: NodeWriter;
  readonly mesos: MesosCalls;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly newId: () => string;
}

type Request = cmf.v1.AdminRequest.$Properties;

export class OpsShell {
  constructor(private readonly deps: OpsShellDeps) {}

  /** Reads the stored ops state (once, on taking the lead, and after a CONFLICT). */
  async load(): Promise<void> {
    const stored = await this.deps.store.opsState();
    this.deps.world.ops = stored
      ? { state: stored.state, version: stored.version }
      : { state: EMPTY_OPS_STATE, version: null };
  }

  /**
   * Write-ahead: persists `state` (compare-and-set) with the log lines of its transitions. Nothing
   * is written when nothing changed. A CONFLICT reloads the stored state and rethrows: the pass
   * must act on nothing it decided from the stale copy.
   */
  async save(state: OpsState, transitions: readonly Transition[] = []): Promise<void> {
    const { world, store, clock } = this.deps;
    if (JSON.stringify(state) === JSON.stringify(world.ops.state) && transitions.length === 0)
      return;
    const now = clock.now();
    const entries = transitions.map((t) => this.entry(t, now));
    try {
      const version = await store.saveOps(state, world.ops.version, entries);
      world.ops = { state, version };
    } catch (error) {
      if (isStoreError(error, 'CONFLICT') || isStoreError(error, 'EXISTS')) await this.load();
      throw error;
    }
  }

  private entry(t: Transition, now: EpochMs): LogEntry {
    return {
      id: this.deps.newId(),
      kind: `ops.${t.kind}`,
      nodeId: t.nodeId,
      state: t.to,
      reason: `${t.itemId} ${t.from} -> ${t.to}: ${t.reason}`,
      atMs: now,
    };
  }

  /**
   * Persists the pass's decision, then performs its actions in order. `base` is the state the pass
   * planned from: if an event (an executor's answer, an operator's request) changed it meanwhile,
   * the decision is dropped (CONFLICT) and the next pass plans again from the new state.
   */
  async apply(plan: OpsPlan, base: OpsState): Promise<void> {
    if (this.deps.world.ops.state !== base)
      throw new StoreError('CONFLICT', 'the ops state changed during the pass');
    await this.save(plan.state, plan.transitions);
    for (const t of plan.transitions)
      this.deps.logger.info('ops', { item: t.itemId, nodeId: t.nodeId, from: t.from, to: t.to });
    for (const action of plan.actions) await this.perform(action);
  }

  async perform(action: OpsAction): Promise<void> {
    const nodes = 'nodeIds' in action ? action.nodeIds : [action.nodeId];
    this.deps.logger.info('ops action', { type: action.type, nodes, reason: action.reason });
    switch (action.type) {
      case 'drainNode':
        await this.record(action.nodeId, { type: 'drainRequested', reason: action.reason });
        // The executor drains Cassandra when its task is killed.
        return this.killTaskOf(action.nodeId);
      case 'relaunchNode':
        return this.record(action.nodeId, { type: 'restartRequested', reason: action.reason });
      case 'retireNode':
        return this.retire(action.nodeId, action.replaceAddress, action.reason);
      case 'decommissionNode':
        await this.record(action.nodeId, { type: 'decommissionRequested', reason: action.reason });
        return this.send([action.nodeId], { request_id: action.requestId, decommission: {} });
      case 'cleanupNode':
        return this.send([action.nodeId], { request_id: action.requestId, cleanup: {} });
      case 'updateSeeds': {
        const update_seeds = { seeds: [...action.seeds] };
        return this.send(action.nodeIds, { request_id: action.requestId, update_seeds });
      }
      case 'queryAdmin': {
        const query = { request_id: action.requestId };
        return this.send(action.nodeIds, { request_id: action.requestId, query });
      }
      case 'killTask':
        await this.deps.mesos.call(calls.kill(action.taskId, action.agentId));
        return;
      case 'forgetNode':
        return this.forget(action.nodeId, action.reason);
    }
  }

  private async record(nodeId: string, event: NodeEvent & { reason: string }): Promise<void> {
    await this.deps.writer.apply(nodeId, event, this.deps.clock.now(), event.reason);
  }

  private async killTaskOf(nodeId: string): Promise<void> {
    const node = this.deps.world.nodes.get(nodeId)?.node;
    if (!node?.taskId) return;
    await this.deps.mesos.call(calls.kill(node.taskId, node.placement?.agentId ?? null));
  }

  /** The old task (if its agent ever comes back) must not run next to the replacement. */
  private async retire(nodeId: string, replaceAddress: string, reason: string): Promise<void> {
    const now = this.deps.clock.now();
    const before = this.deps.world.nodes.get(nodeId)?.node;
    const written = await this.deps.writer.apply(
      nodeId,
      { type: 'replaceRequested', replaceAddress, reason },
      now,
      reason,
    );
    if (written?.wrote && before?.taskId) {
      this.deps.world.strays.set(before.taskId, before.placement?.agentId ?? null);
    }
  }

  private async forget(nodeId: string, reason: string): Promise<void> {
    const { world, store } = this.deps;
    const now = this.deps.clock.now();
    const current = world.nodes.get(nodeId);
    if (!current) return;
    await store.deleteNode(nodeId, current.version, {
      id: this.deps.newId(),
      kind: 'forgetNode',
      nodeId,
      state: 'Forgotten',
      reason,
      atMs: now,
    });
    world.nodes.delete(nodeId);
  }

  /** AdminRequest to each node's executor as a framework message; lost ones are asked about. */
  private async send(nodeIds: readonly string[], request: Request): Promise<void> {
    const data = cmf.v1.AdminRequest.encode(request).finish();
    for (const nodeId of nodeIds) {
      const node = this.deps.world.nodes.get(nodeId)?.node;
      if (!node?.executorId || !node.placement) {
        this.deps.logger.warn('no executor to send an admin request to', { nodeId });
        continue;
      }
      await this.deps.mesos.call(calls.message(node.placement.agentId, node.executorId, data));
    }
  }
}
