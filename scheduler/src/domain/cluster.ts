// The desired ring: how many nodes, which of them are seeds, what each one gets (resources, ports,
// JVM and cassandra.yaml settings). Which edits of a running ring are legal: ops/change.ts.

export interface Ports {
  readonly storage: number;
  readonly native: number;
  readonly jmx: number;
  readonly jolokia: number;
}

export interface NodeResources {
  readonly cpus: number;
  readonly memMb: number;
  readonly diskMb: number;
}

export interface ExecutorResources {
  readonly cpus: number;
  readonly memMb: number;
}

export interface ClusterSpec {
  /** Names this ring's volumes and reservations across the whole Mesos cluster. */
  readonly ringName: string;
  readonly clusterName: string;
  readonly nodeCount: number;
  /** Wanted seeds; the ring uses min(seedCount, nodeCount). */
  readonly seedCount: number;
  readonly dc: string;
  /** Rack for agents without a `rack` attribute. */
  readonly defaultRack: string;
  readonly node: NodeResources;
  readonly executor: ExecutorResources;
  readonly ports: Ports;
  readonly numTokens: number;
  readonly heapMb: number;
  readonly newGenMb: number;
  readonly extraJvmOpts: readonly string[];
  /** cassandra.yaml key -> YAML text, already checked against the allow-list. */
  readonly yamlOverrides: Readonly<Record<string, string>>;
  /** Opaque; changes whenever anything a node runs with changes. */
  readonly configVersion: string;
}

export function effectiveSeedCount(spec: Pick<ClusterSpec, 'seedCount' | 'nodeCount'>): number {
  return Math.max(0, Math.min(spec.seedCount, spec.nodeCount));
}

/** Seeds are the lowest-indexed nodes: stable, so a restart never reshuffles the seed list. */
export function isSeedIndex(
  spec: Pick<ClusterSpec, 'seedCount' | 'nodeCount'>,
  index: number,
): boolean {
  return index < effectiveSeedCount(spec);
}

/** The ports every node binds on its own address, in a stable order. */
export function staticPorts(ports: Ports): number[] {
  return [ports.storage, ports.native, ports.jmx, ports.jolokia];
}

/** A config key the new config may not change as asked, and why (shown by the API and logs). */
export interface ChangeProblem {
  readonly key: string;
  readonly reason: string;
}
