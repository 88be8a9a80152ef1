// parseSchedulerConfig(raw): the YAML document (with env overrides applied) -> a frozen
// SchedulerConfig, or every problem found, each naming its key and the reason. Pure.
import type { ExecutorSpec, FrameworkIdentity } from '../domain/accept.js';
import type { ClusterSpec } from '../domain/cluster.js';
import { isRingName } from '../domain/ids.js';
import { parseRepairEnv, type RawRepairConfig, type RepairConfig } from '../domain/repair/index.js';
import { checkYamlOverrides } from './cassandra-yaml.js';
import { SectionReader, type FieldError } from './fields.js';
import type {
  ApiSettings,
  MesosSettings,
  OpsSettings,
  SchedulerConfig,
  ZooKeeperSettings,
} from './schema.js';

export type ConfigResult =
  | { readonly ok: true; readonly config: SchedulerConfig }
  | { readonly ok: false; readonly errors: readonly FieldError[] };

export const WEEK_SECONDS = 7 * 24 * 3600;
const HOST_PORT = /^[A-Za-z0-9.-]+:\d{1,5}$/;
const ZK_CONNECT = /^[A-Za-z0-9.-]+:\d{1,5}(,[A-Za-z0-9.-]+:\d{1,5})*$/;
const ZK_PATH = /^(\/[A-Za-z0-9_.-]+)+$/;
const ROLE = /^[A-Za-z0-9_][A-Za-z0-9_.-]*$/;

type Sections = Readonly<
  Record<
    'ring' | 'cassandra' | 'node' | 'ports' | 'executor' | 'mesos' | 'zookeeper' | 'api' | 'ops',
    SectionReader
  >
>;

const expect = (pattern: RegExp, what: string) => (value: string) =>
  pattern.test(value) ? null : `expected ${what}, got ${JSON.stringify(value)}`;
const nonEmpty = (value: string): string | null => (value === '' ? 'must not be empty' : null);

function readPorts(ports: SectionReader): ClusterSpec['ports'] {
  const read = {
    storage: ports.integer('storage', 7000, 1, 65_535),
    native: ports.integer('native', 9042, 1, 65_535),
    jmx: ports.integer('jmx', 7199, 1, 65_535),
    jolokia: ports.integer('jolokia', 8778, 1, 65_535),
  };
  if (new Set(Object.values(read)).size !== 4) ports.fail('*', 'the four ports must differ');
  return read;
}

type RingWithoutVersion = Omit<ClusterSpec, 'configVersion'>;

function readRing(s: Sections): RingWithoutVersion {
  const name = s.ring.text('name', 'ring1', (v) =>
    isRingName(v) ? null : 'letters, digits, _ and - only (at most 64)',
  );
  return {
    ringName: name,
    nodeCount: s.ring.integer('nodeCount', 3, 1, 1000),
    seedCount: s.ring.integer('seedCount', 3, 1, 1000),
    clusterName: s.cassandra.text('clusterName', name, nonEmpty),
    dc: s.cassandra.text('dc', 'dc1', nonEmpty),
    defaultRack: s.cassandra.text('defaultRack', 'rack1', nonEmpty),
    numTokens: s.cassandra.integer('numTokens', 16, 1, 1536),
    heapMb: s.cassandra.integer('heapMb', 0, 0, 1_048_576),
    newGenMb: s.cassandra.integer('newGenMb', 0, 0, 1_048_576),
    extraJvmOpts: s.cassandra.words('jvmOpts'),
    yamlOverrides: readOverrides(s.cassandra),
    node: {
      cpus: s.node.number('cpus', 1, { min: 0.01, max: 1024 }),
      memMb: s.node.integer('memMb', 2048, 256, 4_194_304),
      diskMb: s.node.integer('diskMb', 4096, 1, 1_073_741_824),
    },
    executor: {
      cpus: s.executor.number('cpus', 0.1, { min: 0.01, max: 64 }),
      memMb: s.executor.integer('memMb', 128, 32, 65_536),
    },
    ports: readPorts(s.ports),
  };
}

