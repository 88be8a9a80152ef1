// The NodeConfig a node's executor receives in TaskInfo.data: everything it needs to render
// cassandra.yaml and the JVM options. Addresses come from the agent the node was placed on.
import type { cmf } from '@cmf/proto';
import type { ClusterSpec } from './cluster.js';

export type NodeConfig = cmf.v1.NodeConfig.$Properties;

/** Paths and timings the executor needs that are not part of the ring's spec. */
export interface ExecutorSettings {
  readonly distributionDir: string;
  readonly jolokiaAgentPath: string;
  readonly healthIntervalMs: number;
  readonly drainTimeoutMs: number;
}

export interface NodeConfigInput {
  readonly spec: ClusterSpec;
  readonly settings: ExecutorSettings;
  readonly nodeId: string;
  readonly seed: boolean;
  readonly address: string;
  readonly rack: string;
  readonly volumePath: string;
  /** Addresses of the other seed nodes that have been placed. */
  readonly otherSeeds: readonly string[];
  readonly replaceAddress: string | null;
}

/**
 * A seed lists itself (seeds never bootstrap, and a lone first seed needs no shadow round); a
 * non-seed never does, or it would skip bootstrapping and join without its data.
 */
export function seedList(
  input: Pick<NodeConfigInput, 'seed' | 'address' | 'otherSeeds'>,
): string[] {
  const others = input.otherSeeds.filter((a) => a !== input.address);
  return input.seed ? [...others, input.address] : others;
}

export function buildNodeConfig(input: NodeConfigInput): NodeConfig {
  const { spec, settings } = input;
  return {
    cluster_name: spec.clusterName,
    node_id: input.nodeId,
    config_version: spec.configVersion,
    seeds: seedList(input),
    listen_address: input.address,
    ports: { ...spec.ports },
    dc: spec.dc,
    rack: input.rack,
    snitch: 'GossipingPropertyFileSnitch',
    num_tokens: spec.numTokens,
    heap_mb: spec.heapMb,
    new_gen_mb: spec.newGenMb,
    extra_jvm_opts: [...spec.extraJvmOpts],
    yaml_overrides: { ...spec.yamlOverrides },
    data_dir: input.volumePath,
    distribution_dir: settings.distributionDir,
    jolokia_agent_path: settings.jolokiaAgentPath,
    replace_address: input.replaceAddress ?? '',
    health_interval_ms: settings.healthIntervalMs,
    drain_timeout_ms: settings.drainTimeoutMs,
  };
}
