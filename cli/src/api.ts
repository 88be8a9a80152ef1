// The scheduler's REST API as the CLI sees it: every route, every response type and one typed
// client. Adapting the CLI to a change in the API is an edit to this file alone.
import { expectStatus, send, type Reply, type Transport } from './http.js';

const enc = encodeURIComponent;

export type NodeAction = 'restart' | 'replace';
export type RepairAction = 'pause' | 'resume' | 'abort';
export type ScheduleAction = 'pause' | 'resume';

export const ROUTES = {
  // Served today.
  status: '/v1/status',
  nodes: '/v1/nodes',
  node: (id: string) => `/v1/nodes/${enc(id)}`,
  plan: '/v1/plan',
  config: '/v1/config',
  // Issue 6 (restart, replace, the config dry run) and issue 7 (repairs): 404/405 until they land.
  nodeAction: (id: string, action: NodeAction) => `/v1/nodes/${enc(id)}/${action}`,
  /** The dry run: POST a proposed config, get back what would change and which nodes restart. */
  configDiff: '/v1/config/diff',
  repairs: '/v1/repairs',
  repair: (id: string) => `/v1/repairs/${enc(id)}`,
  repairAction: (id: string, action: RepairAction) => `/v1/repairs/${enc(id)}/${action}`,
  repairSchedule: '/v1/repair-schedule',
  repairScheduleAction: (action: ScheduleAction) => `/v1/repair-schedule/${action}`,
} as const;

// ---- Served today (scheduler/src/api/routes.ts, view.ts): names and shapes as it sends them. ----

export type NodePhase =
  | 'Pending'
  | 'Launching'
  | 'Starting'
  | 'Up'
  | 'Draining'
  | 'Stopped'
  | 'Failed'
  | 'Decommissioning'
  | 'Decommissioned';

export interface NodeHealth {
  /** Cassandra's operationMode: NORMAL, JOINING, LEAVING, DECOMMISSIONED, DRAINED, ... */
  readonly operationMode: string;
  readonly probedAtMs: number;
  /** Empty when the probe worked. */
  readonly problem: string;
}

export interface NodeView {
  readonly id: string;
  readonly seed: boolean;
  readonly phase: NodePhase;
  readonly goal: string;
  readonly agentId: string | null;
  readonly hostname: string | null;
  readonly address: string | null;
  readonly rack: string | null;
  readonly taskId: string | null;
  readonly taskState: string | null;
  readonly health: NodeHealth | null;
  readonly failures: number;
  readonly lastFailure: string | null;
  readonly configVersion: string | null;
  /** From the plan: what this node is doing or waiting for. */
  readonly reason: string;
}

/** A config key and why it was refused (the scheduler's ChangeProblem). */
export interface ConfigProblem {
  readonly key: string;
  readonly reason: string;
}

export interface StatusView {
  readonly framework: {
    readonly id: string | null;
    /** The master this scheduler is subscribed to; null while not subscribed. */
    readonly subscribed: { readonly master: string } | null;
  };
  readonly leadership: { readonly leader: string | null; readonly isLeader: boolean };
  readonly reconciliation: 'pending' | 'settled' | 'not leading';
  readonly desired: {
    readonly nodes: number;
    readonly seeds: number;
    readonly configVersion: string;
  };
  readonly actual: { readonly nodes: number; readonly up: number };
  readonly nodes: readonly NodeView[];
  /** Why the newest config did not become the target (the ring keeps the previous one). */
  readonly configErrors: readonly ConfigProblem[];
}

export type StepStatus = 'done' | 'inProgress' | 'waiting' | 'failed';

/** One node's line in the plan: where it stands and why. */
export interface PlanStep {
  readonly nodeId: string;
  readonly seed: boolean;
  readonly phase: NodePhase;
  readonly status: StepStatus;
  readonly reason: string;
}

export interface PlanView {
  readonly steps: readonly PlanStep[];
  /** What the last reconcile pass asked for, each with its reason. */
  readonly actions: readonly { readonly type: string; readonly reason: string }[];
}

