// config/marathon*.json against Marathon's own AppDefinition schema (config/marathon/schema), the
// rules Marathon checks in code, and our scheduler's own parsers: a file that passes here is an
// app Marathon accepts and a configuration the scheduler starts with.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import AjvDraft04 from 'ajv-draft-04';
import ajvFormats from 'ajv-formats';
import { applyEnv, ENV_KEYS } from '../config/env.js';
import { parseSchedulerConfig } from '../config/parse.js';
import { parseRepairEnv, REPAIR_ENV } from '../domain/repair/index.js';
import { checkSchedulerApp } from './app-rules.js';
import { readMarathonEnv } from './env.js';

const repo = (path: string): string => fileURLToPath(new URL(`../../../${path}`, import.meta.url));
const SCHEMA = repo('config/marathon/schema/AppDefinition.json');
const APPS = ['config/marathon.json', 'config/marathon-ring2.json'];

type App = Record<string, unknown> & { env: Record<string, unknown> };

function readJson(path: string): unknown {
  assert.ok(existsSync(path), `${path} is missing (see config/marathon/schema/README.md)`);
  return JSON.parse(readFileSync(path, 'utf8')) as unknown;
}

function loadApp(path: string): App {
  return readJson(repo(path)) as App;
}

const validate = (() => {
  // The schema declares "$schema": "http://json-schema.org/schema#", which Ajv does not know; the
  // file stays unchanged and the key is dropped from the loaded copy. It is draft-04 in substance.
  const schema = { ...(readJson(SCHEMA) as Record<string, unknown>) };
  delete schema['$schema'];
  const ajv = new AjvDraft04.default({ strict: false, allErrors: true });
  ajvFormats.default(ajv);
  return ajv.compile(schema);
})();

function schemaErrors(app: unknown): string[] {
  if (validate(app)) return [];
  return (validate.errors ?? []).map((e) => `${e.instancePath || '(root)'} ${e.message ?? ''}`);
}

const KNOWN_ENV = new Set([...Object.keys(ENV_KEYS), ...Object.values(REPAIR_ENV)]);

/** The environment the scheduler task sees when Marathon launches `app`. */
function launchedEnv(app: App): Record<string, string | undefined> {
  return {
    ...(app.env as Record<string, string>),
    MARATHON_APP_ID: String(app['id']),
    HOST: 'agent-1.example.com',
    PORT0: '31500',
    PORT_API: '31500',
    MESOS_SANDBOX: '/var/lib/mesos/sandbox',
  };
}

for (const path of APPS) {
  void test(`${path} is valid against Marathon's AppDefinition schema`, () => {
    assert.deepEqual(schemaErrors(loadApp(path)), []);
  });

  void test(`${path} keeps the rules Marathon enforces in code, and ours`, () => {
    assert.deepEqual(checkSchedulerApp(loadApp(path), KNOWN_ENV), []);
  });

  void test(`${path}: its env is a configuration the scheduler starts with`, () => {
    const launched = readMarathonEnv(launchedEnv(loadApp(path)));
    assert.ok(launched.ok, JSON.stringify(launched));
    const { raw, sources } = applyEnv({}, launched.env);
    const config = parseSchedulerConfig(raw, sources);
    assert.ok(config.ok, JSON.stringify(config));
    assert.equal(config.config.api.port, 31500, 'the api listens on the port Marathon assigned');
    assert.equal(config.config.api.host, '0.0.0.0');
    const repair = parseRepairEnv({}, launched.env);
    assert.ok(repair.ok, JSON.stringify(repair));
  });

  void test(`${path}: the ring name is the app id's last segment`, () => {
    const app = loadApp(path);
    assert.equal(String(app['id']).split('/').pop(), app.env['RING_NAME']);
  });
}

void test('the two rings share no identity or state', () => {
  const [one, two] = APPS.map(loadApp);
  for (const key of ['RING_NAME', 'ZK_ROOT', 'FRAMEWORK_NAME', 'CASSANDRA_CLUSTER_NAME']) {
    assert.notEqual(one?.env[key], two?.env[key], key);
  }
  assert.notEqual(one?.['id'], two?.['id']);
});

/** A copy of config/marathon.json with one change. */
function mutated(change: (app: App) => void): App {
  const app = structuredClone(loadApp('config/marathon.json'));
  change(app);
  return app;
}

const health = (a: App): Record<string, unknown> =>
  (a['healthChecks'] as Record<string, unknown>[])[0] ?? assert.fail('no health check');

