// NodeHealth (what the executor puts in TaskStatus.data) <-> the core's NodeHealthView.
import { cmf } from '@cmf/proto';
import type { NodeHealthView } from '../domain/health.js';

export function healthFromProto(h: cmf.v1.NodeHealth.$Properties): NodeHealthView {
  return {
    probedAtMs: h.probed_at_ms ?? 0,
    problem: h.problem ?? '',
    operationMode: h.operation_mode ?? '',
    nativeTransportRunning: h.native_transport_running ?? false,
    gossipRunning: h.gossip_running ?? false,
    liveNodes: [...(h.live_nodes ?? [])],
    unreachableNodes: [...(h.unreachable_nodes ?? [])],
    joiningNodes: [...(h.joining_nodes ?? [])],
    loadBytes: h.load_bytes ?? 0,
  };
}

export function healthToProto(h: NodeHealthView): cmf.v1.NodeHealth.$Properties {
  return {
    probed_at_ms: h.probedAtMs,
    problem: h.problem,
    operation_mode: h.operationMode,
    native_transport_running: h.nativeTransportRunning,
    gossip_running: h.gossipRunning,
    live_nodes: [...h.liveNodes],
    unreachable_nodes: [...h.unreachableNodes],
    joining_nodes: [...h.joiningNodes],
    load_bytes: h.loadBytes,
  };
}

/** TaskStatus.data from our executor, or null when absent or not a NodeHealth. */
export function decodeHealth(data: Uint8Array | null | undefined): NodeHealthView | null {
  if (!data || data.length === 0) return null;
  try {
    return healthFromProto(cmf.v1.NodeHealth.decode(data));
  } catch {
    return null;
  }
}
