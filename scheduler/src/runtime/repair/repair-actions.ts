// Doing what a repair decision says: start a run, record a skipped trigger, take the serial queue
// and start a node (written first, then sent), ask an executor about a step, cancel, fail, finish.
// Each returns whether it changed something, so the pass decides again at once.
import {
  keyspacesLeft,
  planRepairRun,
  replaceItemOf,
  resolveKeyspaces,
  runShape,
  type RepairDecision,
  type RepairTrigger,
} from '../../domain/repair/index.js';
import { assertNever, type EpochMs } from '../../domain/time.js';
import { adminCall, executorOf, repairRequest, requestId } from './admin-wire.js';
import type { RepairLoop, RepairLoopOptions } from './repair-loop.js';

export type ActionDeps = Omit<RepairLoopOptions, 'newRunId' | 'queryEveryMs' | 'clock'> & {
  readonly newRunId: (now: EpochMs) => string;
  readonly queryEveryMs: number;
};

type Order = Extract<RepairDecision, { kind: 'start-node' | 'retry' }>;
const STEP_KINDS = [
  'start-node',
  'retry',
  'query-step',
  'cancel-step',
  'fail-attempt',
  'mark-failed',
] as const;
type StepDecision = Extract<RepairDecision, { kind: (typeof STEP_KINDS)[number] }>;

function isStepDecision(d: RepairDecision): d is StepDecision {
  return (STEP_KINDS as readonly string[]).includes(d.kind);
}

export class RepairActions {
  /** Request id -> when this leader last asked its executor about it. */
  private readonly asked = new Map<string, number>();

  constructor(
    private readonly loop: RepairLoop,
    private readonly deps: ActionDeps,
  ) {}

  async perform(d: RepairDecision, now: EpochMs): Promise<boolean> {
    if (isStepDecision(d)) return this.performStep(d, now);
    switch (d.kind) {
      case 'idle':
        return false;
      case 'wait':
        return this.poll(now);
      case 'start-run':
        return this.startRun(d.trigger, d.reason, now);
      case 'skip-trigger':
        return this.skipTrigger(d.trigger, d.reason, now);
      case 'forget-due':
        await this.deps.queue.forgetDue(d.itemId);
        return true;
      case 'replan':
        return this.loop.apply({ type: 'stepsReplanned', nodeIds: d.nodeIds }, now);
      case 'finish':
        return this.finish(d.result, d.reason, now);
      default:
        return assertNever(d, 'repair decision');
    }
  }

  /** The decisions about one node's step. */
  private async performStep(d: StepDecision, now: EpochMs): Promise<boolean> {
    switch (d.kind) {
      case 'start-node':
      case 'retry':
        return this.startNode(d, now);
      case 'query-step':
        return this.query(d.nodeId, now);
      case 'cancel-step':
        return this.cancel(d.nodeId, d.reason, now);
      case 'fail-attempt':
        return this.loop.apply({ type: 'attemptFailed', nodeId: d.nodeId, error: d.reason }, now);
      case 'mark-failed':
        await this.loop.apply(
          { type: 'stepMarkedFailed', nodeId: d.nodeId, reason: d.reason },
          now,
        );
        await this.deps.queue.release(d.nodeId, 'failed', d.reason, now);
        return true;
      default:
        return assertNever(d, 'repair decision');
    }
  }

  private async skipTrigger(trigger: RepairTrigger, reason: string, now: EpochMs) {
    await this.loop.apply({ type: 'triggerSkipped', trigger, reason }, now);
    await this.clearTrigger(reason);
    return true;
  }

  private async clearTrigger(outcome: string): Promise<void> {
    const s = this.loop.schedule?.value;
    if (s) await this.loop.saveSchedule({ ...s, trigger: null, lastOutcome: outcome });
  }

  private async startRun(trigger: RepairTrigger, reason: string, now: EpochMs): Promise<boolean> {
    if (await this.alreadyRun(trigger)) return true;
    const ringNodeIds = this.loop.ring().map((m) => m.nodeId);
    const shape = runShape(trigger, this.deps.config, ringNodeIds);
    const existing = await this.deps.keyspaces();
    if (existing === null && shape.scope.include.length === 0) {
      const outcome = `${reason}: not started, no node could list the ring's keyspaces`;
      // An after-replace run stays due (and is tried again); a schedule or manual trigger goes.
      if (trigger.kind !== 'afterReplace') await this.clearTrigger(outcome);
      else this.loop.reason = outcome;
      return trigger.kind !== 'afterReplace';
    }
    const resolved = resolveKeyspaces(shape.scope, existing ?? shape.scope.include);
    const run = planRepairRun(
      {
        runId: this.deps.newRunId(now),
        trigger,
        nodeIds: shape.nodeIds,
        keyspaces: resolved.keyspaces,
        unknownKeyspaces: resolved.unknown,
        type: shape.type,
        primaryRange: shape.primaryRange,
      },
      now,
    );
    const s = this.loop.schedule ?? (await this.deps.store.schedule());
    const next = { ...s.value, trigger: null, lastOutcome: `run ${run.runId} started: ${reason}` };
    await this.deps.store.startRun(run, next, s.version < 0 ? null : s.version);
    this.loop.run = { value: run, version: 0 };
    this.loop.schedule = await this.deps.store.schedule();
    if (trigger.replace) await this.deps.queue.forgetDue(trigger.replace.itemId);
    this.deps.logger.info('repair run started', {
      runId: run.runId,
      keyspaces: run.keyspaces,
      nodes: run.steps.map((st) => st.nodeId),
      reason,
    });
    return true;
  }

