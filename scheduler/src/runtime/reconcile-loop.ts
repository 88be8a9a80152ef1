// The level-triggered loop: every pass reads a snapshot, asks the ops core (planOps) what the
// ring's serial queue does, persists that before acting on it, performs its actions, then asks
// domain.reconcile (which leaves the nodes the queue holds alone) and performs those; then it
// answers every held offer (stale release, launch or decline). Events and a periodic tick only
// wake it; passes never overlap.
import { randomUUID } from 'node:crypto';
import type { Action, Plan } from '../domain/actions.js';
import { decideOffers, summarizeMisses } from '../domain/offer-matching.js';
import type { NodeDemand, OfferContext, OfferView } from '../domain/offers.js';
import { planOps, staleAgents, type OpsPlan, type OpsPolicy } from '../domain/ops/index.js';
import { reconcile, type ObservedCluster, type RetryPolicy } from '../domain/reconcile.js';
import type { EpochMs } from '../domain/time.js';
import * as calls from '../mesos/calls.js';
import type { Logger, StateStore } from '../ports.js';
import { MesosError } from '../mesos/errors.js';
import { isStoreError } from '../store/errors.js';
import { launchOnOffer, type LaunchDeps } from './launcher.js';
import type { OpsShell } from './ops-shell.js';
import { releaseStaleOffers } from './stale-release.js';
import type { TaskReconciler } from './task-reconciler.js';

const MISS_WINDOW_S = 60;

export interface LoopDeps extends LaunchDeps {
  readonly store: StateStore;
  readonly reconciler: TaskReconciler;
  readonly retry: RetryPolicy;
  readonly ops: OpsShell;
  readonly opsPolicy: OpsPolicy;
  /** This leader's term: a step sent in another term is asked about before it is trusted. */
  readonly leaderTerm: string;
}

export class ReconcileLoop {
  private running: Promise<void> | null = null;
  private dirty = false;
  private stopped = false;
  /** The last plan, for the API. */
  lastPlan: Plan = { actions: [], steps: [] };

  constructor(private readonly deps: LoopDeps) {}

