// Explicit task reconciliation after every SUBSCRIBED (the procedure the Mesos docs mandate): ask
// about every task we believe is alive, re-ask with backoff until each one has been heard of, then
// run one implicit reconciliation to learn of tasks we do not know. No launch happens before this
// settles. After a master restart the answers may take minutes, so we never give up.
import * as calls from '../mesos/calls.js';
import { classifyTaskState } from '../domain/task-state.js';
import type { NodeRecord } from '../domain/node.js';
import type { Logger } from '../ports.js';
import { backoffDelayMs, type BackoffPolicy } from '../mesos/backoff.js';
import type { MesosCalls } from './mesos-port.js';
import type { World } from './world.js';

/** A task we may still have running: launched, and not known to have ended. */
export function isBelievedAlive(node: NodeRecord): boolean {
  if (node.taskId === null) return false;
  return node.lastTaskState === null || classifyTaskState(node.lastTaskState) !== 'ended';
}

const ASK_EVERY_MS = 30_000;

export class TaskReconciler {
  constructor(
    private readonly world: World,
    private readonly mesos: MesosCalls,
    private readonly logger: Logger,
    private readonly policy: BackoffPolicy,
  ) {}

  async start(nowMs: number): Promise<void> {
    const waiting = new Map<string, string | null>();
    for (const { node } of this.world.nodes.values()) {
      if (node.taskId !== null && isBelievedAlive(node))
        waiting.set(node.taskId, node.placement?.agentId ?? null);
    }
    this.world.reconciliation = { waiting, state: 'pending', lastSentMs: nowMs, attempt: 0 };
    this.logger.info('reconciling tasks', { tasks: [...waiting.keys()] });
    if (waiting.size === 0) {
      await this.settle();
      return;
    }
    await this.mesos.call(calls.reconcile(this.tasks()));
  }

  private tasks(): { taskId: string; agentId: string | null }[] {
    return [...this.world.reconciliation.waiting].map(([taskId, agentId]) => ({ taskId, agentId }));
  }

  /** Any update about a task after SUBSCRIBED counts as an answer. */
  async heard(taskId: string): Promise<void> {
    const r = this.world.reconciliation;
    if (!r.waiting.delete(taskId) || r.state !== 'pending' || r.waiting.size > 0) return;
    await this.settle();
  }

  private async settle(): Promise<void> {
    this.world.reconciliation.state = 'settled';
    this.logger.info('task reconciliation settled; asking for tasks we do not know');
    await this.mesos.call(calls.reconcile([]));
  }

  private readonly askedAt = new Map<string, number>();

  /** Asks about one task, at most once per ASK_EVERY_MS (a launch that may have been lost). */
  async askAbout(taskId: string, agentId: string | null, nowMs: number): Promise<void> {
    if (nowMs - (this.askedAt.get(taskId) ?? -Infinity) < ASK_EVERY_MS) return;
    this.askedAt.set(taskId, nowMs);
    this.logger.warn('no status since launch; asking the master about the task', { taskId });
    await this.mesos.call(calls.reconcile([{ taskId, agentId }]));
  }

  /** Re-asks about the tasks still unheard of, with backoff. */
  async tick(nowMs: number): Promise<void> {
    const r = this.world.reconciliation;
    if (r.state !== 'pending' || r.waiting.size === 0) return;
    if (nowMs - r.lastSentMs < backoffDelayMs(r.attempt, this.policy, () => 1)) return;
    r.lastSentMs = nowMs;
    r.attempt++;
    this.logger.info('re-asking the master about tasks', {
      tasks: [...r.waiting.keys()],
      attempt: r.attempt,
    });
    await this.mesos.call(calls.reconcile(this.tasks()));
  }
}
