// Environment overrides (how Marathon configures the scheduler): a fixed table from variable to
// config key. Pure: main.ts passes process.env in. Values stay strings; the parser converts them
// and names the variable in any error.

/** Variable -> dotted config key. */
export const ENV_KEYS: Readonly<Record<string, string>> = {
  MESOS_MASTER: 'mesos.master',
  MESOS_USER: 'mesos.user',
  MESOS_SECRET: 'mesos.secret',
  MESOS_SECRET_FILE: 'mesos.secretFile',
  FRAMEWORK_NAME: 'mesos.frameworkName',
  FRAMEWORK_ROLE: 'mesos.role',
  FRAMEWORK_PRINCIPAL: 'mesos.principal',
  FRAMEWORK_FAILOVER_TIMEOUT_SECONDS: 'mesos.failoverTimeoutSeconds',
  ZK_CONNECT: 'zookeeper.connect',
  ZK_ROOT: 'zookeeper.root',
  ZK_DIGEST: 'zookeeper.digest',
  API_HOST: 'api.host',
  API_PORT: 'api.port',
  API_ADVERTISED_HOST: 'api.advertisedHost',
  API_TOKEN: 'api.token',
  RING_NAME: 'ring.name',
  CASSANDRA_NODE_COUNT: 'ring.nodeCount',
  CASSANDRA_SEED_COUNT: 'ring.seedCount',
  CASSANDRA_CLUSTER_NAME: 'cassandra.clusterName',
  CASSANDRA_DC: 'cassandra.dc',
  CASSANDRA_RACK: 'cassandra.defaultRack',
  CASSANDRA_HEAP_MB: 'cassandra.heapMb',
  CASSANDRA_JVM_OPTS: 'cassandra.jvmOpts',
  CASSANDRA_YAML_OVERRIDES: 'cassandra.yamlOverrides',
  CASSANDRA_CPUS: 'node.cpus',
  CASSANDRA_MEM_MB: 'node.memMb',
  CASSANDRA_DISK_MB: 'node.diskMb',
  EXECUTOR_COMMAND: 'executor.command',
  EXECUTOR_URIS: 'executor.uris',
  REPLACE_AFTER_SECONDS: 'ops.replaceAfterSeconds',
  CLEANUP_AFTER_SCALE_UP: 'ops.cleanupAfterScaleUp',
  REPAIR_AFTER_REPLACE: 'ops.repairAfterReplace',
};

export interface WithEnv {
  readonly raw: Record<string, unknown>;
  /** Key -> the variable that set it. */
  readonly sources: ReadonlyMap<string, string>;
}

function setPath(target: Record<string, unknown>, path: readonly string[], value: unknown): void {
  const [head, ...rest] = path;
  if (head === undefined) return;
  if (rest.length === 0) {
    target[head] = value;
    return;
  }
  const inner = target[head];
  const next =
    typeof inner === 'object' && inner !== null && !Array.isArray(inner)
      ? { ...(inner as Record<string, unknown>) }
      : {};
  target[head] = next;
  setPath(next, rest, value);
}

/** A copy of `raw` with every set (non-empty) variable of ENV_KEYS applied over it. */
export function applyEnv(raw: unknown, env: Readonly<Record<string, string | undefined>>): WithEnv {
  const base =
    typeof raw === 'object' && raw !== null && !Array.isArray(raw)
      ? { ...(raw as Record<string, unknown>) }
      : {};
  const sources = new Map<string, string>();
  for (const [variable, key] of Object.entries(ENV_KEYS)) {
    const value = env[variable];
    if (value === undefined || value === '') continue;
    setPath(base, key.split('.'), key === 'executor.uris' ? value.split(',') : value);
    sources.set(key, variable);
  }
  return { raw: base, sources };
}
