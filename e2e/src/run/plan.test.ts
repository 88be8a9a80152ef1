import assert from 'node:assert/strict';
import { test } from 'node:test';
import { passThrough, planRun } from './plan.js';

void test('with nothing set: local ZooKeeper, a local cluster of 3 agents, the API on 8080', () => {
  assert.deepEqual(planRun({ PATH: '/bin' }, '/repo/.run/ring'), {
    ok: true,
    plan: {
      runDir: '/repo/.run/ring',
      zookeeper: { kind: 'local', preferredPort: 2181 },
      mesos: { kind: 'local', masterPort: 5050, agents: 3 },
      api: { host: '127.0.0.1', port: 8080 },
      passThrough: {},
    },
  });
});

void test('MESOS_MASTER and ZK_CONNECT name running services: nothing of theirs is started', () => {
  const outcome = planRun(
    { MESOS_MASTER: 'm1.example.com:5050', ZK_CONNECT: 'z1:2181,z2:2181', API_PORT: '9090' },
    '/r',
  );
  assert.ok(outcome.ok);
  assert.deepEqual(outcome.plan.mesos, { kind: 'given', master: 'm1.example.com:5050' });
  assert.deepEqual(outcome.plan.zookeeper, { kind: 'given', connect: 'z1:2181,z2:2181' });
  assert.deepEqual(outcome.plan.api, { host: '127.0.0.1', port: 9090 });
});

void test('only what is missing is started: a given master with a local ZooKeeper', () => {
  const outcome = planRun({ MESOS_MASTER: '10.0.0.5:5050' }, '/r');
  assert.ok(outcome.ok);
  assert.equal(outcome.plan.zookeeper.kind, 'local');
  assert.equal(outcome.plan.mesos.kind, 'given');
});

void test('a bigger ring gets an agent per node', () => {
  const outcome = planRun({ CASSANDRA_NODE_COUNT: '5', MASTER_PORT: '15050' }, '/r');
  assert.ok(outcome.ok);
  assert.deepEqual(outcome.plan.mesos, { kind: 'local', masterPort: 15050, agents: 5 });
});

void test('every bad value is named with its variable, all at once', () => {
  assert.deepEqual(
    planRun(
      {
        API_PORT: 'http',
        MESOS_MASTER: 'http://m:5050',
        ZK_CONNECT: 'z',
        CASSANDRA_NODE_COUNT: '0',
      },
      '/r',
    ),
    {
      ok: false,
      errors: [
        'MESOS_MASTER: expected host:port, got "http://m:5050"',
        'ZK_CONNECT: expected host:port[,host:port...], got "z"',
        'API_PORT: expected a port number (1-65535), got "http"',
      ],
    },
  );
  assert.deepEqual(planRun({ CASSANDRA_NODE_COUNT: 'x' }, '/r'), {
    ok: false,
    errors: ['CASSANDRA_NODE_COUNT: expected a whole number of nodes (1-250), got "x"'],
  });
});

void test('the user’s scheduler variables go through (API_TOKEN among them); make run’s own do not', () => {
  assert.deepEqual(
    passThrough({
      API_TOKEN: 's3cret',
      CASSANDRA_HEAP_MB: '768',
      REPAIR_SCHEDULE: '',
      RING_NAME: 'demo',
      API_PORT: '9090',
      ZK_CONNECT: 'z:1',
      MESOS_MASTER: 'm:1',
      HOME: '/root',
      MESOS_SANDBOX: '/x',
    }),
    { API_TOKEN: 's3cret', CASSANDRA_HEAP_MB: '768', REPAIR_SCHEDULE: '', RING_NAME: 'demo' },
  );
});
