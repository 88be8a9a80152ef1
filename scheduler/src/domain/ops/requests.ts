// What reaches the queue from outside a pass: an operator's restart, replace or cleanup (the API;
// the same gates apply when it runs), an executor's answer to an admin request or query, and the
// repair loop taking and releasing the queue for one node at a time.
import type { DisruptiveOperation, QueueHolder } from '../repair/decide.js';
import type { NodeRecord } from '../node.js';
import type { EpochMs } from '../time.js';
import {
  describeItem,
  enterStep,
  isOpen,
  nextStep,
  openItemFor,
  runningItem,
  type OpItem,
  type OpKind,
} from './queue.js';
import type { Member } from './ring.js';
import { enqueue, finishItem, replaceItem, type OpsState } from './state.js';

export type RequestKind = 'restart' | 'replace' | 'cleanup';
export type RequestError = 'NODE_UNKNOWN' | 'NODE_NOT_RUNNING' | 'NODE_LIVE' | 'NOT_PLACED';

export type RequestResult =
  | {
      readonly ok: true;
      readonly state: OpsState;
      readonly item: OpItem;
      readonly created: boolean;
    }
  | { readonly ok: false; readonly code: RequestError; readonly message: string };

function refuse(code: RequestError, message: string): RequestResult {
  return { ok: false, code, message };
}

/** Queues an operator's request; a second identical request returns the open item. */
export function requestOperation(
  state: OpsState,
  request: { readonly kind: RequestKind; readonly nodeId: string; readonly reason: string },
  nodes: readonly NodeRecord[],
  members: readonly Member[],
  now: EpochMs,
): RequestResult {
  const { kind, nodeId } = request;
  const node = nodes.find((n) => n.nodeId === nodeId);
  if (!node) return refuse('NODE_UNKNOWN', `no node ${nodeId} in this ring`);
  if (node.goal !== 'Running') return refuse('NODE_NOT_RUNNING', `${nodeId} has goal ${node.goal}`);
  const open = openItemFor(state.items, nodeId, [kind]);
  if (open) return { ok: true, state, item: open, created: false };
  const member = members.find((m) => m.nodeId === nodeId);
  if (kind === 'replace') {
    if (node.placement === null)
      return refuse('NOT_PLACED', `${nodeId} has no placement to replace`);
    if (member?.status.startsWith('U')) {
      return refuse(
        'NODE_LIVE',
        `${nodeId} is ${member.status}: Cassandra refuses to replace a live node; stop it first`,
      );
    }
  }
  const replaced =
    kind === 'replace' && node.placement
      ? { address: node.placement.address, agentId: node.placement.agentId }
      : null;
  const reason = `${kind} ${nodeId} requested by an operator: ${request.reason}`;
  const next = enqueue(
    state,
    [{ kind, nodeId, seed: node.seed, origin: 'operator', reason, replaced }],
    now,
  );
  const item = next.items[next.items.length - 1];
  if (!item) throw new Error('enqueue added no item');
  return { ok: true, state: next, item, created: true };
}

export type AdminState =
  'UNKNOWN' | 'ACCEPTED' | 'RUNNING' | 'SUCCEEDED' | 'FAILED' | 'ABORTED' | 'REJECTED';

export interface AdminAnswer {
  readonly requestId: string;
  readonly nodeId: string;
  readonly state: AdminState;
  readonly message: string;
}

export interface Answered {
  readonly state: OpsState;
  readonly note: string;
}

function onSucceeded(item: OpItem, answer: AdminAnswer, term: string, now: EpochMs): OpItem {
  if (item.step === 'update-seeds') {
    const acked = item.acked.includes(answer.nodeId) ? item.acked : [...item.acked, answer.nodeId];
    return { ...item, acked, stepStatus: 'sent', confirmedTerm: term, updatedAtMs: now };
  }
  const next = nextStep(item.kind, item.step);
  return next === null
    ? finishItem(item, 'succeeded', `done: ${item.reason}`, now)
    : enterStep(item, next, now);
}