const schemaRejects: { name: string; change: (app: App) => void; error: RegExp }[] = [
  {
    name: 'a numeric env value',
    change: (a) => (a.env['CASSANDRA_NODE_COUNT'] = 3),
    error: /\/env\/CASSANDRA_NODE_COUNT must be string/,
  },
  {
    name: 'a field newer Marathon knows but this schema does not (check)',
    change: (a) => (a['check'] = { http: { portIndex: 0, path: '/health' } }),
    error: /must NOT have additional properties/,
  },
  { name: 'cmd and args together', change: (a) => (a['args'] = ['x']), error: /must NOT be valid/ },
  {
    name: 'an id with capitals',
    change: (a) => (a['id'] = '/Cassandra/Ring'),
    error: /\/id must match pattern/,
  },
  { name: 'cpus as text', change: (a) => (a['cpus'] = '0.5'), error: /\/cpus must be number/ },
  {
    name: 'an unknown health check protocol',
    change: (a) => (health(a)['protocol'] = 'GRPC'),
    error: /\/healthChecks\/0\/protocol must be equal to one of the allowed values/,
  },
];

for (const c of schemaRejects) {
  void test(`the schema rejects ${c.name}`, () => {
    const errors = schemaErrors(mutated(c.change));
    assert.ok(
      errors.some((e) => c.error.test(e)),
      errors.join('\n') || 'accepted',
    );
  });
}

const rulesReject: { name: string; change: (app: App) => void; key: string }[] = [
  {
    name: 'maxConsecutiveFailures 0 on a Mesos-level check (kills on the first failure)',
    change: (a) => (health(a)['maxConsecutiveFailures'] = 0),
    key: 'healthChecks[0].maxConsecutiveFailures',
  },
  {
    name: 'a health check on ring state',
    change: (a) => (health(a)['path'] = '/v1/status'),
    key: 'healthChecks[0].path',
  },
  {
    name: 'a Marathon-level HTTP check',
    change: (a) => (health(a)['protocol'] = 'HTTP'),
    key: 'healthChecks',
  },
  {
    name: 'a health check on another port',
    change: (a) => (health(a)['portIndex'] = 1),
    key: 'healthChecks[0].portIndex',
  },
  {
    name: 'two health checks',
    change: (a) => (a['healthChecks'] = [health(a), { ...health(a), path: '/other' }]),
    key: 'healthChecks',
  },
  {
    name: 'a missing single-instance label',
    change: (a) => (a['labels'] = {}),
    key: 'labels.MARATHON_SINGLE_INSTANCE_APP',
  },
  {
    name: 'an upgrade strategy that overlaps two schedulers',
    change: (a) => (a['upgradeStrategy'] = { minimumHealthCapacity: 1, maximumOverCapacity: 1 }),
    key: 'upgradeStrategy',
  },
  { name: 'two instances', change: (a) => (a['instances'] = 2), key: 'instances' },
  {
    name: 'no unreachableStrategy',
    change: (a) => delete a['unreachableStrategy'],
    key: 'unreachableStrategy',
  },
  {
    name: 'inactiveAfterSeconds beyond expungeAfterSeconds',
    change: (a) =>
      (a['unreachableStrategy'] = { inactiveAfterSeconds: 600, expungeAfterSeconds: 60 }),
    key: 'unreachableStrategy',
  },
  {
    name: 'no kill grace period',
    change: (a) => delete a['taskKillGracePeriodSeconds'],
    key: 'taskKillGracePeriodSeconds',
  },
  {
    name: 'the api port renamed',
    change: (a) => (a['portDefinitions'] = [{ port: 0, protocol: 'tcp', name: 'http' }]),
    key: 'portDefinitions',
  },
  {
    name: 'a port name with a dash',
    change: (a) => (a['portDefinitions'] = [{ port: 0, protocol: 'tcp', name: 'api-1' }]),
    key: 'portDefinitions[0].name',
  },
  { name: 'a cmd without exec', change: (a) => (a['cmd'] = 'node main.js'), key: 'cmd' },
  {
    name: 'a misspelt variable',
    change: (a) => (a.env['CASANDRA_NODE_COUNT'] = '3'),
    key: 'env.CASANDRA_NODE_COUNT',
  },
  { name: 'a numeric env value', change: (a) => (a.env['API_TOKEN'] = 42), key: 'env.API_TOKEN' },
];

for (const c of rulesReject) {
  void test(`the app rules reject ${c.name}`, () => {
    const keys = checkSchedulerApp(mutated(c.change), KNOWN_ENV).map((p) => p.key);
    assert.ok(keys.includes(c.key), `got ${JSON.stringify(keys)}`);
  });
}

void test('a bad value in the env stops start-up with an error naming the variable', () => {
  const app = mutated((a) => {
    a.env['CASSANDRA_NODE_COUNT'] = 'three';
    a.env['REPAIR_WINDOW'] = '06:00-06:00';
  });
  const launched = readMarathonEnv(launchedEnv(app));
  assert.ok(launched.ok);
  const { raw, sources } = applyEnv({}, launched.env);
  const config = parseSchedulerConfig(raw, sources);
  assert.equal(config.ok, false);
  assert.ok(
    config.errors.some((e) => e.key.includes('CASSANDRA_NODE_COUNT')),
    JSON.stringify(config.errors),
  );
  const repair = parseRepairEnv({}, launched.env);
  assert.equal(repair.ok, false);
  assert.deepEqual(
    repair.problems.map((p) => p.key),
    ['REPAIR_WINDOW'],
  );
});
