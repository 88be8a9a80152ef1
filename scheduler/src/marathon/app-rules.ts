// Rules for our scheduler's Marathon app definition beyond Marathon's JSON Schema: the ones
// Marathon enforces in code (one Mesos-level health check, the single-instance label demanding a
// 0/0 upgrade strategy, ...) and our own (a named "api" port, /health checked by the agent, every
// env value a string the scheduler reads). Pure; `app` is parsed JSON.

export interface AppProblem {
  /** JSON path in the app definition, e.g. "healthChecks[0].maxConsecutiveFailures". */
  readonly key: string;
  readonly reason: string;
}

type Json = Readonly<Record<string, unknown>>;

const isObject = (v: unknown): v is Json =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const objects = (v: unknown): Json[] => (Array.isArray(v) ? v.filter(isObject) : []);
const MESOS_LEVEL = ['MESOS_HTTP', 'MESOS_HTTPS', 'MESOS_TCP', 'COMMAND'];
const PORT_NAME = /^[a-z0-9]+$/;

/** Every problem found; empty when the app is fit to run the scheduler. */
export function checkSchedulerApp(app: unknown, knownEnv: ReadonlySet<string>): AppProblem[] {
  if (!isObject(app)) return [{ key: '(root)', reason: 'expected a JSON object' }];
  return [
    ...checkIdentity(app),
    ...checkSingleton(app),
    ...checkPorts(app),
    ...checkHealth(app),
    ...checkLifecycle(app),
    ...checkEnv(app, knownEnv),
  ];
}

function checkIdentity(app: Json): AppProblem[] {
  const problems: AppProblem[] = [];
  const id = app['id'];
  if (typeof id !== 'string' || !id.startsWith('/') || id.replace(/\/+$/, '') === '') {
    problems.push({
      key: 'id',
      reason: 'must be an absolute, non-root path such as /cassandra-mesos/ring1',
    });
  }
  const cmd = app['cmd'];
  if (typeof cmd !== 'string' || !cmd.trim().startsWith('exec ')) {
    problems.push({
      key: 'cmd',
      reason: 'must start with "exec " so the scheduler itself gets SIGTERM',
    });
  }
  if (app['uris'] !== undefined && app['fetch'] !== undefined) {
    problems.push({ key: 'uris', reason: 'uris and fetch cannot both be given' });
  }
  return problems;
}

function checkSingleton(app: Json): AppProblem[] {
  const problems: AppProblem[] = [];
  const labels = isObject(app['labels']) ? app['labels'] : {};
  if (labels['MARATHON_SINGLE_INSTANCE_APP'] !== 'true') {
    problems.push({
      key: 'labels.MARATHON_SINGLE_INSTANCE_APP',
      reason: 'must be "true": never two schedulers',
    });
  }
  if (app['instances'] !== 1) problems.push({ key: 'instances', reason: 'must be 1' });
  const upgrade = isObject(app['upgradeStrategy']) ? app['upgradeStrategy'] : {};
  if (upgrade['minimumHealthCapacity'] !== 0 || upgrade['maximumOverCapacity'] !== 0) {
    problems.push({
      key: 'upgradeStrategy',
      reason:
        'must be { minimumHealthCapacity: 0, maximumOverCapacity: 0 }: stop the old scheduler before the new one starts',
    });
  }
  return problems;
}

function checkPorts(app: Json): AppProblem[] {
  const problems: AppProblem[] = [];
  if (app['ports'] !== undefined) {
    problems.push({ key: 'ports', reason: 'use portDefinitions (named ports), not ports' });
  }
  const names = objects(app['portDefinitions']).map((p) => p['name']);
  names.forEach((name, i) => {
    if (typeof name !== 'string' || !PORT_NAME.test(name)) {
      problems.push({
        key: `portDefinitions[${i}].name`,
        reason: 'lower-case letters and digits only (it becomes PORT_<NAME>)',
      });
    }
  });
  if (new Set(names).size !== names.length) {
    problems.push({ key: 'portDefinitions', reason: 'port names must be unique' });
  }
  if (!names.includes('api')) {
    problems.push({
      key: 'portDefinitions',
      reason: 'needs a port named "api" (the scheduler reads PORT_API)',
    });
  }
  return problems;
}

function checkHealth(app: Json): AppProblem[] {
  const checks = objects(app['healthChecks']);
  const mesosLevel = checks.filter((c) => MESOS_LEVEL.includes(String(c['protocol'])));
  if (checks.length !== 1 || mesosLevel.length !== 1) {
    return [
      {
        key: 'healthChecks',
        reason: 'exactly one health check, and it must be Mesos-level (MESOS_HTTP)',
      },
    ];
  }
  const [check = {}] = checks;
  const apiIndex = objects(app['portDefinitions']).findIndex((p) => p['name'] === 'api');
  const rules: [string, boolean, string][] = [
    ['protocol', check['protocol'] === 'MESOS_HTTP', 'must be MESOS_HTTP (the agent probes it)'],
    ['path', check['path'] === '/health', 'must be /health (process liveness, never ring health)'],
    [
      'portIndex',
      check['portIndex'] === apiIndex,
      `must point at the "api" port (index ${apiIndex})`,
    ],
    [
      'maxConsecutiveFailures',
      typeof check['maxConsecutiveFailures'] === 'number' && check['maxConsecutiveFailures'] >= 1,
      'must be at least 1: for Mesos-level checks 0 kills on the first failure',
    ],
    [
      'gracePeriodSeconds',
      typeof check['gracePeriodSeconds'] === 'number' && check['gracePeriodSeconds'] >= 30,
      'must give the scheduler at least 30 s to start',
    ],
  ];
  return rules
    .filter(([, ok]) => !ok)
    .map(([field, , reason]) => ({ key: `healthChecks[0].${field}`, reason }));
}

function checkLifecycle(app: Json): AppProblem[] {
  const problems: AppProblem[] = [];
  const unreachable = app['unreachableStrategy'];
  if (!isObject(unreachable)) {
    problems.push({
      key: 'unreachableStrategy',
      reason: 'must be explicit: its default changed between Marathon releases',
    });
  } else if (
    Number(unreachable['inactiveAfterSeconds']) > Number(unreachable['expungeAfterSeconds'])
  ) {
    problems.push({
      key: 'unreachableStrategy',
      reason: 'inactiveAfterSeconds must not exceed expungeAfterSeconds',
    });
  }
  if (typeof app['taskKillGracePeriodSeconds'] !== 'number') {
    problems.push({
      key: 'taskKillGracePeriodSeconds',
      reason: 'must be set: time to stop cleanly after SIGTERM',
    });
  }
  return problems;
}

function checkEnv(app: Json, knownEnv: ReadonlySet<string>): AppProblem[] {
  const env = isObject(app['env']) ? app['env'] : {};
  const problems: AppProblem[] = [];
  for (const [name, value] of Object.entries(env)) {
    if (typeof value !== 'string') {
      problems.push({
        key: `env.${name}`,
        reason: `must be a string, got ${JSON.stringify(value)}`,
      });
    } else if (!knownEnv.has(name)) {
      problems.push({
        key: `env.${name}`,
        reason: 'the scheduler reads no such variable (a typo?)',
      });
    }
  }
  return problems;
}
