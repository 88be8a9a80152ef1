// What one health probe asks the node (one Jolokia bulk read), how its answers become the
// framework's NodeHealth report, when the node counts as healthy, and when a report is worth a
// status update. Pure: replies, clock and last report come in as values.

export interface JolokiaRead {
  readonly type: 'read';
  readonly mbean: string;
  readonly attribute: string | readonly string[];
}

/** One answer of a bulk read, in request order (the cassandra/ Jolokia client's outcome shape). */
export type ReadOutcome =
  | { readonly ok: true; readonly value: unknown }
  | {
      readonly ok: false;
      readonly status: number;
      readonly errorType: string;
      readonly error: string;
    };

export type ProbeAnswer =
  | { readonly kind: 'answered'; readonly replies: readonly ReadOutcome[] }
  /** The HTTP exchange itself failed: refused, timed out, not Jolokia. */
  | { readonly kind: 'unreachable'; readonly detail: string };

/** Field names as in cmf.v1.NodeHealth, so the shell encodes it as is. */
export interface NodeHealthReport {
  readonly probed_at_ms: number;
  readonly problem: string;
  readonly config_version: string;
  readonly host_id: string;
  readonly cassandra_version: string;
  readonly operation_mode: string;
  readonly joined: boolean;
  readonly native_transport_running: boolean;
  readonly gossip_running: boolean;
  readonly live_nodes: string[];
  readonly unreachable_nodes: string[];
  readonly joining_nodes: string[];
  readonly leaving_nodes: string[];
  readonly moving_nodes: string[];
  readonly pending_compactions: number;
  readonly dropped_messages: number;
  readonly heap_used_bytes: number;
  readonly heap_max_bytes: number;
  readonly load_bytes: number;
}

const STORAGE_SERVICE = 'org.apache.cassandra.db:type=StorageService';
const STORAGE_ATTRIBUTES = [
  'OperationMode',
  'Joined',
  'NativeTransportRunning',
  'GossipRunning',
  'LiveNodesWithPort',
  'UnreachableNodesWithPort',
  'JoiningNodesWithPort',
  'LeavingNodesWithPort',
  'MovingNodesWithPort',
  'LocalHostId',
  'ReleaseVersion',
] as const;

/** Everything in one HTTP POST; Jolokia answers each read on its own, in this order. */
export const HEALTH_READS: readonly JolokiaRead[] = [
  { type: 'read', mbean: STORAGE_SERVICE, attribute: STORAGE_ATTRIBUTES },
  {
    type: 'read',
    mbean: 'org.apache.cassandra.metrics:type=Compaction,name=PendingTasks',
    attribute: 'Value',
  },
  // One map of verb -> dropped count; cheaper than the ~90 DroppedMessage metric MBeans.
  {
    type: 'read',
    mbean: 'org.apache.cassandra.net:type=MessagingService',
    attribute: 'DroppedMessages',
  },
  { type: 'read', mbean: 'java.lang:type=Memory', attribute: 'HeapMemoryUsage' },
  {
    type: 'read',
    mbean: 'org.apache.cassandra.metrics:type=Storage,name=Load',
    attribute: 'Count',
  },
];

/** Until Cassandra registers StorageService, Jolokia answers this: the node is still starting. */
const INSTANCE_NOT_FOUND = 'javax.management.InstanceNotFoundException';

const EMPTY: Omit<NodeHealthReport, 'probed_at_ms' | 'config_version'> = {
  problem: '',
  host_id: '',
  cassandra_version: '',
  operation_mode: '',
  joined: false,
  native_transport_running: false,
  gossip_running: false,
  live_nodes: [],
  unreachable_nodes: [],
  joining_nodes: [],
  leaving_nodes: [],
  moving_nodes: [],
  pending_compactions: 0,
  dropped_messages: 0,
  heap_used_bytes: 0,
  heap_max_bytes: 0,
  load_bytes: 0,
};

export interface ProbeContext {
  readonly nowMs: number;
  readonly configVersion: string;
}

