// A repair loop in miniature for property tests: it performs each decision against a model
// executor and a model operator (pause, resume, abort, failover, queue holds, nodes going down),
// and records what the ring saw, so properties can check the safety rules over whole runs.
import { epochMs, type EpochMs } from '../../time.js';
import { nextRepairDecision, type RepairDecision, type RepairSituation } from '../decide.js';
import { applyRepairEvent, type ExecutorRepairState, type RepairEvent } from '../events.js';
import { isStepDone, type RepairRun } from '../run.js';
import { MINUTE, ring, succeeded, T0 } from './builders.js';

/** What the executor does with one request to repair. */
export type Outcome = 'succeed' | 'fail' | 'hang' | 'lost';

export type Disturbance =
  | 'pause'
  | 'resume'
  | 'abort'
  | 'abortNow'
  | 'failover'
  | 'queueOn'
  | 'queueOff'
  | 'nodeDown'
  | 'nodeUp'
  | 'trigger';

export interface Scenario {
  readonly run: RepairRun;
  readonly config: RepairSituation['config'];
  readonly outcomes: readonly Outcome[];
  /** One disturbance per loop turn, in order; then the world settles (resumed, queue free, all Up). */
  readonly disturbances: readonly Disturbance[];
}

export interface Trace {
  readonly finalRun: RepairRun;
  readonly turns: number;
  readonly violations: readonly string[];
  readonly decisions: readonly RepairDecision['kind'][];
}

interface Executor {
  state: ExecutorRepairState;
  /** The report of a finished attempt, until the leader receives it (a failover loses it). */
  undelivered: boolean;
}

interface World {
  run: RepairRun;
  now: EpochMs;
  term: number;
  queue: RepairSituation['queue'];
  down: string[];
  trigger: RepairSituation['trigger'];
  executors: Map<string, Executor>;
  outcomeIndex: number;
  violations: string[];
  decisions: RepairDecision['kind'][];
}

const MAX_TURNS = 5000;

export function simulate(scenario: Scenario): Trace {
  const w: World = {
    run: scenario.run,
    now: T0,
    term: 1,
    queue: null,
    down: [],
    trigger: null,
    executors: new Map(),
    outcomeIndex: 0,
    violations: [],
    decisions: [],
  };
  const nodes = scenario.run.steps.map((s) => s.nodeId);
  let turns = 0;
  while (w.run.result === null && turns < MAX_TURNS) {
    disturb(w, scenario.disturbances[turns] ?? 'settle', nodes);
    deliverReports(w);
    const decision = nextRepairDecision(situation(w, scenario, nodes), w.now);
    w.decisions.push(decision.kind);
    perform(w, scenario, decision);
    turns++;
  }
  return { finalRun: w.run, turns, violations: w.violations, decisions: w.decisions };
}

function situation(w: World, scenario: Scenario, nodes: readonly string[]): RepairSituation {
  return {
    config: scenario.config,
    run: w.run,
    trigger: w.trigger,
    ring: ring(nodes, w.down),
    queue: w.queue,
    leaderTerm: `term-${w.term}`,
    repairsDue: [],
  };
}

const setGoal = (w: World, goal: RepairRun['goal']): void => {
  apply(w, { type: 'goalChanged', goal });
};

const DISTURB: Readonly<
  Record<Disturbance | 'settle', (w: World, nodes: readonly string[]) => void>
> = {
  pause: (w) => {
    setGoal(w, 'pause');
  },
  resume: (w) => {
    setGoal(w, 'run');
  },
  abort: (w) => {
    setGoal(w, 'abort');
  },
  abortNow: (w) => {
    setGoal(w, 'abortNow');
  },
  failover: (w) => {
    w.term++;
    for (const e of w.executors.values()) e.undelivered = false;
  },
  queueOn: (w) => {
    w.queue = { operation: 'scale-up', nodeId: 'node-9' };
  },
  queueOff: (w) => {
    w.queue = null;
  },
  nodeDown: (w, nodes) => {
    w.down = [nodes[w.outcomeIndex % nodes.length] ?? 'node-0'];
  },
  nodeUp: (w) => {
    w.down = [];
  },
  trigger: (w) => {
    w.trigger = { kind: 'schedule', atMs: w.now, keyspaces: null };
  },
  settle: (w) => {
    w.queue = null;
    w.down = [];
    if (w.run.goal === 'pause') setGoal(w, 'run');
  },
};

function disturb(w: World, d: Disturbance | 'settle', nodes: readonly string[]): void {
  DISTURB[d](w, nodes);
}

