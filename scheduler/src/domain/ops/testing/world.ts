// A ring in miniature for property tests: node records moved by the real applyEvent, a model of
// Cassandra on each node (down, starting, normal, leaving, left), agents that die and come back,
// executors that answer admin requests, a stand-in for reconcile that launches only what the
// ops queue does not hold, and a leader that can fail over between persisting and acting. Each
// turn runs the real planOps and checks the safety rules against what the ring looked like.
import { health, spec as ringSpec } from '../../../testing/builders.js';
import type { ClusterSpec } from '../../cluster.js';
import type { NodeHealthView } from '../../health.js';
import { applyEvent, type NodeEvent } from '../../node-events.js';
import { newNodeRecord, type NodeRecord } from '../../node.js';
import { isSettled } from '../../reconcile.js';
import { epochMs, type EpochMs } from '../../time.js';
import type { OpsAction } from '../actions.js';
import { queueChange, validateChange } from '../change.js';
import { planOps, type OpsPlan } from '../plan.js';
import { applyAdminAnswer, type AdminState } from '../requests.js';
import { isUpNormal, observeRing } from '../ring.js';
import { EMPTY_OPS_STATE, type OpsState } from '../state.js';
import { EXECUTOR } from '../../../testing/builders.js';
import { KEYSPACES, T0, TEST_POLICY } from './builders.js';

export type Disturbance =
  | { readonly kind: 'crash'; readonly node: number }
  | { readonly kind: 'loseAgent'; readonly node: number }
  | { readonly kind: 'agentBack' }
  | { readonly kind: 'failover' }
  | { readonly kind: 'scale'; readonly count: number }
  | { readonly kind: 'change' }
  | { readonly kind: 'wait' };

type Mode = 'down' | 'starting' | 'normal' | 'leaving' | 'left';

export interface Trace {
  readonly violations: readonly string[];
  /** Per node, the turns at which a drain took it down, in order. */
  readonly drains: readonly (readonly [string, boolean])[];
  readonly decommissioned: readonly string[];
  readonly final: {
    readonly nodes: readonly NodeRecord[];
    readonly ops: OpsState;
    readonly spec: ClusterSpec;
  };
  readonly settled: boolean;
  /** The last pass's queue lines and holds, to explain a ring that did not settle. */
  readonly last: {
    readonly lines: OpsPlan['lines'];
    readonly holds: readonly (readonly [string, string])[];
  } | null;
}

const STEP_MS = 5_000;
const MODES: Readonly<Record<Mode, string>> = {
  down: '',
  starting: 'JOINING',
  normal: 'NORMAL',
  leaving: 'LEAVING',
  left: 'DECOMMISSIONED',
};
const AGENTS = 12;
const MAX_RF = Math.max(...KEYSPACES.map((k) => k.rf));

class World {
  readonly nodes = new Map<string, NodeRecord>();
  readonly modes = new Map<string, Mode>();
  readonly deadAgents = new Set<string>();
  readonly reports = new Map<string, { nodeId: string; state: AdminState; kind: string }>();
  readonly violations: string[] = [];
  readonly drains: (readonly [string, boolean])[] = [];
  readonly decommissioned: string[] = [];
  ops: OpsState = EMPTY_OPS_STATE;
  last: OpsPlan | null = null;
  spec: ClusterSpec;
  now: EpochMs = T0;
  term = 1;
  launches = 0;

  constructor(count: number) {
    this.spec = ringSpec({ nodeCount: count, configVersion: 'v1' });
  }

  apply(nodeId: string, event: NodeEvent): void {
    const node = this.nodes.get(nodeId);
    if (node) this.nodes.set(nodeId, applyEvent(node, event, this.now).node);
  }

  status(
    nodeId: string,
    state: 'TASK_RUNNING' | 'TASK_FAILED' | 'TASK_KILLED' | 'TASK_UNREACHABLE',
    report: NodeHealthView | null = null,
  ): void {
    const taskId = this.nodes.get(nodeId)?.taskId;
    if (taskId)
      this.apply(nodeId, { type: 'taskStatus', taskId, state, message: '', health: report });
  }

