import assert from 'node:assert/strict';
import { test } from 'node:test';
import { executorCommandLine, ringAgents, schedulerSettings } from './settings.js';

void test('the executor command quotes paths for /bin/sh and passes node flags as they are', () => {
  assert.equal(
    executorCommandLine('/opt/node 20/bin/node', ['--lite-mode'], "/repo/it's/main.js"),
    `exec '/opt/node 20/bin/node' --lite-mode '/repo/it'\\''s/main.js'`,
  );
});

void test('settings point the executor at the distribution and Jolokia agent of the tarball', () => {
  const doc = schedulerSettings({
    ringName: 'r',
    nodeCount: 3,
    heapMb: 512,
    memMb: 1024,
    cpus: 0.5,
    diskMb: 2048,
    cassandraTarball: '/deps/apache-cassandra-5.0.9-bin.tar.gz',
    executorCommand: 'exec node main.js',
    fastStart: true,
  });
  assert.deepEqual(doc['cassandra'], {
    heapMb: 512,
    distributionDir: 'apache-cassandra-5.0.9',
    jolokiaAgentPath: 'apache-cassandra-5.0.9/agents/jolokia-agent.jar',
  });
  assert.deepEqual(doc['executor'], {
    command: 'exec node main.js',
    uris: ['/deps/apache-cassandra-5.0.9-bin.tar.gz'],
    environment: { CMF_CASSANDRA_FAST_START: '1' },
  });
});

void test('agents get their own address, a rack in turn, and the static Cassandra ports', () => {
  const agents = ringAgents(4, '127.0.2', 0);
  assert.deepEqual(
    agents.map((a) => [a.ip, a.attributes[0]?.text?.value]),
    [
      ['127.0.2.1', 'r1'],
      ['127.0.2.2', 'r2'],
      ['127.0.2.3', 'r3'],
      ['127.0.2.4', 'r1'],
    ],
  );
  const ports = agents[0]?.resources.find((r) => r.name === 'ports')?.ranges?.range ?? [];
  const offered = (port: number): boolean => ports.some((r) => r.begin <= port && port <= r.end);
  for (const port of [7000, 7199, 8778, 9042]) assert.ok(offered(port), `port ${port} offered`);
});
