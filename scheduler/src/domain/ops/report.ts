// What a pass tells operators: one line per queue item (for /v1/plan), notes about the ring
// (crash loops, cleanup on offer, reservations awaiting release), and the item transitions the
// runtime writes to the operation log. Plain serialisable values.
import type { EpochMs } from '../time.js';
import { crashLoop } from './heal.js';
import type { OpsPolicy } from './policy.js';
import type { ItemState, OpItem, OpKind, OpOrigin, StepName, StepStatus } from './queue.js';
import type { Member } from './ring.js';
import { cleanupDue } from './scale.js';
import type { OpsState } from './state.js';

export interface QueueLine {
  readonly id: string;
  readonly kind: OpKind;
  readonly nodeId: string;
  readonly origin: OpOrigin;
  readonly state: ItemState;
  readonly step: StepName;
  readonly stepStatus: StepStatus;
  readonly reason: string;
  readonly details: readonly string[];
  /** Why an open item does not move right now. */
  readonly waiting: string | null;
  readonly result: string | null;
}

export interface Transition {
  readonly itemId: string;
  readonly kind: OpKind;
  readonly nodeId: string;
  /** "new", or "<state>/<step>" before and after. */
  readonly from: string;
  readonly to: string;
  readonly reason: string;
}

export interface OpsReport {
  readonly lines: readonly QueueLine[];
  readonly notes: readonly string[];
  readonly transitions: readonly Transition[];
}

export interface ReportInput {
  readonly before: OpsState;
  readonly after: OpsState;
  readonly members: readonly Member[];
  readonly waits: ReadonlyMap<string, string>;
  readonly input: { readonly policy: OpsPolicy };
  readonly now: EpochMs;
}

function line(item: OpItem, waits: ReadonlyMap<string, string>): QueueLine {
  const open = item.state === 'queued' || item.state === 'running';
  return {
    id: item.id,
    kind: item.kind,
    nodeId: item.nodeId,
    origin: item.origin,
    state: item.state,
    step: item.step,
    stepStatus: item.stepStatus,
    reason: item.reason,
    details: item.details,
    waiting: open ? (waits.get(item.id) ?? waits.get('*') ?? null) : null,
    result: item.result,
  };
}

const where = (item: OpItem): string => `${item.state}/${item.step}`;

export function transitions(before: OpsState, after: OpsState): Transition[] {
  const old = new Map(before.items.map((i) => [i.id, i]));
  const out: Transition[] = [];
  for (const item of after.items) {
    const was = old.get(item.id);
    const from = was ? where(was) : 'new';
    const to = where(item);
    if (from === to) continue;
    const reason = item.result ?? item.reason;
    out.push({ itemId: item.id, kind: item.kind, nodeId: item.nodeId, from, to, reason });
  }
  return out;
}

function notes(r: ReportInput): string[] {
  const { policy } = r.input;
  const out: string[] = [];
  for (const [nodeId, watch] of Object.entries(r.after.watches)) {
    const loop = crashLoop(watch, policy.crashLoop, r.now);
    if (loop) out.push(`${nodeId} ${loop.reason}`);
  }
  const due = policy.cleanupAfterScaleUp ? [] : cleanupDue(r.after.items, r.members);
  if (due.length > 0) {
    out.push(
      `cleanup recommended on ${due.join(', ')} after the scale-up (opt-in: POST /v1/nodes/{id}/cleanup, or ring.cleanupAfterScaleUp)`,
    );
  }
  for (const s of r.after.stale) {
    const sent = s.sentAtMs === null ? 'released when that agent offers it' : 'release sent';
    out.push(`old reservation of ${s.nodeId} on agent ${s.agentId}: ${sent}`);
  }
  return out;
}

/** The queue as stored, for whoever has not planned over it (a standby, a leader loading). */
export function storedReport(state: OpsState): OpsReport {
  return { lines: state.items.map((i) => line(i, new Map())), notes: [], transitions: [] };
}

export function describePlan(r: ReportInput): OpsReport {
  return {
    lines: r.after.items.map((i) => line(i, r.waits)),
    notes: notes(r),
    transitions: transitions(r.before, r.after),
  };
}