  /** Each running executor sends its node's health in a TASK_RUNNING update, as the real one does. */
  refreshHealth(): void {
    const ring = [...this.nodes.values()].filter((n) => n.placement !== null);
    const address = (n: NodeRecord): string => `/${n.placement?.address ?? ''}:7000`;
    const live = ring.filter((n) => this.isAlive(n)).map(address);
    const unreachableNodes = ring
      .filter((n) => !this.isAlive(n) && this.modes.get(n.nodeId) !== 'left')
      .map(address);
    for (const n of ring) {
      const mode = this.modes.get(n.nodeId) ?? 'down';
      if (mode === 'down' || this.deadAgents.has(n.placement?.agentId ?? '')) continue;
      const operationMode = MODES[mode];
      this.status(
        n.nodeId,
        'TASK_RUNNING',
        health({ probedAtMs: this.now, operationMode, liveNodes: live, unreachableNodes }),
      );
    }
  }

  isAlive(n: NodeRecord): boolean {
    const mode = this.modes.get(n.nodeId);
    return (
      (mode === 'normal' || mode === 'starting' || mode === 'leaving') &&
      !this.deadAgents.has(n.placement?.agentId ?? '')
    );
  }
}

// ---- the shell: performing ops actions against the model ----

type Performers = {
  readonly [K in OpsAction['type']]: (w: World, a: Extract<OpsAction, { type: K }>) => void;
};

const PERFORM: Performers = {
  drainNode: (w, a) => {
    drain(w, a.nodeId);
  },
  relaunchNode: (w, a) => {
    relaunch(w, a.nodeId);
  },
  retireNode: (w, a) => {
    retire(w, a.nodeId, a.replaceAddress);
  },
  decommissionNode: (w, a) => {
    w.decommissioned.push(a.nodeId);
    w.apply(a.nodeId, { type: 'decommissionRequested', reason: a.reason });
    if (w.modes.get(a.nodeId) === 'normal') w.modes.set(a.nodeId, 'leaving');
    w.reports.set(a.requestId, { nodeId: a.nodeId, state: 'RUNNING', kind: 'decommission' });
  },
  cleanupNode: (w, a) => {
    w.reports.set(a.requestId, { nodeId: a.nodeId, state: 'SUCCEEDED', kind: 'cleanup' });
    answer(w, a.requestId, a.nodeId);
  },
  updateSeeds: (w, a) => {
    for (const id of a.nodeIds) {
      w.reports.set(`${a.requestId}@${id}`, { nodeId: id, state: 'SUCCEEDED', kind: 'seeds' });
      answer(w, a.requestId, id);
    }
  },
  queryAdmin: (w, a) => {
    for (const id of a.nodeIds) answer(w, a.requestId, id);
  },
  killTask: (w, a) => {
    w.modes.set(a.nodeId, 'left');
    w.status(a.nodeId, 'TASK_KILLED');
  },
  forgetNode: (w, a) => {
    w.nodes.delete(a.nodeId);
    w.modes.delete(a.nodeId);
  },
};

function perform(w: World, a: OpsAction): void {
  (PERFORM[a.type] as (w: World, a: OpsAction) => void)(w, a);
}

function answer(w: World, requestId: string, nodeId: string): void {
  const report = w.reports.get(requestId) ?? w.reports.get(`${requestId}@${nodeId}`);
  const state = report?.state ?? 'UNKNOWN';
  w.ops = applyAdminAnswer(
    w.ops,
    { requestId, nodeId, state, message: 'model' },
    `term-${w.term}`,
    w.now,
  ).state;
}

function drain(w: World, nodeId: string): void {
  const node = w.nodes.get(nodeId);
  if (!node || !w.isAlive(node)) return;
  w.drains.push([nodeId, node.seed]);
  w.apply(nodeId, { type: 'drainRequested', reason: 'ops' });
  w.modes.set(nodeId, 'down');
  w.status(nodeId, 'TASK_KILLED');
}

/** Stands in for the node event the runtime needs: goal Running, then Pending with mode restart. */
function relaunch(w: World, nodeId: string): void {
  const node = w.nodes.get(nodeId);
  if (!node) return;
  w.nodes.set(nodeId, { ...node, goal: 'Running' });
  w.apply(nodeId, { type: 'deadlinePassed' });
}

/** Stands in for the runtime's replace event: the record forgets its placement and task. */
function retire(w: World, nodeId: string, replaceAddress: string): void {
  const node = w.nodes.get(nodeId);
  if (!node || node.placement?.address !== replaceAddress) return;
  w.modes.set(nodeId, 'down');
  const reset = {
    placement: null,
    taskId: null,
    executorId: null,
    taskInfo: null,
    health: null,
    lastTaskState: null,
  };
  w.nodes.set(nodeId, {
    ...node,
    ...reset,
    phase: 'Pending',
    phaseSinceMs: w.now,
    launchMode: 'replace',
    replaceAddress,
  });
}

