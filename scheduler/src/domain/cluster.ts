// The desired ring: how many nodes, which of them are seeds, what each one gets (resources, ports,
// JVM and cassandra.yaml settings), and which edits of a running ring are legal.

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

export interface ChangeProblem {
  readonly key: string;
  readonly reason: string;
}

/**
 * Edits the running ring cannot take. The caller keeps the old target when any is found, so an
 * invalid config never touches the ring.
 */
export function validateChange(old: ClusterSpec, next: ClusterSpec): ChangeProblem[] {
  const problems: ChangeProblem[] = [];
  const fixed = (key: string, a: unknown, b: unknown): void => {
    if (JSON.stringify(a) !== JSON.stringify(b)) {
      problems.push({
        key,
        reason: `cannot change after deploy (${JSON.stringify(a)} -> ${JSON.stringify(b)})`,
      });
    }
  };
  fixed('ring.name', old.ringName, next.ringName);
  fixed('cassandra.clusterName', old.clusterName, next.clusterName);
  fixed('cassandra.dc', old.dc, next.dc);
  fixed('cassandra.numTokens', old.numTokens, next.numTokens);
  fixed('node.diskMb', old.node.diskMb, next.node.diskMb);
  fixed('ports', old.ports, next.ports);
  // Seeds never bootstrap: turning a node into a seed later would let it join without its data.
  fixed('ring.seedCount', old.seedCount, next.seedCount);
  if (next.nodeCount < old.nodeCount) {
    problems.push({
      key: 'ring.nodeCount',
      reason: `cannot shrink from ${old.nodeCount} to ${next.nodeCount} without decommissioning`,
    });
  }
  return problems;
}

export type TargetDecision =
  | { readonly kind: 'create'; readonly spec: ClusterSpec }
  | { readonly kind: 'keep'; readonly spec: ClusterSpec }
  | { readonly kind: 'replace'; readonly spec: ClusterSpec }
  /** The wanted spec is not a legal edit of the stored one: keep running the stored one. */
  | {
      readonly kind: 'refuse';
      readonly spec: ClusterSpec;
      readonly problems: readonly ChangeProblem[];
    };

/** Which target the ring runs after a start with `wanted` from config. */
export function decideTarget(stored: ClusterSpec | null, wanted: ClusterSpec): TargetDecision {
  if (stored === null) return { kind: 'create', spec: wanted };
  if (JSON.stringify(stored) === JSON.stringify(wanted)) return { kind: 'keep', spec: stored };
  const problems = validateChange(stored, wanted);
  if (problems.length > 0) return { kind: 'refuse', spec: stored, problems };
  return { kind: 'replace', spec: wanted };
}