export function readHealth(answer: ProbeAnswer, context: ProbeContext): NodeHealthReport {
  const base = { ...EMPTY, probed_at_ms: context.nowMs, config_version: context.configVersion };
  if (answer.kind === 'unreachable')
    return { ...base, problem: `jolokia unreachable: ${answer.detail}` };
  const [storage, pending, dropped, heap, load] = answer.replies;
  return {
    ...base,
    ...storageView(storage),
    pending_compactions: count(valueOf(pending)),
    dropped_messages: sumOfCounts(valueOf(dropped)),
    heap_used_bytes: count(field(valueOf(heap), 'used')),
    heap_max_bytes: count(field(valueOf(heap), 'max')),
    load_bytes: count(valueOf(load)),
  };
}

function storageView(reply: ReadOutcome | undefined): Partial<NodeHealthReport> {
  if (reply === undefined) return { problem: 'jolokia answered no StorageService read' };
  if (!reply.ok) {
    if (reply.errorType === INSTANCE_NOT_FOUND) return { operation_mode: 'STARTING' };
    return { problem: `StorageService unreadable: ${reply.errorType}: ${reply.error}` };
  }
  const v = reply.value;
  return {
    operation_mode: text(field(v, 'OperationMode')),
    joined: field(v, 'Joined') === true,
    native_transport_running: field(v, 'NativeTransportRunning') === true,
    gossip_running: field(v, 'GossipRunning') === true,
    live_nodes: texts(field(v, 'LiveNodesWithPort')),
    unreachable_nodes: texts(field(v, 'UnreachableNodesWithPort')),
    joining_nodes: texts(field(v, 'JoiningNodesWithPort')),
    leaving_nodes: texts(field(v, 'LeavingNodesWithPort')),
    moving_nodes: texts(field(v, 'MovingNodesWithPort')),
    host_id: text(field(v, 'LocalHostId')),
    cassandra_version: text(field(v, 'ReleaseVersion')),
  };
}

/** Serving clients as a full ring member: NORMAL, joined, CQL listening, and probed fine. */
export function isHealthy(report: NodeHealthReport): boolean {
  return (
    report.problem === '' &&
    report.operation_mode === 'NORMAL' &&
    report.joined &&
    report.native_transport_running
  );
}

/**
 * What a report change means to the scheduler: health, mode, flags, ring membership, the kind of
 * problem. Gauges (heap, load, compactions) move on every probe and travel on keep-alives only.
 */
export function healthKey(report: NodeHealthReport): string {
  return JSON.stringify([
    isHealthy(report),
    report.operation_mode,
    report.joined,
    report.native_transport_running,
    report.gossip_running,
    report.problem.split(':')[0],
    [...report.live_nodes].sort(),
    [...report.unreachable_nodes].sort(),
    [...report.joining_nodes].sort(),
    [...report.leaving_nodes].sort(),
    [...report.moving_nodes].sort(),
  ]);
}

export interface SentReport {
  readonly key: string;
  readonly atMs: number;
}

export type ReportDecision = 'changed' | 'keep-alive' | 'skip';

export function decideReport(
  last: SentReport | undefined,
  report: NodeHealthReport,
  nowMs: number,
  keepAliveAfterMs: number,
): ReportDecision {
  if (last?.key !== healthKey(report)) return 'changed';
  return nowMs - last.atMs >= keepAliveAfterMs ? 'keep-alive' : 'skip';
}

/** Slow enough never to flood the scheduler: six probe intervals, at least a minute. */
export function keepAliveMs(intervalMs: number): number {
  return Math.max(60_000, 6 * intervalMs);
}

function valueOf(reply: ReadOutcome | undefined): unknown {
  return reply?.ok ? reply.value : undefined;
}

function field(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null
    ? (value as Record<string, unknown>)[key]
    : undefined;
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

function texts(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

function count(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? Math.round(value) : 0;
}

function sumOfCounts(value: unknown): number {
  if (typeof value !== 'object' || value === null) return 0;
  return Object.values(value).reduce<number>((sum, v) => sum + count(v), 0);
}

/** After a log line says health just changed, probe quickly until healthy, for a few seconds. */
export const FAST_PROBE_MS = 250;
export const FAST_PROBES_PER_TRIGGER = 40;

export function nextProbeDelayMs(
  intervalMs: number,
  healthy: boolean,
  fastProbesLeft: number,
): number {
  return fastProbesLeft > 0 && !healthy ? Math.min(FAST_PROBE_MS, intervalMs) : intervalMs;
}
