// Moves the running item as far as the snapshot allows in one pass: past every step already done,
// back to `relaunch` when its node failed on the way up, into backoff when it crash-loops, and up
// to the next step that has to send something or wait. A new leader that finds a step sent asks
// the executor (or sends again, where that is idempotent) before trusting it.
import { isSettled } from '../reconcile.js';
import type { OpsAction } from './actions.js';
import { crashLoop } from './heal.js';
import { enterStep, nextStep, type OpItem, type StepName } from './queue.js';
import { staleFrom } from './release.js';
import { finishItem, type StaleReservation } from './state.js';
import { DISRUPTIVE, isSkipped, requestId, RULES, type StepContext } from './steps.js';

export interface Advanced {
  readonly item: OpItem;
  readonly actions: readonly OpsAction[];
  /** Reservations to remember for release (retire and forget leave the old placement behind). */
  readonly stale: readonly StaleReservation[];
  /** Why the item stands still, for the plan; null once it has finished. */
  readonly waiting: string | null;
}

/** Kinds whose node may legitimately have no record (not created yet, or already forgotten). */
const RECORDLESS: readonly OpItem['kind'][] = ['bootstrap', 'scale-up', 'decommission'];
const RETREAT_FROM: readonly StepName[] = ['launch', 'relaunch', 'await-up'];
const MAX_MOVES = 12;

function stand(item: OpItem, waiting: string, actions: OpsAction[] = []): Advanced {
  return { item, actions, stale: [], waiting };
}

function end(
  c: StepContext,
  item: OpItem,
  state: 'succeeded' | 'failed' | 'cancelled',
  why: string,
): Advanced {
  return { item: finishItem(item, state, why, c.now), actions: [], stale: [], waiting: null };
}

function timeoutMs(c: StepContext): number | null {
  const joining = c.item.kind !== 'restart' && c.item.kind !== 'rolling-restart';
  if (c.item.step === 'await-up' && joining) return c.policy.joinTimeoutMs;
  return c.policy.stepTimeoutMs[c.item.step];
}

/** A rolling restart whose node was relaunched on the new config meanwhile (e.g. healed). */
function isAlreadyApplied({ item, node, nodes }: StepContext): boolean {
  if (item.kind !== 'rolling-restart' || item.step !== 'drain' || item.stepStatus !== 'pending') {
    return false;
  }
  if (node === undefined) return false;
  return node.configVersion === item.configVersion && isSettled(node, nodes);
}

/** A restart that gave up after taking its node down hands the node back to healing. */
function handBack(c: StepContext): OpsAction[] {
  const { item } = c;
  const restarting = item.kind === 'restart' || item.kind === 'rolling-restart';
  if (!restarting || (item.step === 'drain' && item.stepStatus === 'pending')) return [];
  const reason = `${item.id} gave up; ${item.nodeId} is wanted running again (healing takes over)`;
  return [{ type: 'relaunchNode', nodeId: item.nodeId, reason }];
}

function timedOut(c: StepContext): Advanced | null {
  const { item } = c;
  const limit = timeoutMs(c);
  if (limit === null || c.now - item.stepSinceMs <= limit) return null;
  const minutes = Math.round(limit / 60_000);
  const why = `${item.step} of ${item.nodeId} did not finish within ${minutes} min`;
  return { ...end(c, item, 'failed', why), actions: handBack(c) };
}

/** Done, skipped, failed on the way up, or timed out: what to do before looking at sending. */
function settle(c: StepContext): OpItem | Advanced | null {
  const { item, node, now } = c;
  if (isAlreadyApplied(c)) {
    return end(
      c,
      item,
      'succeeded',
      `${item.nodeId} already runs config ${item.configVersion ?? '?'}`,
    );
  }
  if (isSkipped(c) || RULES[item.step].done(c)) {
    const next = nextStep(item.kind, item.step);
    return next === null
      ? end(c, item, 'succeeded', `done: ${item.reason}`)
      : enterStep(item, next, now);
  }
  if (node?.phase === 'Failed' && RETREAT_FROM.includes(item.step)) {
    if (item.step === 'relaunch' && item.stepStatus === 'pending') return null;
    return enterStep(item, 'relaunch', now);
  }
  return timedOut(c);
}