function deliverReports(w: World): void {
  for (const [nodeId, e] of w.executors) {
    if (!e.undelivered) continue;
    e.undelivered = false;
    report(w, nodeId, e.state);
  }
}

function report(w: World, nodeId: string, state: ExecutorRepairState): void {
  const results =
    state === 'succeeded' ? w.run.keyspaces.map((k) => succeeded(k, w.now, w.now)) : [];
  const error = state === 'failed' ? 'repair session failed' : null;
  apply(w, { type: 'stepReported', nodeId, term: `term-${w.term}`, state, results, error });
}

type Performers = {
  readonly [K in RepairDecision['kind']]: (
    w: World,
    scenario: Scenario,
    d: Extract<RepairDecision, { kind: K }>,
  ) => void;
};

const PERFORM: Performers = {
  'start-node': (w, scenario, d) => {
    start(w, scenario, d.nodeId);
  },
  retry: (w, scenario, d) => {
    start(w, scenario, d.nodeId);
  },
  'query-step': (w, _, d) => {
    report(w, d.nodeId, w.executors.get(d.nodeId)?.state ?? 'unknown');
  },
  'cancel-step': (w, _, d) => {
    cancel(w, d.nodeId);
    apply(w, { type: 'attemptFailed', nodeId: d.nodeId, error: d.reason });
  },
  'fail-attempt': (w, _, d) => {
    apply(w, { type: 'attemptFailed', nodeId: d.nodeId, error: d.reason });
  },
  replan: (w, _, d) => {
    apply(w, { type: 'stepsReplanned', nodeIds: d.nodeIds });
  },
  'mark-failed': (w, _, d) => {
    apply(w, { type: 'stepMarkedFailed', nodeId: d.nodeId, reason: d.reason });
  },
  'skip-trigger': (w, _, d) => {
    apply(w, { type: 'triggerSkipped', trigger: d.trigger, reason: d.reason });
    w.trigger = null;
  },
  finish: (w, _, d) => {
    apply(w, { type: 'runFinished', result: d.result });
  },
  'start-run': (w, _, d) => {
    w.violations.push(`${d.kind} while a run is in progress`);
    w.trigger = null;
  },
  idle: (w, _, d) => {
    w.violations.push(`${d.kind} while a run is in progress`);
  },
  'forget-due': (w, _, d) => {
    w.violations.push(`${d.kind} with no repair due`);
  },
  wait: (w, _, d) => {
    w.now = epochMs(Math.max(w.now + MINUTE, d.untilMs ?? 0));
  },
};

function perform(w: World, scenario: Scenario, d: RepairDecision): void {
  (PERFORM[d.kind] as (w: World, scenario: Scenario, d: RepairDecision) => void)(w, scenario, d);
}

function start(w: World, scenario: Scenario, nodeId: string): void {
  const busy = [...w.executors].filter(([, e]) => e.state === 'running').map(([n]) => n);
  if (busy.length > 0) w.violations.push(`${nodeId} started while ${busy.join(',')} repairs`);
  if (w.queue !== null) w.violations.push(`${nodeId} started while the serial queue is held`);
  const step = w.run.steps.find((s) => s.nodeId === nodeId);
  if (step === undefined || isStepDone(step)) {
    w.violations.push(`${nodeId} started again after ${step?.status ?? 'nothing'}`);
  }
  apply(w, { type: 'stepStarted', nodeId, term: `term-${w.term}` });
  const outcome = scenario.outcomes[w.outcomeIndex++ % scenario.outcomes.length] ?? 'succeed';
  if (outcome === 'lost') {
    // Recorded, then the leader died before asking the executor: a new leader takes over.
    w.executors.delete(nodeId);
    w.term++;
    return;
  }
  const state: ExecutorRepairState =
    outcome === 'succeed' ? 'succeeded' : outcome === 'fail' ? 'failed' : 'running';
  w.executors.set(nodeId, { state, undelivered: outcome !== 'hang' });
}

function cancel(w: World, nodeId: string): void {
  const e = w.executors.get(nodeId);
  if (e?.state === 'running') e.state = 'failed';
  if (e !== undefined) e.undelivered = false;
}

function apply(w: World, event: RepairEvent): void {
  const running = w.run.steps.filter((s) => s.status === 'running').length;
  w.run = applyRepairEvent(w.run, event, w.now).run;
  const after = w.run.steps.filter((s) => s.status === 'running').length;
  if (after > 1) w.violations.push(`${after} steps running after ${event.type} (was ${running})`);
}