export interface ConfigView {
  /** The ring's target (the scheduler's ClusterSpec: ringName, nodeCount, node.cpus, ...). */
  readonly target: ConfigValues;
  /** Which config each node runs; a version other than target.configVersion restarts later. */
  readonly running: readonly { readonly id: string; readonly configVersion: string | null }[];
  readonly errors: readonly ConfigProblem[];
}

// ---- Not served yet (issues 6 and 7): the shapes the CLI proposes; a 404 until they land. ----

export type RepairRunStatus =
  'running' | 'pausing' | 'paused' | 'aborting' | 'succeeded' | 'failed' | 'aborted';
export type RepairTriggerKind = 'schedule' | 'manual' | 'afterReplace';

export interface KeyspaceResult {
  readonly keyspace: string;
  readonly status: 'running' | 'succeeded' | 'failed';
  readonly startedAtMs: number;
  readonly endedAtMs: number | null;
  readonly error: string | null;
}

export interface RepairStepView {
  readonly nodeId: string;
  readonly status: 'pending' | 'running' | 'attemptFailed' | 'succeeded' | 'failed';
  readonly attempts: number;
  readonly startedAtMs: number | null;
  readonly endedAtMs: number | null;
  readonly lastError: string | null;
  readonly results: readonly KeyspaceResult[];
}

/** A repair run (the scheduler's RepairRun in domain/repair/run.ts, with its derived status). */
export interface RepairRunView {
  readonly runId: string;
  readonly status: RepairRunStatus;
  readonly trigger: { readonly kind: RepairTriggerKind; readonly atMs: number };
  readonly createdAtMs: number;
  readonly endedAtMs: number | null;
  readonly type: 'full' | 'incremental';
  readonly keyspaces: readonly string[];
  /** Named for the run but absent from the ring. */
  readonly unknownKeyspaces?: readonly string[];
  readonly steps: readonly RepairStepView[];
  /** Why the run is not moving, when it is not (e.g. waiting for a scale-up to finish). */
  readonly reason?: string;
}

export interface RepairScheduleView {
  /** The cron expression; null when scheduled repair is off. */
  readonly schedule: string | null;
  readonly timezone: string;
  readonly window: string | null;
  readonly paused: boolean;
  readonly nextFireAtMs: number | null;
  readonly lastOutcome: string | null;
}

/** Settings as the scheduler holds them, grouped (ring.nodeCount, cassandra.heapMb, ...). */
export type ConfigValues = Readonly<Record<string, unknown>>;
/** A proposed configuration: Marathon-style env, or the text of a YAML settings file. */
export type ProposedConfig =
  { readonly env: Readonly<Record<string, string>> } | { readonly settingsYaml: string };

/** One changed key (the scheduler's FieldChange in domain/ops/change-fields.ts). */
export interface ConfigChange {
  /** As an operator writes it: "cassandra.heapMb". */
  readonly key: string;
  readonly from: string;
  readonly to: string;
  readonly effect: 'restart' | 'next-restart' | 'scale' | 'new-nodes';
}

export interface NodeRestart {
  readonly nodeId: string;
  readonly seed: boolean;
  /** 1-based position in the rolling order (seeds last). */
  readonly order: number;
  readonly reasons: readonly string[];
}

export interface ConfigDiff {
  readonly changes: readonly ConfigChange[];
  readonly restarts: readonly NodeRestart[];
  /** Applied by each node's next restart, never by restarting it for this change. */
  readonly nextRestart: readonly string[];
  readonly scale: {
    readonly from: number;
    readonly to: number;
    readonly add: readonly string[];
    readonly remove: readonly string[];
  } | null;
  readonly notes: readonly string[];
}

/** The dry run's answer (the scheduler's ChangeResult in domain/ops/change.ts). */
export type ConfigDiffView =
  | { readonly ok: true; readonly diff: ConfigDiff }
  | {
      readonly ok: false;
      readonly errors: readonly {
        readonly key: string;
        readonly code: string;
        readonly message: string;
      }[];
    };

