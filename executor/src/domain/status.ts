// What a health report looks like as a TASK_RUNNING update: the healthy flag Mesos carries, a
// one-line message for people, and labels a scheduler can filter on without decoding the data.
import { isHealthy, type NodeHealthReport } from './health.js';

export interface HealthStatus {
  readonly healthy: boolean;
  readonly message: string;
  readonly labels: Readonly<Record<string, string>>;
}

export const LABEL_MODE = 'cmf.mode';
export const LABEL_HEALTHY = 'cmf.healthy';
export const LABEL_PROBLEM = 'cmf.problem';

export function healthStatus(report: NodeHealthReport): HealthStatus {
  const healthy = isHealthy(report);
  const mode = report.operation_mode === '' ? 'UNKNOWN' : report.operation_mode;
  const labels: Record<string, string> = { [LABEL_MODE]: mode, [LABEL_HEALTHY]: String(healthy) };
  if (report.problem !== '') labels[LABEL_PROBLEM] = report.problem.split(':')[0] ?? report.problem;
  return { healthy, message: describe(report, mode), labels };
}

function describe(report: NodeHealthReport, mode: string): string {
  if (report.problem !== '') return report.problem;
  const cql = report.native_transport_running ? 'CQL up' : 'CQL down';
  const ring = `${report.live_nodes.length} live, ${report.unreachable_nodes.length} unreachable`;
  return `${mode}${report.joined ? '' : ' (not joined)'}, ${cql}, ${ring}`;
}

/**
 * Console lines after which the node's health has likely just changed: worth a probe right away
 * rather than at the next tick. A starting node becomes healthy once CQL listens; but Cassandra
 * logs 'Starting listening' before its native transport counts as running, so the probe that line
 * triggers still reads CQL down; 'Startup complete' follows ~10 ms later, with CQL running.
 */
const PROBE_TRIGGERS: readonly string[] = [
  'Starting listening for CQL clients',
  'Startup complete',
  'Stop listening for CQL clients',
  'state jump to NORMAL',
  'DRAINED',
  'Announcing shutdown',
];

export function isProbeTrigger(line: string): boolean {
  return PROBE_TRIGGERS.some((marker) => line.includes(marker));
}
