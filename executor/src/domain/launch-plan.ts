// Turns the framework's NodeConfig (TaskInfo.data) into everything a launch needs: the node's
// Cassandra settings, JVM sizing and where its files live. Pure. A malformed or incomplete config
// is an expected outcome: the first field at fault, named, and nothing gets started.
import type { cmf } from '@cmf/proto/executor';
import { parse as parseYaml } from 'yaml';

/** Same shape as the cassandra/ runtime's node spec, so the shell can pass `node` straight on. */
export interface PlannedNode {
  readonly clusterName: string;
  readonly address: string;
  readonly seeds: readonly string[];
  readonly ports: {
    readonly storage: number;
    readonly native: number;
    readonly jmx: number;
    readonly jolokia: number;
  };
  readonly dataRoot: string;
  readonly dc: string;
  readonly rack: string;
  readonly numTokens: number;
  readonly initialToken?: string;
  readonly footprint: 'standard' | 'small';
  readonly yamlOverrides?: Readonly<Record<string, unknown>>;
}

export interface LaunchPlan {
  readonly nodeId: string;
  readonly configVersion: string;
  readonly node: PlannedNode;
  /** Unpacked distribution (lib/, conf/, agents/) inside the sandbox. */
  readonly distributionHome: string;
  /** Only when the config names a Jolokia agent jar other than the distribution's own. */
  readonly jolokiaAgentPath?: string;
  /** conf/, logs/ and tmp/ of this run, in the sandbox (not on the data volume). */
  readonly workDir: string;
  readonly heapMb: number;
  readonly extraJvmOptions: readonly string[];
  readonly replaceAddress?: string;
  readonly healthIntervalMs: number;
  readonly drainTimeoutMs: number;
}

export type LaunchPlanning =
  | { readonly ok: true; readonly plan: LaunchPlan }
  | { readonly ok: false; readonly field: string; readonly message: string };

export interface PlanningInputs {
  readonly config: cmf.v1.NodeConfig;
  readonly sandbox: string;
  /** The task's `mem` resource, used to size the heap when the config leaves it at 0. */
  readonly taskMemMb: number | undefined;
  /** Test rings shrink Cassandra's pools and caches. */
  readonly footprint: 'standard' | 'small';
}

export const DEFAULT_PORTS = { storage: 7000, native: 9042, jmx: 7199, jolokia: 8778 } as const;
export const DEFAULT_HEALTH_INTERVAL_MS = 10_000;
export const DEFAULT_DRAIN_TIMEOUT_MS = 60_000;
const MIN_HEALTH_INTERVAL_MS = 500;
const STANDARD_SNITCH = 'GossipingPropertyFileSnitch';

/** Thrown only inside this module, to stop at the first field at fault; never escapes it. */
class FieldProblem extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}

export function planLaunch(inputs: PlanningInputs): LaunchPlanning {
  try {
    return { ok: true, plan: buildPlan(inputs) };
  } catch (error) {
    if (error instanceof FieldProblem)
      return { ok: false, field: error.field, message: error.message };
    throw error;
  }
}

function buildPlan(inputs: PlanningInputs): LaunchPlan {
  const { config, sandbox } = inputs;
  const replaceAddress = config.replace_address;
  const jolokia = config.jolokia_agent_path;
  const distribution = required('distribution_dir', config.distribution_dir);
  return {
    nodeId: required('node_id', config.node_id),
    configVersion: config.config_version,
    node: plannedNode(inputs),
    distributionHome: inSandbox(sandbox, 'distribution_dir', distribution),
    ...(jolokia ? { jolokiaAgentPath: inSandbox(sandbox, 'jolokia_agent_path', jolokia) } : {}),
    workDir: `${sandbox}/cassandra`,
    heapMb: heapMb(config, inputs.taskMemMb),
    extraJvmOptions: [...jvmSizing(config), ...config.extra_jvm_opts],
    ...(replaceAddress ? { replaceAddress } : {}),
    healthIntervalMs: healthIntervalMs(config.health_interval_ms),
    drainTimeoutMs: config.drain_timeout_ms || DEFAULT_DRAIN_TIMEOUT_MS,
  };
}