  /** A stored run already follows this replace (one older than the newest): forget the entry. */
  private async alreadyRun(trigger: RepairTrigger): Promise<boolean> {
    const itemId = trigger.replace?.itemId;
    if (itemId === undefined) return false;
    const runs = await this.deps.store.runs();
    const found = runs.find((r) => replaceItemOf(r.value) === itemId);
    if (found === undefined) return false;
    await this.deps.queue.forgetDue(itemId);
    this.deps.logger.info('repair after replace already started', {
      runId: found.value.runId,
      itemId,
    });
    return true;
  }

  /** Takes the queue, writes the step as running, then asks the executor (write-ahead). */
  private async startNode(d: Order, now: EpochMs): Promise<boolean> {
    const to = executorOf(this.deps.nodes().find((n) => n.nodeId === d.nodeId));
    if (typeof to === 'string') {
      return this.loop.apply({ type: 'attemptFailed', nodeId: d.nodeId, error: to }, now);
    }
    const admission = await this.deps.queue.admit(d.nodeId, now);
    if (!admission.ok) {
      this.loop.reason = admission.reason;
      return false;
    }
    const term = this.deps.leaderTerm;
    if (!(await this.loop.apply({ type: 'stepStarted', nodeId: d.nodeId, term }, now))) {
      return false;
    }
    const run = this.loop.run?.value;
    const step = run?.steps.find((s) => s.nodeId === d.nodeId);
    if (!run || !step) return true;
    const attempt = { runId: run.runId, nodeId: d.nodeId, attempt: step.attempts };
    const request = repairRequest(
      run,
      attempt,
      keyspacesLeft(run, step),
      this.deps.config.nodeTimeoutMs,
    );
    await this.send(to, request, now);
    this.deps.logger.info('repair step sent', { requestId: request.request_id, reason: d.reason });
    return true;
  }

  private async send(
    to: { agentId: string; executorId: string },
    request: Parameters<typeof adminCall>[1],
    now: EpochMs,
  ): Promise<void> {
    await this.deps.mesos.call(adminCall(to, request));
    // Only a request that went out counts as asked (before SUBSCRIBED a call fails).
    this.asked.set(request.request_id ?? '', now);
  }

  /** The current attempt's request id for `nodeId`, and where to send to it. */
  private target(nodeId: string) {
    const run = this.loop.run?.value;
    const step = run?.steps.find((s) => s.nodeId === nodeId);
    if (!run || !step) return null;
    const id = requestId({ runId: run.runId, nodeId, attempt: step.attempts });
    return { id, to: executorOf(this.deps.nodes().find((n) => n.nodeId === nodeId)) };
  }

  /**
   * MESSAGE is unreliable and a keyspace can take hours: while a step runs, its executor is asked
   * every queryEveryMs, so a lost final report costs seconds, not the node timeout.
   */
  private async poll(now: EpochMs): Promise<boolean> {
    const step = this.loop.run?.value.steps.find((s) => s.status === 'running');
    if (step === undefined) return false;
    const heard = step.reportedAtMs ?? step.startedAtMs ?? now;
    if (now - heard < this.deps.queryEveryMs) return false;
    return this.query(step.nodeId, now);
  }

  /** Asks the executor (again after queryEveryMs) whether the step it was sent still runs. */
  private async query(nodeId: string, now: EpochMs): Promise<boolean> {
    const t = this.target(nodeId);
    if (t === null) return false;
    if (typeof t.to === 'string') {
      const error = `cannot ask about the repair: ${t.to}`;
      return this.loop.apply({ type: 'attemptFailed', nodeId, error }, now);
    }
    const last = this.asked.get(t.id);
    if (last !== undefined && now - last < this.deps.queryEveryMs) return false;
    this.loop.reason = `asking ${nodeId}'s executor about ${t.id}`;
    await this.send(t.to, { request_id: `${t.id}.query`, query: { request_id: t.id } }, now);
    this.asked.set(t.id, now);
    return false;
  }

  private async cancel(nodeId: string, reason: string, now: EpochMs): Promise<boolean> {
    const t = this.target(nodeId);
    if (t !== null && typeof t.to !== 'string') {
      await this.send(t.to, { request_id: `${t.id}.abort`, abort: { request_id: t.id } }, now);
    }
    await this.loop.apply({ type: 'attemptFailed', nodeId, error: reason }, now);
    await this.deps.queue.release(nodeId, 'cancelled', reason, now);
    return true;
  }

  private async finish(
    result: 'succeeded' | 'failed' | 'aborted',
    reason: string,
    now: EpochMs,
  ): Promise<boolean> {
    const runId = this.loop.run?.value.runId ?? '';
    await this.loop.apply({ type: 'runFinished', result }, now);
    const s = this.loop.schedule?.value;
    if (s) await this.loop.saveSchedule({ ...s, lastOutcome: `run ${runId} ${result}: ${reason}` });
    this.deps.logger.info('repair run finished', { runId, result, reason });
    return true;
  }
}
