import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readMarathonEnv } from './env.js';

// As a Marathon 1.x task sees it (task-environment-vars), plus the Mesos executor's variables.
const launched = {
  MARATHON_APP_ID: '/cassandra-mesos/cassandra',
  MARATHON_APP_VERSION: '2024-05-01T12:00:00.000Z',
  MESOS_TASK_ID: 'cassandra-mesos_cassandra.6f1c2d3e-0b1a-11ef-9a3b-0242ac110002',
  HOST: 'agent-7.example.com',
  PORT0: '31842',
  PORT: '31842',
  PORTS: '31842',
  PORT_API: '31842',
  MESOS_SANDBOX: '/var/lib/mesos/slaves/S1/frameworks/F0/executors/E/runs/R',
  CASSANDRA_NODE_COUNT: '3',
  REPAIR_SCHEDULE: '',
};

function without(env: Record<string, string>, ...names: string[]): Record<string, string> {
  return Object.fromEntries(Object.entries(env).filter(([k]) => !names.includes(k)));
}

void test('outside Marathon the environment passes through untouched', () => {
  const read = readMarathonEnv({ API_PORT: '8080', UNSET: undefined });
  assert.deepEqual(read, { ok: true, task: null, env: { API_PORT: '8080' } });
});

void test('under Marathon: the assigned api port, host, sandbox and app id', () => {
  const read = readMarathonEnv(launched);
  assert.ok(read.ok);
  assert.deepEqual(read.task, {
    appId: '/cassandra-mesos/cassandra',
    appVersion: '2024-05-01T12:00:00.000Z',
    taskId: 'cassandra-mesos_cassandra.6f1c2d3e-0b1a-11ef-9a3b-0242ac110002',
    host: 'agent-7.example.com',
    advertisedHost: 'agent-7.example.com',
    apiPort: 31842,
    sandbox: '/var/lib/mesos/slaves/S1/frameworks/F0/executors/E/runs/R',
  });
});

void test('under Marathon the api binds every interface on the assigned port, ring named after the app', () => {
  const read = readMarathonEnv(launched);
  assert.ok(read.ok);
  assert.equal(read.env['API_PORT'], '31842');
  assert.equal(read.env['API_HOST'], '0.0.0.0');
  assert.equal(
    read.env['API_ADVERTISED_HOST'],
    'agent-7.example.com',
    'named by the agent, not 0.0.0.0',
  );
  assert.equal(read.env['RING_NAME'], 'cassandra');
  assert.equal(read.env['CASSANDRA_NODE_COUNT'], '3', 'own variables kept');
  assert.equal(read.env['REPAIR_SCHEDULE'], '', 'an empty variable is kept: it can mean "off"');
});

void test('explicit variables win over what the launch implies', () => {
  const read = readMarathonEnv({ ...launched, RING_NAME: 'east', API_HOST: '10.0.0.7' });
  assert.ok(read.ok);
  assert.equal(read.env['RING_NAME'], 'east');
  assert.equal(read.env['API_HOST'], '10.0.0.7');
});

void test('without a named port, PORT0 is the api port', () => {
  const read = readMarathonEnv(without(launched, 'PORT_API'));
  assert.ok(read.ok);
  assert.equal(read.task?.apiPort, 31842);
});

void test('LIBPROCESS_IP, when the agent sets it, is the advertised address', () => {
  const read = readMarathonEnv({ ...launched, LIBPROCESS_IP: '10.0.3.17' });
  assert.ok(read.ok);
  assert.equal(read.task?.advertisedHost, '10.0.3.17');
  assert.equal(read.env['API_ADVERTISED_HOST'], '10.0.3.17');
});

void test("Marathon's --env_vars_prefix is honoured when declared", () => {
  const read = readMarathonEnv({
    ...without(launched, 'PORT_API', 'PORT0', 'PORT', 'HOST'),
    MARATHON_ENV_PREFIX: 'MRT_',
    MRT_PORT_API: '31001',
    MRT_HOST: 'agent-2',
  });
  assert.ok(read.ok);
  assert.deepEqual([read.task?.apiPort, read.task?.host], [31001, 'agent-2']);
});

const bad: { name: string; env: Record<string, string>; key: string; reason: RegExp }[] = [
  {
    name: 'no port at all (the app lacks portDefinitions)',
    env: { MARATHON_APP_ID: '/c/r', HOST: 'a' },
    key: 'PORT_API',
    reason: /needs portDefinitions/,
  },
  {
    name: 'a port that is not a number',
    env: { MARATHON_APP_ID: '/c/r', HOST: 'a', PORT_API: 'http' },
    key: 'PORT_API',
    reason: /expected a port 1-65535, got "http"/,
  },
  {
    name: 'a port out of range',
    env: { MARATHON_APP_ID: '/c/r', HOST: 'a', PORT0: '70000' },
    key: 'PORT0',
    reason: /expected a port/,
  },
  {
    name: 'no HOST',
    env: { MARATHON_APP_ID: '/c/r', PORT_API: '31000' },
    key: 'HOST',
    reason: /missing; Marathon sets it/,
  },
  {
    name: 'an API_PORT that disagrees with the assigned port',
    env: { MARATHON_APP_ID: '/c/r', HOST: 'a', PORT_API: '31000', API_PORT: '8080' },
    key: 'API_PORT',
    reason: /8080 conflicts with the port Marathon assigned \(31000\)/,
  },
];

for (const c of bad) {
  void test(`readMarathonEnv refuses ${c.name}, naming ${c.key}`, () => {
    const read = readMarathonEnv(c.env);
    assert.equal(read.ok, false);
    assert.deepEqual(
      read.problems.map((p) => p.key),
      [c.key],
    );
    assert.match(read.problems[0]?.reason ?? '', c.reason);
  });
}
