// What a queued item must pass to start: its first step still to do decides. Taking a node down
// (drain, decommission) or replacing one asks the availability guard; a join needs every other
// node UN; a cleanup needs its node UN; relaunching a node that is already down needs nothing.
import type { ClusterSpec } from '../cluster.js';
import { checkAvailability, type GuardAnswer, type KeyspaceRf } from './guard.js';
import { nextStep, type OpItem, type StepName } from './queue.js';
import { decommissionGate } from './scale.js';
import { isSkipped, RULES, type StepContext } from './steps.js';

export interface GateContext extends StepContext {
  readonly keyspaces: readonly KeyspaceRf[] | null;
  readonly loadsMb: ReadonlyMap<string, number>;
  readonly spec: Pick<ClusterSpec, 'seedCount' | 'node'>;
}

/** The item as it would stand once every step already done is passed over. */
export function openStep(c: StepContext): OpItem {
  let item = c.item;
  for (;;) {
    const ctx = { ...c, item };
    if (!isSkipped(ctx) && !RULES[item.step].done(ctx)) return item;
    const next = nextStep(item.kind, item.step);
    if (next === null) return item;
    item = { ...item, step: next, stepStatus: 'pending' };
  }
}

const OK: GuardAnswer = { kind: 'ok', notes: [] };

function guard(
  c: GateContext,
  purpose: Parameters<typeof checkAvailability>[0]['purpose'],
): GuardAnswer {
  return checkAvailability({
    target: c.item.nodeId,
    purpose,
    members: c.members,
    keyspaces: c.keyspaces ?? [],
  });
}

function decommission(c: GateContext): GuardAnswer {
  if (!c.node) return OK;
  return decommissionGate({
    target: c.node,
    members: c.members,
    keyspaces: c.keyspaces,
    loadsMb: c.loadsMb,
    spec: c.spec,
    policy: c.policy,
  });
}

const none = (): GuardAnswer => OK;

/** The gate before each step, should an item start there. */
const GATES: Readonly<Record<StepName, (c: GateContext) => GuardAnswer>> = {
  drain: (c) => guard(c, 'restart'),
  launch: (c) => guard(c, 'join'),
  retire: (c) => guard(c, 'replace'),
  cleanup: (c) => guard(c, 'cleanup'),
  decommission,
  relaunch: none,
  'await-up': none,
  'update-seeds': none,
  kill: none,
  forget: none,
  repair: none,
};

export function gateFor(c: GateContext): GuardAnswer {
  const item = openStep(c);
  return item.stepStatus === 'pending' ? GATES[item.step]({ ...c, item }) : OK;
}
