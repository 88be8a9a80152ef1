import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { scalarTotal } from './common/resources.js';
import { MESOS_TIMINGS } from './common/timings.js';
import { parseClusterConfig } from './config.js';

const example = JSON.parse(
  readFileSync(
    fileURLToPath(new URL('../../../config/cluster.example.json', import.meta.url)),
    'utf8',
  ),
) as unknown;

void test('the example config: master on 5050, three agents on 127.0.2.1-3 in racks r1-r3 with the recorded resources', () => {
  const got = parseClusterConfig(example);
  assert.ok(got.ok);
  assert.deepEqual(got.config.master, { host: '127.0.0.1', port: 5050 });
  assert.deepEqual(
    got.config.agents.map((a) => [a.ip, a.port, a.attributes[0]?.text?.value]),
    [
      ['127.0.2.1', 5051, 'r1'],
      ['127.0.2.2', 5051, 'r2'],
      ['127.0.2.3', 5051, 'r3'],
    ],
  );
  assert.equal(scalarTotal(got.config.agents[0]?.resources ?? [], 'mem'), 4096);
  assert.deepEqual(got.config.timings, MESOS_TIMINGS);
});

void test('AGENTS=N beyond the list adds agents on the next addresses, racks in turn', () => {
  const got = parseClusterConfig(example, 5);
  assert.ok(got.ok);
  assert.deepEqual(got.config.agents.map((a) => [a.ip, a.attributes[0]?.text?.value]).slice(3), [
    ['127.0.2.4', 'r1'],
    ['127.0.2.5', 'r2'],
  ]);
  const one = parseClusterConfig(example, 1);
  assert.equal(one.ok && one.config.agents.length, 1);
});

void test('bad resources, unknown timings and a non-object are reported, not half-applied', () => {
  const bad = parseClusterConfig({
    agents: { list: [{ resources: 'cpus:many' }] },
    timings: { heartbeatMs: 1 },
  });
  assert.equal(bad.ok, false);
  assert.equal(bad.errors.length, 2);
  assert.equal(parseClusterConfig([]).ok, false);
});

void test('timings in the file override Mesos defaults', () => {
  const got = parseClusterConfig({ timings: { heartbeatIntervalMs: 1000 } });
  assert.ok(got.ok);
  assert.equal(got.config.timings.heartbeatIntervalMs, 1000);
  assert.equal(got.config.timings.agentPingIntervalMs, 15_000);
});