/** Records the step as sent (persisted before the action goes out) and returns the action. */
function send(c: StepContext, action: OpsAction, again = false): Advanced {
  const { item, now, term } = c;
  const sent: OpItem = {
    ...item,
    stepStatus: 'sent',
    attempts: again ? item.attempts : item.attempts + 1,
    confirmedTerm: term,
    updatedAtMs: now,
  };
  // The old placement becomes a stale reservation when the record lets go of it (write-ahead).
  const leaves = item.step === 'forget' || item.step === 'retire';
  const stale = leaves && c.node ? staleFrom(c.node, c.ringName, now) : null;
  return {
    item: sent,
    actions: [action],
    stale: stale ? [stale] : [],
    waiting: RULES[item.step].waiting({ ...c, item: sent }),
  };
}

/** A step found sent by an earlier leader: ask, or send again. */
function resume(c: StepContext): Advanced {
  const { item, term } = c;
  const rule = RULES[item.step];
  if (rule.resume === 'resend') {
    // Not done yet, so it did not take effect: a step that takes a node down is gated again.
    if (DISRUPTIVE.includes(item.step))
      return act({ ...c, item: { ...item, stepStatus: 'pending' } });
    const again = rule.perform(c);
    if (again !== null) return send(c, again, true);
  }
  if (rule.resume === 'query') {
    const asking: OpItem = { ...item, stepStatus: 'query', updatedAtMs: c.now };
    const nodeIds = item.step === 'update-seeds' ? c.members.map((m) => m.nodeId) : [item.nodeId];
    const query: OpsAction = {
      type: 'queryAdmin',
      nodeIds,
      requestId: requestId(item),
      reason: `${item.id}: ${item.step} was sent before a failover; asking where it stands`,
    };
    return stand(asking, `asking the executor where ${item.step} of ${item.nodeId} stands`, [
      query,
    ]);
  }
  return stand({ ...item, confirmedTerm: term }, rule.waiting(c));
}

/** Gives the queue up with nothing sent: the item waits in the queue, keeping its step. */
function yieldItem(c: StepContext, notBeforeMs: OpItem['notBeforeMs'], why: string): Advanced {
  const queued: OpItem = {
    ...c.item,
    state: 'queued',
    stepStatus: 'pending',
    notBeforeMs,
    updatedAtMs: c.now,
  };
  return stand(queued, why);
}

/** Reasons not to send now: a crash loop's backoff, or the gate of a step that takes a node down. */
function holdBack(c: StepContext): Advanced | null {
  const { item, now } = c;
  if (item.step === 'relaunch') {
    const loop = crashLoop(c.watch, c.policy.crashLoop, now);
    if (loop && now < loop.nextTryAtMs)
      return yieldItem(c, loop.nextTryAtMs, `${item.nodeId} ${loop.reason}`);
  }
  if (DISRUPTIVE.includes(item.step)) {
    const gate = c.gate(item);
    if (gate.kind === 'wait') return yieldItem(c, null, gate.reason);
  }
  return null;
}

function act(c: StepContext): Advanced {
  const { item } = c;
  const rule = RULES[item.step];
  if (item.stepStatus === 'query') return resume(c);
  if (item.stepStatus === 'sent') {
    return item.confirmedTerm === c.term ? stand(item, rule.waiting(c)) : resume(c);
  }
  const held = holdBack(c);
  if (held !== null) return held;
  const action = rule.perform(c);
  return action === null ? stand(item, rule.waiting(c)) : send(c, action);
}

/** Advances a running item as far as it can go in this pass. */
export function advanceItem(c: StepContext): Advanced {
  let item = c.item;
  if (!c.node && !RECORDLESS.includes(item.kind)) {
    return end(c, item, 'cancelled', `${item.nodeId} no longer exists`);
  }
  for (let moves = 0; moves < MAX_MOVES; moves++) {
    const ctx = { ...c, item };
    const settled = settle(ctx);
    if (settled === null) return act(ctx);
    if ('actions' in settled) return settled;
    item = settled;
  }
  return stand(item, `${item.id} moved ${MAX_MOVES} steps in one pass; continuing next pass`);
}