// ---- a stand-in for reconcile and the Mesos side ----

function launch(w: World, node: NodeRecord, stale: ReadonlySet<string>): void {
  const used = new Set(
    [...w.nodes.values()].flatMap((n) => (n.placement ? [n.placement.agentId] : [])),
  );
  const agent =
    node.placement?.agentId ??
    Array.from({ length: AGENTS }, (_, i) => `agent-${i}`).find(
      (a) => !used.has(a) && !stale.has(a) && !w.deadAgents.has(a),
    );
  if (agent === undefined || w.deadAgents.has(agent)) return;
  const address = `10.1.0.${Number(agent.slice(6)) + 1}`;
  const placement = node.placement ?? {
    agentId: agent,
    hostname: agent,
    address,
    rack: 'rack1',
    persistenceId: `v-${w.launches}`,
    volumePath: 'data',
    reservedResources: [],
  };
  w.launches += 1;
  const taskId = `${node.nodeId}.task.l${w.launches}`;
  w.apply(node.nodeId, {
    type: 'launchRecorded',
    launch: {
      taskId,
      executorId: `e${w.launches}`,
      taskInfo: { name: node.nodeId, task_id: { value: taskId }, agent_id: { value: agent } },
      placement,
      configVersion: w.spec.configVersion,
    },
  });
  w.modes.set(node.nodeId, 'starting');
  w.status(node.nodeId, 'TASK_RUNNING');
}

function reconcileModel(w: World, plan: OpsPlan): void {
  const brandNew = w.nodes.size === 0;
  const created = new Set<string>();
  for (let i = 0; i < plan.nodeCount; i++) {
    const id = `node-${i}`;
    if ([...w.nodes.values()].some((n) => n.index === i)) continue;
    // Written this pass, launched on a later one (reconcile's write-ahead rule).
    w.nodes.set(id, newNodeRecord(id, i, brandNew && i < 3, w.now));
    created.add(id);
  }
  const stale = new Set(plan.state.stale.map((s) => s.agentId));
  for (const node of [...w.nodes.values()]) {
    if (node.goal !== 'Running' || plan.holds.has(node.nodeId) || created.has(node.nodeId))
      continue;
    if (node.phase === 'Pending') launch(w, node, stale);
    if (node.phase === 'Failed') w.apply(node.nodeId, { type: 'deadlinePassed' });
  }
}

/** Cassandra moves on by itself: a starting node becomes NORMAL, a leaving one LEFT. */
function cassandraModel(w: World): void {
  for (const [id, mode] of w.modes) {
    const node = w.nodes.get(id);
    if (!node || w.deadAgents.has(node.placement?.agentId ?? '')) continue;
    if (mode === 'starting') w.modes.set(id, 'normal');
    if (mode === 'leaving') {
      w.modes.set(id, 'left');
      w.refreshHealth();
      for (const [rid, r] of w.reports) {
        if (r.nodeId !== id || r.kind !== 'decommission') continue;
        w.reports.set(rid, { ...r, state: 'SUCCEEDED' });
        answer(w, rid, id);
      }
    }
  }
  w.refreshHealth();
}
// ---- disturbances and the safety rules ----

function aliveTarget(w: World, pick: number): string | undefined {
  const ids = [...w.nodes.values()].filter((n) => w.isAlive(n)).map((n) => n.nodeId);
  return ids[pick % Math.max(1, ids.length)];
}

function crash(w: World, pick: number): void {
  const target = aliveTarget(w, pick);
  if (!target) return;
  w.modes.set(target, 'down');
  w.status(target, 'TASK_FAILED');
}

function loseAgent(w: World, pick: number): void {
  const target = aliveTarget(w, pick);
  const agent = target ? w.nodes.get(target)?.placement?.agentId : undefined;
  if (!target || !agent) return;
  w.deadAgents.add(agent);
  w.status(target, 'TASK_UNREACHABLE');
}

/** Applies a disturbance; true when it is a failover (this turn's actions are lost). */
function disturb(w: World, d: Disturbance): boolean {
  switch (d.kind) {
    case 'crash':
      crash(w, d.node);
      break;
    case 'loseAgent':
      loseAgent(w, d.node);
      break;
    case 'agentBack':
      agentsBack(w);
      break;
    case 'failover':
      return true;
    case 'scale':
      w.spec = { ...w.spec, nodeCount: Math.max(MAX_RF, d.count) };
      break;
    case 'change':
      change(w);
      break;
    case 'wait':
      w.now = epochMs(w.now + 40_000);
      break;
  }
  return false;
}