/** Derived here from /v1/nodes and /v1/config until the scheduler serves /v1/endpoints. */
export interface EndpointsView {
  /** CQL contact points, host:port: nodes Up whose last probe saw them NORMAL. */
  readonly native: readonly string[];
}

/** Derived here from /v1/nodes until the scheduler serves /v1/seeds. */
export interface SeedsView {
  readonly seeds: readonly string[];
}

/** What a mutation answers: accepted (202) with a sentence, or the thing it created. */
export interface Accepted {
  readonly message?: string;
}

/** One call to the API: its reply's parsed body, and the status it came with. */
export interface Answer<T> {
  readonly status: number;
  readonly body: T;
}

export class ApiClient {
  constructor(private readonly transport: Transport) {}

  get baseUrl(): string {
    return this.transport.baseUrl;
  }

  status = () => this.get<StatusView>(ROUTES.status, 'report status');
  nodes = () => this.get<NodeView[]>(ROUTES.nodes, 'list nodes');
  node = (id: string) => this.get<NodeView>(ROUTES.node(id), `show ${id}`);
  nodeAction = (id: string, action: NodeAction) =>
    this.post<Accepted>(ROUTES.nodeAction(id, action), `${action} ${id}`);
  /** 200; 202 and 417 (in progress, in error: the dcos-commons convention) are plans too. */
  plan = () => this.get<PlanView>(ROUTES.plan, 'show the plan', [200, 202, 417]);
  config = () => this.get<ConfigView>(ROUTES.config, 'show the config');
  configDiff = (proposed: ProposedConfig) =>
    this.post<ConfigDiffView>(ROUTES.configDiff, 'diff the config', proposed, [200, 422]);
  repairs = () => this.get<{ runs: RepairRunView[] }>(ROUTES.repairs, 'list repairs');
  repair = (id: string) => this.get<RepairRunView>(ROUTES.repair(id), `show repair ${id}`);
  startRepair = (keyspaces: readonly string[]) =>
    this.post<RepairRunView>(
      ROUTES.repairs,
      'start a repair',
      keyspaces.length ? { keyspaces } : {},
    );
  repairAction = (id: string, action: RepairAction) =>
    this.post<Accepted>(ROUTES.repairAction(id, action), `${action} repair ${id}`);
  schedule = () => this.get<RepairScheduleView>(ROUTES.repairSchedule, 'show the repair schedule');
  scheduleAction = (action: ScheduleAction) =>
    this.post<RepairScheduleView>(ROUTES.repairScheduleAction(action), `${action} the schedule`);

  async endpoints(): Promise<Answer<EndpointsView>> {
    const [nodes, config] = await Promise.all([this.nodes(), this.config()]);
    const port = (config.body.target['ports'] as { native?: number } | undefined)?.native ?? 9042;
    const serving = nodes.body.filter(
      (n) => n.phase === 'Up' && n.health?.operationMode === 'NORMAL' && n.health.problem === '',
    );
    const native = serving.flatMap((n) => (n.address === null ? [] : [`${n.address}:${port}`]));
    return { status: nodes.status, body: { native } };
  }

  async seeds(): Promise<Answer<SeedsView>> {
    const nodes = await this.nodes();
    const seeds = nodes.body.filter((n) => n.seed).flatMap((n) => n.address ?? []);
    return { status: nodes.status, body: { seeds } };
  }

  private async get<T>(path: string, what: string, ok = [200]): Promise<Answer<T>> {
    return answer<T>(await send(this.transport, 'GET', path), ok, what);
  }

  private async post<T>(path: string, what: string, body: unknown = {}, ok = [200, 201, 202]) {
    return answer<T>(await send(this.transport, 'POST', path, body), ok, what);
  }
}

function answer<T>(reply: Reply, ok: readonly number[], what: string): Answer<T> {
  expectStatus(reply, ok, what);
  // The API's JSON is trusted to have this shape: the CLI is its client, not its validator.
  return { status: reply.status, body: reply.body as T };
}
