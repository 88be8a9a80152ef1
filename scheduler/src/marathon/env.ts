// What Marathon and Mesos tell a scheduler task through its environment (assigned port, host,
// sandbox, app id), read into MarathonTask, plus the variables it implies for the scheduler's own
// configuration. Pure: main.ts passes process.env in. Outside Marathon this changes nothing.
import type { ConfigProblem } from '../domain/repair/index.js';

export interface MarathonTask {
  /** "/cassandra-mesos/cassandra": the app path. */
  readonly appId: string;
  readonly appVersion: string | null;
  readonly taskId: string | null;
  /** The agent's hostname from the offer. */
  readonly host: string;
  /** Where others reach this scheduler: LIBPROCESS_IP when the agent sets it, else HOST. */
  readonly advertisedHost: string;
  /** The host port Marathon assigned to the port named "api" (the health check probes it). */
  readonly apiPort: number;
  readonly sandbox: string | null;
}

export type MarathonEnvRead =
  | {
      readonly ok: true;
      /** null when not launched by Marathon (no MARATHON_APP_ID). */
      readonly task: MarathonTask | null;
      /** The environment with the variables Marathon implies filled in (explicit ones win). */
      readonly env: Readonly<Record<string, string>>;
    }
  | { readonly ok: false; readonly problems: readonly ConfigProblem[] };

type Env = Readonly<Record<string, string | undefined>>;

/**
 * Marathon's --env_vars_prefix puts a prefix on PORT* and HOST only; an operator who set one says
 * so in MARATHON_ENV_PREFIX.
 */
export function readMarathonEnv(env: Env): MarathonEnvRead {
  const appId = nonEmpty(env['MARATHON_APP_ID']);
  const defined = definedOnly(env);
  if (appId === null) return { ok: true, task: null, env: defined };
  const prefix = env['MARATHON_ENV_PREFIX'] ?? '';
  const problems: ConfigProblem[] = [];
  const port = readPort(env, prefix, problems);
  const host = nonEmpty(env[`${prefix}HOST`]) ?? '';
  if (host === '') problems.push({ key: `${prefix}HOST`, reason: 'missing; Marathon sets it' });
  if (port !== null) checkExplicitPort(env, port, problems);
  if (problems.length > 0 || port === null) return { ok: false, problems };
  const task: MarathonTask = {
    appId,
    appVersion: nonEmpty(env['MARATHON_APP_VERSION']),
    taskId: nonEmpty(env['MESOS_TASK_ID']),
    host,
    advertisedHost: nonEmpty(env['LIBPROCESS_IP']) ?? host,
    apiPort: port,
    sandbox: nonEmpty(env['MESOS_SANDBOX']),
  };
  return { ok: true, task, env: fillUnset(defined, implied(task)) };
}

/** The scheduler settings a Marathon launch implies unless set explicitly. */
function implied(task: MarathonTask): Record<string, string> {
  const ringName =
    task.appId
      .split('/')
      .filter((s) => s !== '')
      .pop() ?? '';
  return {
    API_PORT: String(task.apiPort),
    // The Mesos-level health check connects from inside the task's network namespace.
    API_HOST: '0.0.0.0',
    // ...so the bound address says nothing: the leader names itself by the agent's address.
    API_ADVERTISED_HOST: task.advertisedHost,
    ...(/^[A-Za-z0-9_-]{1,64}$/.test(ringName) ? { RING_NAME: ringName } : {}),
  };
}

function checkExplicitPort(env: Env, port: number, problems: ConfigProblem[]): void {
  const explicit = nonEmpty(env['API_PORT']);
  if (explicit === null || explicit === String(port)) return;
  problems.push({
    key: 'API_PORT',
    reason: `${explicit} conflicts with the port Marathon assigned (${port}), which the health check probes; remove API_PORT`,
  });
}

function readPort(env: Env, prefix: string, problems: ConfigProblem[]): number | null {
  const names = [`${prefix}PORT_API`, `${prefix}PORT0`, `${prefix}PORT`];
  const name = names.find((n) => nonEmpty(env[n]) !== null);
  if (name === undefined) {
    const reason =
      'no port from Marathon: the app needs portDefinitions [{ "port": 0, "name": "api" }]';
    problems.push({ key: names[0] ?? 'PORT_API', reason });
    return null;
  }
  const text = env[name] ?? '';
  const port = /^\d{1,5}$/.test(text) ? Number(text) : NaN;
  if (port >= 1 && port <= 65_535) return port;
  problems.push({ key: name, reason: `expected a port 1-65535, got ${JSON.stringify(text)}` });
  return null;
}

function nonEmpty(value: string | undefined): string | null {
  return value === undefined || value === '' ? null : value;
}

function definedOnly(env: Env): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(env)) if (v !== undefined) out[k] = v;
  return out;
}

/** `env` with `defaults` for the variables it leaves unset or empty. */
function fillUnset(
  env: Readonly<Record<string, string>>,
  defaults: Readonly<Record<string, string>>,
): Record<string, string> {
  const out = { ...env };
  for (const [k, v] of Object.entries(defaults)) if (nonEmpty(out[k]) === null) out[k] = v;
  return out;
}