/** Returning agents report the tasks they still run (a retired node's old task is no record's). */
function agentsBack(w: World): void {
  const back = new Set(w.deadAgents);
  w.deadAgents.clear();
  for (const n of w.nodes.values()) {
    if (back.has(n.placement?.agentId ?? '') && n.lastTaskState === 'TASK_UNREACHABLE')
      w.status(n.nodeId, 'TASK_RUNNING');
  }
}

function change(w: World): void {
  const next = { ...w.spec, heapMb: w.spec.heapMb + 256, configVersion: `v${w.spec.heapMb + 256}` };
  const ctx = { nodes: [...w.nodes.values()], keyspaces: KEYSPACES, items: w.ops.items };
  const result = validateChange(
    { ring: w.spec, executor: EXECUTOR },
    { ring: next, executor: EXECUTOR },
    ctx,
  );
  if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('; '));
  w.ops = queueChange(w.ops, result.diff, next.configVersion, w.now);
  w.spec = next;
}

function check(w: World, plan: OpsPlan): void {
  const running = plan.state.items.filter((i) => i.state === 'running');
  if (running.length > 1)
    w.violations.push(`two items running: ${running.map((i) => i.id).join(', ')}`);
  const members = observeRing([...w.nodes.values()]);
  for (const a of plan.actions) {
    if (a.type !== 'drainNode' && a.type !== 'decommissionNode' && a.type !== 'retireNode')
      continue;
    const node = w.nodes.get(a.nodeId);
    if (a.type === 'drainNode' && (!node || !w.isAlive(node))) continue; // already down: nothing taken down
    const other = members.find((m) => m.nodeId !== a.nodeId && !isUpNormal(m));
    if (other) w.violations.push(`${a.type} ${a.nodeId} while ${other.nodeId} is ${other.status}`);
    const left = members.filter((m) => m.nodeId !== a.nodeId).length;
    if (a.type === 'decommissionNode') {
      if (left < MAX_RF)
        w.violations.push(`decommission of ${a.nodeId} leaves ${left} < RF ${MAX_RF}`);
    }
  }
}

function turn(w: World, d: Disturbance | undefined): void {
  const lost = d ? disturb(w, d) : false;
  w.refreshHealth();
  const plan = planOps(
    {
      spec: w.spec,
      state: w.ops,
      nodes: [...w.nodes.values()],
      keyspaces: KEYSPACES,
      loadsMb: new Map([...w.nodes.keys()].map((id) => [id, 10])),
      offeredAtMs: new Map(),
      reconciliation: 'settled',
      leaderTerm: `term-${w.term}`,
      policy: TEST_POLICY,
    },
    w.now,
  );
  check(w, plan);
  w.last = plan;
  w.ops = plan.state; // persisted first; a failover right after loses the actions, not the state
  // A failover: the leader dies after persisting, before acting; the next one has a new term.
  if (lost) w.term += 1;
  else for (const a of plan.actions) perform(w, a);
  reconcileModel(w, plan);
  cassandraModel(w);
  w.now = epochMs(w.now + STEP_MS);
}

export function isQuiet(w: {
  nodes: ReadonlyMap<string, NodeRecord>;
  ops: OpsState;
  spec: ClusterSpec;
}): boolean {
  const nodes = [...w.nodes.values()];
  const open = w.ops.items.some((i) => i.state === 'queued' || i.state === 'running');
  return (
    !open &&
    nodes.length === w.spec.nodeCount &&
    nodes.every((n) => n.goal === 'Running' && isSettled(n, nodes))
  );
}

/** Runs the disturbances one per turn, then lets the ring settle (agents back, no more trouble). */
export function simulate(
  count: number,
  disturbances: readonly Disturbance[],
  settleTurns = 1500,
): Trace {
  const w = new World(count);
  for (let i = 0; i < 8; i++) turn(w, undefined);
  for (const d of disturbances) turn(w, d);
  agentsBack(w);
  let settled = false;
  for (let i = 0; i < settleTurns && !settled; i++) {
    turn(w, undefined);
    settled = isQuiet(w);
  }
  return {
    violations: w.violations,
    drains: w.drains,
    decommissioned: w.decommissioned,
    final: { nodes: [...w.nodes.values()], ops: w.ops, spec: w.spec },
    settled,
    last: w.last && { lines: w.last.lines, holds: [...w.last.holds] },
  };
}
