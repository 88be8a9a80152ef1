// What the executor reports about its Cassandra node (NodeHealth in TaskStatus.data), and the
// questions the planner asks of it: is the node NORMAL, and do the others see it UP?

export interface NodeHealthView {
  readonly probedAtMs: number;
  /** Empty when the probe worked. */
  readonly problem: string;
  readonly operationMode: string;
  readonly nativeTransportRunning: boolean;
  readonly gossipRunning: boolean;
  readonly liveNodes: readonly string[];
  readonly unreachableNodes: readonly string[];
  readonly joiningNodes: readonly string[];
  /** Data on disk (nodetool's Load); 0 when not reported. */
  readonly loadBytes: number;
}

/** "/127.0.1.2:7000", "127.0.1.2:7000" and "127.0.1.2" all name host 127.0.1.2. */
export function endpointHost(endpoint: string): string {
  const trimmed = endpoint.trim().replace(/^[^/]*\//, '');
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(trimmed);
  if (bracketed?.[1] !== undefined) return bracketed[1];
  const colons = trimmed.split(':').length - 1;
  return colons === 1 ? trimmed.replace(/:\d+$/, '') : trimmed;
}

export function isNormal(health: NodeHealthView | null): boolean {
  return (
    health !== null &&
    health.problem === '' &&
    health.operationMode === 'NORMAL' &&
    health.gossipRunning &&
    health.nativeTransportRunning
  );
}

/** True when `observer` reports `address` live and not unreachable. */
export function seesUp(observer: NodeHealthView | null, address: string): boolean {
  if (observer?.problem !== '') return false;
  const has = (list: readonly string[]): boolean => list.some((e) => endpointHost(e) === address);
  return has(observer.liveNodes) && !has(observer.unreachableNodes);
}
