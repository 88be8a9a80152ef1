// A second opinion when Jolokia stops answering: `nodetool info` goes through the JDK's own JMX
// connector, so it tells "the Jolokia agent is broken" apart from "the JVM is not answering".
// It starts a JVM, so it runs rarely: after a few failed probes, at most once every few minutes.
// Pure: parses the text nodetool prints (5.0 has no JSON form for `info`).
import type { NodeHealthReport } from './health.js';

export interface NodetoolInfo {
  readonly hostId: string;
  readonly gossipActive: boolean;
  readonly nativeTransportActive: boolean;
  readonly loadBytes: number;
  readonly heapUsedBytes: number;
  readonly heapMaxBytes: number;
}

export const NODETOOL_AFTER_FAILURES = 3;
export const NODETOOL_MIN_GAP_MS = 5 * 60_000;

const MB = 1024 * 1024;
const SIZE_UNITS: Readonly<Record<string, number>> = {
  bytes: 1,
  KiB: 1024,
  MiB: MB,
  GiB: 1024 * MB,
  TiB: 1024 * 1024 * MB,
};

/** Undefined unless the text has the lines every `nodetool info` prints. */
export function parseNodetoolInfo(text: string): NodetoolInfo | undefined {
  const fields = new Map<string, string>();
  for (const line of text.split('\n')) {
    const colon = line.indexOf(':');
    if (colon > 0) fields.set(line.slice(0, colon).trim(), line.slice(colon + 1).trim());
  }
  const gossip = fields.get('Gossip active');
  const native = fields.get('Native Transport active');
  if (gossip === undefined || native === undefined) return undefined;
  const [used = NaN, max = NaN] = (fields.get('Heap Memory (MB)') ?? '').split('/').map(Number);
  return {
    hostId: fields.get('ID') ?? '',
    gossipActive: gossip === 'true',
    nativeTransportActive: native === 'true',
    loadBytes: sizeBytes(fields.get('Load') ?? ''),
    heapUsedBytes: Number.isFinite(used) ? Math.round(used * MB) : 0,
    heapMaxBytes: Number.isFinite(max) ? Math.round(max * MB) : 0,
  };
}

function sizeBytes(text: string): number {
  const [amount = '', unit = ''] = text.split(/\s+/);
  const factor = SIZE_UNITS[unit];
  return factor === undefined ? 0 : Math.round(Number(amount) * factor);
}

export function shouldAskNodetool(
  failedProbes: number,
  lastAskedAtMs: number | undefined,
  nowMs: number,
): boolean {
  if (failedProbes < NODETOOL_AFTER_FAILURES) return false;
  return lastAskedAtMs === undefined || nowMs - lastAskedAtMs >= NODETOOL_MIN_GAP_MS;
}

/** The failed probe's report, completed with what nodetool saw; still unhealthy (no mode). */
export function withNodetoolView(
  report: NodeHealthReport,
  info: NodetoolInfo | undefined,
): NodeHealthReport {
  if (info === undefined)
    return { ...report, problem: `${report.problem}; nodetool info failed too` };
  const cql = info.nativeTransportActive ? 'CQL active' : 'CQL inactive';
  const gossip = info.gossipActive ? 'gossip active' : 'gossip inactive';
  return {
    ...report,
    problem: `${report.problem}; nodetool info over JMX: ${gossip}, ${cql}`,
    host_id: info.hostId,
    gossip_running: info.gossipActive,
    native_transport_running: info.nativeTransportActive,
    load_bytes: info.loadBytes,
    heap_used_bytes: info.heapUsedBytes,
    heap_max_bytes: info.heapMaxBytes,
  };
}