function plannedNode(inputs: PlanningInputs): PlannedNode {
  const { config, sandbox } = inputs;
  if (config.seeds.length === 0) throw new FieldProblem('seeds', 'NodeConfig.seeds is empty');
  config.seeds.forEach((seed, i) => required(`seeds[${i}]`, seed));
  if (config.num_tokens === 0) {
    throw new FieldProblem(
      'num_tokens',
      'NodeConfig.num_tokens is 0: it must be set, and never change',
    );
  }
  const overrides = yamlOverrides(config);
  return {
    clusterName: required('cluster_name', config.cluster_name),
    address: required('listen_address', config.listen_address),
    seeds: [...config.seeds],
    ports: ports(config.ports),
    dataRoot: inSandbox(sandbox, 'data_dir', required('data_dir', config.data_dir)),
    dc: required('dc', config.dc),
    rack: required('rack', config.rack),
    numTokens: config.num_tokens,
    ...(config.initial_token ? { initialToken: config.initial_token } : {}),
    footprint: inputs.footprint,
    ...(Object.keys(overrides).length > 0 ? { yamlOverrides: overrides } : {}),
  };
}

function required(field: string, value: string): string {
  if (value.trim() === '') throw new FieldProblem(field, `NodeConfig.${field} is empty`);
  return value;
}

/** Sandbox-relative paths only: the executor touches nothing outside its sandbox and volume. */
function inSandbox(sandbox: string, field: string, path: string): string {
  const segments = path.split('/');
  if (path.startsWith('/') || segments.includes('..')) {
    const message = `NodeConfig.${field} must be a path inside the sandbox, got ${JSON.stringify(path)}`;
    throw new FieldProblem(field, message);
  }
  return `${sandbox}/${segments.filter((s) => s !== '' && s !== '.').join('/')}`;
}

/** proto3: an absent message decodes as null and an unset port as 0; both mean the default. */
function ports(given: cmf.v1.Ports | null): PlannedNode['ports'] {
  const port = (value: number | undefined, fallback: number): number =>
    value === undefined || value === 0 ? fallback : value;
  return {
    storage: port(given?.storage, DEFAULT_PORTS.storage),
    native: port(given?.native, DEFAULT_PORTS.native),
    jmx: port(given?.jmx, DEFAULT_PORTS.jmx),
    jolokia: port(given?.jolokia, DEFAULT_PORTS.jolokia),
  };
}

/** Cassandra's own rule (cassandra-env.sh): max(min(mem/2, 1 GiB), min(mem/4, 8 GiB)). */
function heapMb(config: cmf.v1.NodeConfig, taskMemMb: number | undefined): number {
  if (config.heap_mb > 0) return config.heap_mb;
  if (taskMemMb === undefined || taskMemMb <= 0) {
    throw new FieldProblem('heap_mb', 'NodeConfig.heap_mb is 0 and the task has no mem resource');
  }
  return Math.floor(Math.max(Math.min(taskMemMb / 2, 1024), Math.min(taskMemMb / 4, 8192)));
}

function jvmSizing(config: cmf.v1.NodeConfig): string[] {
  return config.new_gen_mb > 0 ? [`-Xmn${config.new_gen_mb}M`] : [];
}

function healthIntervalMs(given: number): number {
  if (given === 0) return DEFAULT_HEALTH_INTERVAL_MS;
  if (given < MIN_HEALTH_INTERVAL_MS) {
    const message = `NodeConfig.health_interval_ms is ${given}: at least ${MIN_HEALTH_INTERVAL_MS}`;
    throw new FieldProblem('health_interval_ms', message);
  }
  return given;
}

/** Each value is YAML text; a non-standard snitch becomes an endpoint_snitch override. */
function yamlOverrides(config: cmf.v1.NodeConfig): Record<string, unknown> {
  const overrides: Record<string, unknown> = {};
  if (config.snitch && config.snitch !== STANDARD_SNITCH)
    overrides['endpoint_snitch'] = config.snitch;
  for (const [key, text] of Object.entries(config.yaml_overrides)) {
    const field = `yaml_overrides[${JSON.stringify(key)}]`;
    try {
      overrides[key] = parseYaml(text) as unknown;
    } catch (error) {
      const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
      throw new FieldProblem(field, `NodeConfig.${field} is not YAML: ${reason ?? ''}`);
    }
  }
  return overrides;
}