function readOverrides(cassandra: SectionReader): Readonly<Record<string, string>> {
  const checked = checkYamlOverrides(cassandra.mapping('yamlOverrides'));
  if (checked.ok) return checked.overrides;
  for (const p of checked.problems) cassandra.fail(`yamlOverrides.${p.key}`, p.reason);
  return {};
}

function readExecutor(s: Sections): ExecutorSpec {
  const archive = /\.(tar\.gz|tgz|tar|zip)$/;
  const uris = s.executor.words('uris');
  const distributionDir = s.cassandra.text('distributionDir', distributionDirOf(uris), nonEmpty);
  return {
    command: s.executor.text('command', 'exec node executor/dist/main.js', nonEmpty),
    uris: uris.map((value) => ({ value, extract: archive.test(value), executable: false })),
    environment: Object.fromEntries(
      Object.entries(s.executor.mapping('environment')).map(([k, v]) => [k, String(v)]),
    ),
    healthIntervalMs: s.executor.integer('healthIntervalMs', 5000, 500, 600_000),
    drainTimeoutMs: s.executor.integer('drainTimeoutMs', 30_000, 0, 3_600_000),
    distributionDir,
    jolokiaAgentPath: s.cassandra.text(
      'jolokiaAgentPath',
      `${distributionDir}/agents/jolokia-agent.jar`,
      nonEmpty,
    ),
  };
}

/**
 * The folder a fetched Cassandra tarball unpacks to, named like the official binary tarball
 * (apache-cassandra-5.0.9-bin.tar.gz → apache-cassandra-5.0.9), so that pointing the executor at a
 * tarball is all an operator has to say. Any tar the Mesos fetcher unpacks will do: a plain .tar
 * spares every relaunch the gunzip (~0.5 s of a restart in place; the jars inside are compressed
 * already, so gzip saves only ~7 % of the bytes).
 */
export function distributionDirOf(uris: readonly string[]): string {
  for (const uri of uris) {
    const found = /(apache-cassandra-[^/]+?)-bin\.(tar(\.gz|\.bz2|\.xz)?|tgz|tbz2|txz)$/.exec(uri);
    if (found?.[1] !== undefined) return found[1];
  }
  return 'apache-cassandra';
}

function readFramework(mesos: SectionReader, ringName: string): FrameworkIdentity {
  return {
    role: mesos.text('role', 'cassandra', expect(ROLE, 'a Mesos role name (not "*")')),
    principal: mesos.text('principal', `cassandra-${ringName}`, nonEmpty),
    reservationFormat: 'refined',
  };
}

function readMesos(mesos: SectionReader, ringName: string): MesosSettings {
  const settings: MesosSettings = {
    master: mesos.text('master', '127.0.0.1:5050', expect(HOST_PORT, 'host:port')),
    user: mesos.text('user', 'root', nonEmpty),
    frameworkName: mesos.text('frameworkName', `cassandra-${ringName}`, nonEmpty),
    failoverTimeoutSeconds: mesos.number('failoverTimeoutSeconds', WEEK_SECONDS, {
      min: 1,
      max: 365 * 24 * 3600,
    }),
    secret: mesos.optionalText('secret'),
    secretFile: mesos.optionalText('secretFile'),
    declineRefuseSeconds: mesos.number('declineRefuseSeconds', 3600, { min: 1, max: 31_536_000 }),
    heartbeatMisses: mesos.integer('heartbeatMisses', 5, 2, 100),
    backoffMinMs: mesos.integer('backoffMinMs', 500, 10, 60_000),
    backoffMaxMs: mesos.integer('backoffMaxMs', 15_000, 100, 600_000),
    callTimeoutMs: mesos.integer('callTimeoutMs', 75_000, 100, 600_000),
  };
  if (settings.secret?.includes(':')) {
    mesos.fail('secret', 'Mesos basic auth cannot carry a secret containing ":"');
  }
  if (settings.backoffMinMs > settings.backoffMaxMs) {
    mesos.fail('backoffMinMs', 'must not exceed backoffMaxMs');
  }
  return settings;
}