function answered(item: OpItem, answer: AdminAnswer, term: string, now: EpochMs): OpItem {
  switch (answer.state) {
    case 'UNKNOWN':
      // The executor never got it (or lost it with a restart): send it again.
      return { ...item, stepStatus: 'pending', confirmedTerm: term, updatedAtMs: now };
    case 'ACCEPTED':
    case 'RUNNING':
      return { ...item, stepStatus: 'sent', confirmedTerm: term, updatedAtMs: now };
    case 'SUCCEEDED':
      return onSucceeded(item, answer, term, now);
    case 'FAILED':
    case 'ABORTED':
    case 'REJECTED':
      return finishItem(
        item,
        'failed',
        `${item.step} on ${answer.nodeId} ${answer.state}: ${answer.message}`,
        now,
      );
  }
}

/** Applies an executor's AdminReport; one for another attempt or a finished item changes nothing. */
export function applyAdminAnswer(
  state: OpsState,
  answer: AdminAnswer,
  term: string,
  now: EpochMs,
): Answered {
  const [itemId, step, attempt] = answer.requestId.split('.');
  const item = state.items.find((i) => i.id === itemId);
  if (!item || !isOpen(item))
    return { state, note: `ignored: no open item for ${answer.requestId}` };
  if (item.step !== step || String(item.attempts) !== attempt) {
    return {
      state,
      note: `stale: ${answer.requestId}, ${item.id} is at ${item.step} attempt ${item.attempts}`,
    };
  }
  const next = answered(item, answer, term, now);
  return {
    state: replaceItem(state, next),
    note: `${describeItem(item)}: ${step} ${answer.state}`,
  };
}

const HOLDER: Readonly<Record<Exclude<OpKind, 'repair'>, DisruptiveOperation>> = {
  bootstrap: 'bootstrap',
  replace: 'replace',
  'scale-up': 'scale-up',
  decommission: 'decommission',
  'rolling-restart': 'rolling-restart',
  // The repair module has no names for these yet; the closest ones keep its reason readable.
  restart: 'rolling-restart',
  cleanup: 'scale-up',
};

/** What repair's decision sees as holding the queue: any open item that is not a repair. */
export function repairQueueHolder(state: OpsState): QueueHolder | null {
  const running = runningItem(state.items);
  const other =
    running?.kind === 'repair'
      ? undefined
      : (running ?? state.items.find((i) => isOpen(i) && i.kind !== 'repair'));
  if (!other || other.kind === 'repair') return null;
  const operation =
    other.kind === 'decommission' && other.origin === 'scale' ? 'scale-down' : HOLDER[other.kind];
  return { operation, nodeId: other.nodeId };
}

export type RepairAdmission =
  | { readonly ok: true; readonly state: OpsState; readonly itemId: string }
  | { readonly ok: false; readonly reason: string };

/** The repair loop takes the queue before it starts a node's repair; it waits for everything else. */
export function admitRepair(state: OpsState, nodeId: string, now: EpochMs): RepairAdmission {
  const running = runningItem(state.items);
  if (running?.kind === 'repair' && running.nodeId === nodeId)
    return { ok: true, state, itemId: running.id };
  const other = running ?? state.items.find((i) => isOpen(i));
  if (other)
    return { ok: false, reason: `repair waits for ${describeItem(other)} (${other.state})` };
  const queued = enqueue(
    state,
    [{ kind: 'repair', nodeId, seed: false, origin: 'repair', reason: `repair ${nodeId}` }],
    now,
  );
  const item = queued.items[queued.items.length - 1];
  if (!item) throw new Error('enqueue added no item');
  const started: OpItem = { ...item, state: 'running', stepSinceMs: now };
  return { ok: true, state: replaceItem(queued, started), itemId: started.id };
}

/** The repair loop gives the queue back when its node's step has ended, whatever the outcome. */
export function releaseRepair(
  state: OpsState,
  nodeId: string,
  result: 'succeeded' | 'failed' | 'cancelled',
  why: string,
  now: EpochMs,
): OpsState {
  const item = state.items.find((i) => i.kind === 'repair' && i.nodeId === nodeId && isOpen(i));
  return item ? replaceItem(state, finishItem(item, result, why, now)) : state;
}
