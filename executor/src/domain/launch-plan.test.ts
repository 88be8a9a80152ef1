import assert from 'node:assert/strict';
import { test } from 'node:test';
import { nodeConfig } from '../testing/node-config.js';
import { planLaunch, type PlanningInputs } from './launch-plan.js';

const SANDBOX = '/var/lib/mesos/sandbox/run-1';

function plan(fields: Parameters<typeof nodeConfig>[0], more: Partial<PlanningInputs> = {}) {
  return planLaunch({
    config: nodeConfig(fields),
    sandbox: SANDBOX,
    taskMemMb: 2048,
    footprint: 'small',
    ...more,
  });
}

void test('a complete config gives the node its settings, with every path inside the sandbox', () => {
  const planned = plan({
    seeds: ['127.0.4.1', '127.0.4.2'],
    yaml_overrides: { concurrent_reads: '8', hints: '[a, b]' },
    extra_jvm_opts: ['-Dcassandra.ring_delay_ms=5000'],
    new_gen_mb: 128,
  });
  assert.ok(planned.ok, JSON.stringify(planned));
  assert.deepEqual(planned.plan, {
    nodeId: 'node-0',
    configVersion: 'v1',
    node: {
      clusterName: 'cmf-test',
      address: '127.0.4.1',
      seeds: ['127.0.4.1', '127.0.4.2'],
      ports: { storage: 7000, native: 9042, jmx: 7199, jolokia: 8778 },
      dataRoot: `${SANDBOX}/volume`,
      dc: 'dc1',
      rack: 'rack1',
      numTokens: 1,
      initialToken: '0',
      footprint: 'small',
      yamlOverrides: { concurrent_reads: 8, hints: ['a', 'b'] },
    },
    distributionHome: `${SANDBOX}/apache-cassandra-5.0.9`,
    workDir: `${SANDBOX}/cassandra`,
    heapMb: 512,
    extraJvmOptions: ['-Xmn128M', '-Dcassandra.ring_delay_ms=5000'],
    healthIntervalMs: 10_000,
    drainTimeoutMs: 60_000,
  });
});

void test('ports, intervals, the Jolokia jar and a replaced address pass through when set', () => {
  const planned = plan({
    ports: { storage: 7001, native: 9043, jmx: 7200, jolokia: 8779 },
    health_interval_ms: 2_000,
    drain_timeout_ms: 5_000,
    jolokia_agent_path: './agents/jolokia.jar',
    replace_address: '127.0.4.3',
  });
  assert.ok(planned.ok);
  assert.deepEqual(planned.plan.node.ports, {
    storage: 7001,
    native: 9043,
    jmx: 7200,
    jolokia: 8779,
  });
  assert.equal(planned.plan.healthIntervalMs, 2_000);
  assert.equal(planned.plan.drainTimeoutMs, 5_000);
  assert.equal(planned.plan.jolokiaAgentPath, `${SANDBOX}/agents/jolokia.jar`);
  assert.equal(planned.plan.replaceAddress, '127.0.4.3');
});

void test('heap 0 is sized from the task memory the way cassandra-env.sh does', () => {
  const sizes: [number, number][] = [
    [1024, 512],
    [2048, 1024],
    [8192, 2048],
    [65536, 8192],
  ];
  for (const [mem, heap] of sizes) {
    const planned = plan({ heap_mb: 0 }, { taskMemMb: mem });
    assert.ok(planned.ok);
    assert.equal(planned.plan.heapMb, heap, `mem ${mem}`);
  }
});

void test('a snitch other than GossipingPropertyFileSnitch becomes an endpoint_snitch override', () => {
  const planned = plan({ snitch: 'SimpleSnitch' });
  assert.ok(planned.ok);
  assert.deepEqual(planned.plan.node.yamlOverrides, { endpoint_snitch: 'SimpleSnitch' });
  const standard = plan({ snitch: 'GossipingPropertyFileSnitch' });
  assert.ok(standard.ok);
  assert.equal(standard.plan.node.yamlOverrides, undefined);
});

const broken: readonly {
  name: string;
  fields: Parameters<typeof nodeConfig>[0];
  mem?: number;
  field: string;
  says: RegExp;
}[] = [
  {
    name: 'no cluster name',
    fields: { cluster_name: '' },
    field: 'cluster_name',
    says: /cluster_name is empty/,
  },
  { name: 'no node id', fields: { node_id: '' }, field: 'node_id', says: /node_id is empty/ },
  { name: 'no seeds', fields: { seeds: [] }, field: 'seeds', says: /seeds is empty/ },
  {
    name: 'a blank seed',
    fields: { seeds: ['127.0.4.1', ' '] },
    field: 'seeds[1]',
    says: /seeds\[1\] is empty/,
  },
  {
    name: 'no listen address',
    fields: { listen_address: '' },
    field: 'listen_address',
    says: /listen_address/,
  },
  { name: 'no rack', fields: { rack: '' }, field: 'rack', says: /rack is empty/ },
  {
    name: 'num_tokens unset',
    fields: { num_tokens: 0 },
    field: 'num_tokens',
    says: /never change/,
  },
  { name: 'no data dir', fields: { data_dir: '' }, field: 'data_dir', says: /data_dir is empty/ },
  {
    name: 'data dir outside the sandbox',
    fields: { data_dir: '/var/lib/cassandra' },
    field: 'data_dir',
    says: /inside the sandbox/,
  },
  {
    name: 'data dir escaping with ..',
    fields: { data_dir: 'volume/../../etc' },
    field: 'data_dir',
    says: /inside the sandbox/,
  },
  {
    name: 'distribution outside the sandbox',
    fields: { distribution_dir: '/opt/cassandra' },
    field: 'distribution_dir',
    says: /inside the sandbox/,
  },
  {
    name: 'heap 0 and no task memory',
    fields: { heap_mb: 0 },
    mem: 0,
    field: 'heap_mb',
    says: /no mem resource/,
  },
  {
    name: 'a probe every 100 ms',
    fields: { health_interval_ms: 100 },
    field: 'health_interval_ms',
    says: /at least 500/,
  },
  {
    name: 'an override that is not YAML',
    fields: { yaml_overrides: { seed_provider: '{class_name: [' } },
    field: 'yaml_overrides["seed_provider"]',
    says: /not YAML/,
  },
];

for (const c of broken) {
  void test(`refuses the launch, naming the field: ${c.name}`, () => {
    const planned = plan(c.fields, c.mem === undefined ? {} : { taskMemMb: c.mem });
    if (planned.ok) assert.fail('planned a launch from a broken config');
    assert.equal(planned.field, c.field);
    assert.match(planned.message, c.says);
  });
}