function readZooKeeper(zk: SectionReader, ringName: string): ZooKeeperSettings {
  return {
    connect: zk.text('connect', '127.0.0.1:2181', expect(ZK_CONNECT, 'host:port[,host:port...]')),
    root: zk.text(
      'root',
      `/cassandra-mesos/${ringName}`,
      expect(ZK_PATH, 'an absolute znode path'),
    ),
    sessionTimeoutMs: zk.integer('sessionTimeoutMs', 10_000, 1000, 120_000),
    digest: zk.optionalText('digest'),
  };
}

function readApi(api: SectionReader): ApiSettings {
  return {
    host: api.text('host', '127.0.0.1', nonEmpty),
    port: api.integer('port', 8080, 0, 65_535),
    advertisedHost: api.optionalText('advertisedHost'),
    token: api.optionalText('token'),
  };
}

function readOps(ops: SectionReader): OpsSettings {
  return {
    replaceAfterSeconds: ops.integer('replaceAfterSeconds', 1800, 1, WEEK_SECONDS),
    cleanupAfterScaleUp: ops.boolean('cleanupAfterScaleUp', false),
    repairAfterReplace: ops.boolean('repairAfterReplace', true),
    replicationRefreshSeconds: ops.integer('replicationRefreshSeconds', 30, 1, 3600),
  };
}

/** FNV-1a over the canonical JSON of what nodes run with: changes iff that changes. */
export function fingerprint(value: unknown): string {
  let hash = 0x811c9dc5;
  for (const ch of JSON.stringify(value)) {
    hash = Math.imul(hash ^ (ch.codePointAt(0) ?? 0), 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

/** The `repair` section (and REPAIR_* variables) goes to the repair core; the rest stays here. */
function takeRepair(
  raw: unknown,
  env: Readonly<Record<string, string | undefined>>,
  errors: FieldError[],
): { rest: unknown; repair: RepairConfig | null } {
  const isDoc = typeof raw === 'object' && raw !== null && !Array.isArray(raw);
  const { repair: section, ...rest } = (isDoc ? raw : {}) as { repair?: RawRepairConfig };
  const parsed = parseRepairEnv(section ?? {}, env);
  if (!parsed.ok) errors.push(...parsed.problems);
  return { rest: isDoc ? rest : raw, repair: parsed.ok ? parsed.config : null };
}

/**
 * `sources` maps a key ("ring.nodeCount") to the env variable that set it, so an error about an
 * env override names that variable. The `repair` section and REPAIR_* variables (`env`) are read
 * by the repair core's parseRepairEnv.
 */
const SECTIONS = [
  'ring',
  'cassandra',
  'node',
  'ports',
  'executor',
  'mesos',
  'zookeeper',
  'api',
  'ops',
] as const;

export function parseSchedulerConfig(
  raw: unknown,
  sources: ReadonlyMap<string, string> = new Map(),
  env: Readonly<Record<string, string | undefined>> = {},
): ConfigResult {
  const errors: FieldError[] = [];
  const { rest, repair } = takeRepair(raw, env, errors);
  const root = new SectionReader(rest, '', errors, sources);
  const s = Object.fromEntries(SECTIONS.map((n) => [n, root.section(n)])) as Sections;
  const ring = readRing(s);
  const executor = readExecutor(s);
  const framework = readFramework(s.mesos, ring.ringName);
  const mesos = readMesos(s.mesos, ring.ringName);
  const zookeeper = readZooKeeper(s.zookeeper, ring.ringName);
  const api = readApi(s.api);
  const ops = readOps(s.ops);
  for (const section of Object.values(s)) section.finish();
  root.finish();
  if (errors.length > 0 || repair === null) return { ok: false, errors };
  // The ring's size is not something a node runs with: growing the ring must not mark every
  // running node as out of date.
  const configVersion = fingerprint({ perNode: { ...ring, nodeCount: null }, executor });
  const config: SchedulerConfig = {
    ring: { ...ring, configVersion },
    framework,
    executor,
    mesos,
    zookeeper,
    api,
    repair,
    ops,
  };
  return { ok: true, config: deepFreeze(config) };
}