  /** Runs a pass soon; several wakes while one runs cause one more pass, not several. */
  wake(): Promise<void> {
    if (this.stopped) return Promise.resolve();
    this.dirty = true;
    this.running ??= this.drain().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  /** No pass starts after this (a scheduler that stops leading must stop acting at once). */
  stop(): void {
    this.stopped = true;
  }

  private async drain(): Promise<void> {
    while (this.dirty && !this.stopped) {
      this.dirty = false;
      await this.pass();
    }
  }

  private observe(now: EpochMs): ObservedCluster {
    const { world } = this.deps;
    world.misses = world.misses.filter((m) => now - m.atMs <= MISS_WINDOW_S * 1000);
    const outcomes = world.misses.map((m) => m.outcome);
    // "no offer in the last 60 s" one second after taking the lead would overstate the wait.
    world.watchingSinceMs ??= now;
    const watchedS = Math.max(1, Math.round((now - world.watchingSinceMs) / 1000));
    const windowS = Math.min(MISS_WINDOW_S, watchedS);
    const nodes = [...world.nodes.values()].map((v) => v.node);
    return {
      nodes,
      reconciliation: world.reconciliation.state,
      offersSuppressed: world.suppressed,
      strayTasks: [...world.strays].map(([taskId, agentId]) => ({ taskId, agentId })),
      misses: new Map(nodes.map((n) => [n.nodeId, summarizeMisses(n.nodeId, outcomes, windowS)])),
    };
  }

  async pass(): Promise<void> {
    const { clock, logger, reconciler, world } = this.deps;
    const now = clock.now();
    const log = logger.child({ passId: randomUUID().slice(0, 8) });
    // The offers this pass answers are the ones its snapshot saw; later ones wait for the next.
    const offers = [...world.offers.values()];
    world.offers.clear();
    try {
      await reconciler.tick(now);
      const base = world.ops.state;
      const ops = this.planOps(this.observe(now), now);
      // Write-ahead: the ops state is stored before any of its actions is performed.
      await this.deps.ops.apply(ops, base);
      // The ops actions changed records: reconcile sees them as they are now.
      const spec = { ...this.deps.spec, nodeCount: ops.nodeCount };
      const plan = reconcile(spec, this.observe(now), now, this.deps.retry, ops.holds);
      this.report(plan, log);
      const demands: NodeDemand[] = [];
      for (const action of plan.actions) await this.perform(action, demands);
      // Records changed: what depends on them (e.g. the next node's turn) is decided at once.
      if (
        ops.actions.length > 0 ||
        plan.actions.some((a) => a.type === 'createNodes' || a.type === 'retryNode')
      )
        this.dirty = true;
      await this.answerOffers(offers.splice(0), demands, now);
    } catch (error) {
      for (const o of offers) world.offers.set(o.offerId, o);
      if (!isStoreError(error) && !(error instanceof MesosError)) throw error;
      if (isStoreError(error, 'CONFLICT')) this.dirty = true;
      log.warn('pass interrupted; the next pass retries', { error: error.message });
    }
  }

  private planOps(observed: ObservedCluster, now: EpochMs): OpsPlan {
    const { world } = this.deps;
    const loadsMb = new Map<string, number>();
    for (const node of observed.nodes) {
      const bytes = world.loadBytes.get(node.nodeId) ?? node.health?.loadBytes;
      if (bytes !== undefined && node.health !== null) loadsMb.set(node.nodeId, bytes / 2 ** 20);
    }
    const ops = planOps(
      {
        spec: this.deps.spec,
        state: world.ops.state,
        nodes: observed.nodes,
        keyspaces: world.keyspaces,
        loadsMb,
        offeredAtMs: world.offeredAtMs,
        reconciliation: observed.reconciliation,
        leaderTerm: this.deps.leaderTerm,
        policy: this.deps.opsPolicy,
      },
      now,
    );
    world.lastOps = ops;
    return ops;
  }

  /** A standing plan (e.g. still waiting for an offer) is logged once, not on every tick. */
  private report(plan: Plan, log: Logger): void {
    const said = plan.actions.map((a) => `${a.type}: ${a.reason}`);
    const before = this.lastPlan.actions.map((a) => `${a.type}: ${a.reason}`);
    this.lastPlan = plan;
    if (said.join('\n') === before.join('\n')) return;
    const waiting = plan.steps
      .filter((s) => s.status !== 'done')
      .map((s) => `${s.nodeId}: ${s.reason}`);
    log.info('pass', { actions: said, waiting });
  }

  private async perform(action: Action, demands: NodeDemand[]): Promise<void> {
    const { world, mesos, store, writer, clock, framework } = this.deps;
    switch (action.type) {
      case 'createNodes':
        await store.createNodes(action.nodes);
        for (const node of action.nodes) world.nodes.set(node.nodeId, { node, version: 0 });
        return;
      case 'retryNode':
        await writer.apply(action.nodeId, { type: 'deadlinePassed' }, clock.now(), action.reason);
        return;
      case 'killTask':
        await mesos.call(calls.kill(action.taskId, action.agentId));
        world.strays.delete(action.taskId);
        return;
      case 'reconcileTask':
        await this.deps.reconciler.askAbout(action.taskId, action.agentId, clock.now());
        return;
      case 'wantOffer':
        demands.push(action.demand);
        return;
      case 'revive':
        await mesos.call(calls.revive([framework.role]));
        world.suppressed = false;
        return;
      case 'suppress':
        await mesos.call(calls.suppress([framework.role]));
        world.suppressed = true;
        return;
    }
  }

  private context(): OfferContext {
    const placed = [...this.deps.world.nodes.values()].flatMap(({ node }) =>
      node.placement ? [{ node, p: node.placement }] : [],
    );
    const rackUse = new Map<string, number>();
    for (const { p } of placed) rackUse.set(p.rack, (rackUse.get(p.rack) ?? 0) + 1);
    return {
      role: this.deps.framework.role,
      ringName: this.deps.spec.ringName,
      defaultRack: this.deps.spec.defaultRack,
      // A stale reservation keeps its agent for its node until it is released.
      agentsInUse: new Map([
        ...staleAgents(this.deps.world.ops.state.stale),
        ...placed.map(({ node, p }): [string, string] => [p.agentId, node.nodeId]),
      ]),
      rackUse,
    };
  }

  /** Every held offer is answered in the pass that sees it: launched on, or declined. */
  private async answerOffers(
    offers: readonly OfferView[],
    demands: readonly NodeDemand[],
    now: EpochMs,
  ): Promise<void> {
    const { world } = this.deps;
    if (offers.length === 0) return;
    const settled = world.reconciliation.state === 'settled';
    const open = settled ? await releaseStaleOffers(offers, this.deps, now) : offers;
    const decision = decideOffers(settled ? demands : [], open, this.context());
    const declined = decision.unused.map((u) => u.offer.offerId);
    for (const u of decision.unused)
      for (const outcome of u.outcomes) world.misses.push({ atMs: now, outcome });
    for (const match of decision.matches) {
      if (!(await launchOnOffer(match, this.deps))) declined.push(match.offer.offerId);
    }
    if (declined.length > 0)
      await this.deps.mesos.call(calls.decline(declined, this.deps.refuseSeconds));
  }
}
