// The scheduler's REST API as the CLI sees it: every route, every response type and one typed
// client. Adapting the CLI to a change in the API is an edit to this file alone.
import { expectStatus, send, type Reply, type Transport } from './http.js';

const enc = encodeURIComponent;

export type NodeAction = 'restart' | 'replace';
export type RepairAction = 'pause' | 'resume' | 'abort';
export type ScheduleAction = 'pause' | 'resume';

export const ROUTES = {
  status: '/v1/status',
  nodes: '/v1/nodes',
  node: (id: string) => `/v1/nodes/${enc(id)}`,
  nodeAction: (id: string, action: NodeAction) => `/v1/nodes/${enc(id)}/${action}`,
  plan: '/v1/plan',
  config: '/v1/config',
  /** The dry run: POST a proposed config, get back what would change and which nodes restart. */
  configDiff: '/v1/config/diff',
  repairs: '/v1/repairs',
  repair: (id: string) => `/v1/repairs/${enc(id)}`,
  repairAction: (id: string, action: RepairAction) => `/v1/repairs/${enc(id)}/${action}`,
  repairSchedule: '/v1/repair-schedule',
  repairScheduleAction: (action: ScheduleAction) => `/v1/repair-schedule/${action}`,
  endpoints: '/v1/endpoints',
  seeds: '/v1/seeds',
} as const;

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
  readonly probedAtMs: number;
  /** Empty when the probe worked. */
  readonly problem: string;
  /** Cassandra's operationMode: NORMAL, JOINING, LEAVING, DECOMMISSIONED, DRAINED, ... */
  readonly operationMode: string;
  readonly gossipRunning: boolean;
  readonly nativeTransportRunning: boolean;
}

export interface NodeView {
  readonly nodeId: string;
  readonly index: number;
  readonly seed: boolean;
  readonly phase: NodePhase;
  readonly phaseSinceMs: number;
  readonly goal: string;
  readonly hostname: string | null;
  readonly address: string | null;
  readonly rack: string | null;
  readonly agentId: string | null;
  readonly taskId: string | null;
  readonly taskState: string | null;
  readonly health: NodeHealth | null;
  /** Why the node is where it is, or what it waits for; empty when there is nothing to say. */
  readonly reason: string;
  readonly failureCount: number;
  readonly lastFailureReason: string | null;
}

export type PlanStatus =
  | 'PENDING'
  | 'PREPARED'
  | 'STARTING'
  | 'STARTED'
  | 'COMPLETE'
  | 'IN_PROGRESS'
  | 'WAITING'
  | 'DELAYED'
  | 'ERROR';

export interface StepProgress {
  readonly done: number;
  readonly total: number;
  /** What is counted, e.g. "keyspaces". */
  readonly unit: string;
}

export interface PlanStep {
  readonly name: string;
  readonly status: PlanStatus;
  readonly reason: string;
  readonly progress: StepProgress | null;
}

export interface PlanPhase {
  readonly name: string;
  readonly status: PlanStatus;
  readonly strategy: 'serial' | 'parallel';
  readonly steps: readonly PlanStep[];
}

export interface PlanView {
  readonly name: string;
  readonly status: PlanStatus;
  readonly errors: readonly string[];
  readonly phases: readonly PlanPhase[];
}

export type RepairRunStatus =
  'running' | 'pausing' | 'paused' | 'aborting' | 'succeeded' | 'failed' | 'aborted';

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

export interface RepairRunView {
  readonly runId: string;
  readonly status: RepairRunStatus;
  readonly trigger: { readonly kind: 'schedule' | 'manual'; readonly atMs: number };
  readonly createdAtMs: number;
  readonly endedAtMs: number | null;
  readonly type: 'full' | 'incremental';
  readonly keyspaces: readonly string[];
  readonly steps: readonly RepairStepView[];
  /** Why the run is not moving, when it is not (e.g. waiting for a scale-up to finish). */
  readonly reason: string;
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

export interface KeyspaceRepairAge {
  readonly keyspace: string;
  readonly lastFullRepairAtMs: number | null;
  readonly gcGraceSeconds: number;
  readonly overdue: boolean;
}

export interface StatusView {
  readonly ring: string;
  readonly frameworkId: string | null;
  readonly registered: boolean;
  readonly leader: string | null;
  readonly reconciliation: 'pending' | 'settled';
  readonly targetNodeCount: number;
  readonly nodes: readonly NodeView[];
  readonly plan: {
    readonly name: string;
    readonly status: PlanStatus;
    readonly step: string | null;
  };
  readonly lastRepair: RepairRunView | null;
  readonly keyspaces: readonly KeyspaceRepairAge[];
  readonly configErrors: readonly string[];
}

/** Settings as the scheduler holds them, grouped (ring.nodeCount, cassandra.heapMb, ...). */
export type ConfigValues = Readonly<Record<string, unknown>>;

export interface ConfigView {
  readonly target: ConfigValues;
  /** What the nodes run now; null before the first node launched. */
  readonly running: ConfigValues | null;
}

/** A proposed configuration: Marathon-style env, or the text of a YAML settings file. */
export type ProposedConfig =
  { readonly env: Readonly<Record<string, string>> } | { readonly settingsYaml: string };

export interface ConfigProblem {
  readonly key: string;
  readonly message: string;
}

export interface ConfigChange {
  readonly key: string;
  readonly from: unknown;
  readonly to: unknown;
  /** What applying it does: "rolling restart", "next launch", "none", ... */
  readonly effect: string;
}

export interface ConfigDiffView {
  readonly valid: boolean;
  readonly errors: readonly ConfigProblem[];
  readonly changes: readonly ConfigChange[];
  readonly restarts: readonly { readonly nodeId: string; readonly reasons: readonly string[] }[];
}

export interface EndpointsView {
  /** CQL contact points, host:port. */
  readonly native: readonly string[];
}

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
  nodes = () => this.get<{ nodes: NodeView[] }>(ROUTES.nodes, 'list nodes');
  node = (id: string) => this.get<NodeView>(ROUTES.node(id), `show ${id}`);
  nodeAction = (id: string, action: NodeAction) =>
    this.post<Accepted>(ROUTES.nodeAction(id, action), `${action} ${id}`);
  /** 200 complete, 202 in progress, 417 in error (the dcos-commons convention): all are plans. */
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
  endpoints = () => this.get<EndpointsView>(ROUTES.endpoints, 'list endpoints');
  seeds = () => this.get<SeedsView>(ROUTES.seeds, 'list seeds');

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
