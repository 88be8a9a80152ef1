// What `make run` starts, decided from its environment alone (pure): ZooKeeper and the local Mesos
// cluster unless ZK_CONNECT / MESOS_MASTER name running ones, the API address, how many agents,
// and which of the user's variables go through to the scheduler (API_TOKEN, CASSANDRA_*, ...).

export interface RunPlan {
  /** Everything the run keeps: ZooKeeper's data, the agents' work dirs and volumes, logs. */
  readonly runDir: string;
  readonly zookeeper:
    | { readonly kind: 'given'; readonly connect: string }
    | { readonly kind: 'local'; readonly preferredPort: number };
  readonly mesos:
    | { readonly kind: 'given'; readonly master: string }
    | { readonly kind: 'local'; readonly masterPort: number; readonly agents: number };
  readonly api: { readonly host: string; readonly port: number };
  /** The user's scheduler variables, passed through as they are. */
  readonly passThrough: Readonly<Record<string, string>>;
}

export type PlanOutcome =
  | { readonly ok: true; readonly plan: RunPlan }
  | { readonly ok: false; readonly errors: readonly string[] };

type Env = Readonly<Record<string, string | undefined>>;

/** The scheduler's own variables (docs/configuration.md), by prefix or by name. */
const SCHEDULER_PREFIXES = ['CASSANDRA_', 'EXECUTOR_', 'FRAMEWORK_', 'REPAIR_', 'ZK_', 'API_'];
const SCHEDULER_NAMES = [
  'RING_NAME',
  'LOG_LEVEL',
  'MESOS_USER',
  'MESOS_SECRET',
  'MESOS_SECRET_FILE',
];
/** Set by make run itself, from the plan. */
const OWNED = ['ZK_CONNECT', 'API_HOST', 'API_PORT', 'MESOS_MASTER'];

const HOST_PORT = /^[A-Za-z0-9.-]+:\d{1,5}$/;
const ZK_CONNECT = /^[A-Za-z0-9.-]+:\d{1,5}(,[A-Za-z0-9.-]+:\d{1,5})*$/;

export const DEFAULTS = {
  apiPort: 8080,
  masterPort: 5050,
  zookeeperPort: 2181,
  agents: 3,
} as const;

function given(env: Env, name: string): string | undefined {
  const value = env[name]?.trim();
  return value === undefined || value === '' ? undefined : value;
}

function port(env: Env, name: string, fallback: number, errors: string[]): number {
  const text = given(env, name);
  if (text === undefined) return fallback;
  const value = Number(text);
  if (Number.isInteger(value) && value >= 1 && value <= 65_535) return value;
  errors.push(`${name}: expected a port number (1-65535), got ${JSON.stringify(text)}`);
  return fallback;
}

function checked(env: Env, name: string, pattern: RegExp, what: string, errors: string[]) {
  const value = given(env, name);
  if (value !== undefined && !pattern.test(value)) {
    errors.push(`${name}: expected ${what}, got ${JSON.stringify(value)}`);
  }
  return value;
}

/** One agent per node, and at least three (the default ring). */
function agentCount(env: Env, errors: string[]): number {
  const text = given(env, 'CASSANDRA_NODE_COUNT');
  if (text === undefined) return DEFAULTS.agents;
  const nodes = Number(text);
  if (Number.isInteger(nodes) && nodes >= 1 && nodes <= 250)
    return Math.max(DEFAULTS.agents, nodes);
  errors.push(
    `CASSANDRA_NODE_COUNT: expected a whole number of nodes (1-250), got ${JSON.stringify(text)}`,
  );
  return DEFAULTS.agents;
}

/** Empty values go through too: the scheduler reads REPAIR_SCHEDULE="" as "no scheduled runs". */
export function passThrough(env: Env): Record<string, string> {
  const picked: Record<string, string> = {};
  for (const [name, value] of Object.entries(env)) {
    const isScheduler =
      SCHEDULER_NAMES.includes(name) || SCHEDULER_PREFIXES.some((p) => name.startsWith(p));
    if (value !== undefined && isScheduler && !OWNED.includes(name)) {
      picked[name] = value;
    }
  }
  return picked;
}

export function planRun(env: Env, runDir: string): PlanOutcome {
  const errors: string[] = [];
  const master = checked(env, 'MESOS_MASTER', HOST_PORT, 'host:port', errors);
  const zk = checked(env, 'ZK_CONNECT', ZK_CONNECT, 'host:port[,host:port...]', errors);
  const plan: RunPlan = {
    runDir,
    zookeeper:
      zk === undefined
        ? { kind: 'local', preferredPort: DEFAULTS.zookeeperPort }
        : { kind: 'given', connect: zk },
    mesos:
      master === undefined
        ? {
            kind: 'local',
            masterPort: port(env, 'MASTER_PORT', DEFAULTS.masterPort, errors),
            agents: agentCount(env, errors),
          }
        : { kind: 'given', master },
    api: { host: '127.0.0.1', port: port(env, 'API_PORT', DEFAULTS.apiPort, errors) },
    passThrough: passThrough(env),
  };
  return errors.length > 0 ? { ok: false, errors } : { ok: true, plan };
}
