import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parse } from 'yaml';
import { STANDARD_PORTS, type CassandraNodeSpec } from './spec.js';
import {
  cassandraSettings,
  renderCassandraYaml,
  renderRackdcProperties,
  withSeeds,
} from './yaml.js';

const node: CassandraNodeSpec = {
  clusterName: 'ring-a',
  address: '127.0.2.2',
  seeds: ['127.0.2.1', '127.0.2.2'],
  ports: STANDARD_PORTS,
  dataRoot: '/volumes/node-2',
  dc: 'dc1',
  rack: 'rack2',
  numTokens: 1,
  initialToken: '-3074457345618258603',
  footprint: 'standard',
};

function rendered(spec: CassandraNodeSpec): Record<string, unknown> {
  return parse(renderCassandraYaml(spec)) as Record<string, unknown>;
}

void test('binds storage and CQL to the node address, with seeds as address:storage port', () => {
  const yaml = rendered(node);
  assert.equal(yaml['listen_address'], '127.0.2.2');
  assert.equal(yaml['rpc_address'], '127.0.2.2');
  assert.equal(yaml['storage_port'], 7000);
  assert.equal(yaml['native_transport_port'], 9042);
  assert.deepEqual(yaml['seed_provider'], [
    {
      class_name: 'org.apache.cassandra.locator.SimpleSeedProvider',
      parameters: [{ seeds: '127.0.2.1:7000,127.0.2.2:7000' }],
    },
  ]);
});

void test('puts every data directory under the data root', () => {
  const yaml = rendered(node);
  assert.deepEqual(yaml['data_file_directories'], ['/volumes/node-2/data']);
  assert.equal(yaml['commitlog_directory'], '/volumes/node-2/commitlog');
  assert.equal(yaml['saved_caches_directory'], '/volumes/node-2/saved_caches');
  assert.equal(yaml['hints_directory'], '/volumes/node-2/hints');
});

void test('has the keys Cassandra refuses to start without', () => {
  const yaml = rendered(node);
  assert.equal(yaml['cluster_name'], 'ring-a');
  assert.equal(yaml['partitioner'], 'org.apache.cassandra.dht.Murmur3Partitioner');
  assert.equal(yaml['endpoint_snitch'], 'GossipingPropertyFileSnitch');
  assert.equal(yaml['commitlog_sync'], 'periodic');
  assert.equal(yaml['commitlog_sync_period'], '10000ms');
});

void test('keeps a 64-bit initial token a string, exactly', () => {
  assert.equal(rendered(node)['initial_token'], '-3074457345618258603');
  const { initialToken, ...vnodes } = node;
  assert.equal(initialToken, '-3074457345618258603');
  assert.equal('initial_token' in rendered({ ...vnodes, numTokens: 16 }), false);
});

void test('writes auto_bootstrap only when the spec decides it', () => {
  assert.equal('auto_bootstrap' in cassandraSettings(node), false);
  assert.equal(cassandraSettings({ ...node, autoBootstrap: false })['auto_bootstrap'], false);
});

void test('a small footprint shrinks pools, memtables and caches; standard keeps defaults', () => {
  const small = cassandraSettings({ ...node, footprint: 'small' });
  assert.equal(small['concurrent_reads'], 4);
  assert.equal(small['concurrent_compactors'], 1);
  assert.equal(small['memtable_heap_space'], '64MiB');
  assert.equal(small['key_cache_size'], '0MiB');
  assert.equal(small['auto_snapshot'], false);
  const standard = cassandraSettings(node);
  assert.equal('concurrent_reads' in standard, false);
  assert.equal('key_cache_size' in standard, false);
});

void test('overrides replace rendered keys and null removes one', () => {
  const settings = cassandraSettings({
    ...node,
    footprint: 'small',
    yamlOverrides: { concurrent_reads: 8, auto_snapshot: null, phi_convict_threshold: 12 },
  });
  assert.equal(settings['concurrent_reads'], 8);
  assert.equal('auto_snapshot' in settings, false);
  assert.equal(settings['phi_convict_threshold'], 12);
});

void test('the rack file names the datacenter and rack', () => {
  assert.equal(renderRackdcProperties(node), 'dc=dc1\nrack=rack2\n');
});

void test('withSeeds replaces only the seed list of a rendered cassandra.yaml', () => {
  const before = renderCassandraYaml(node);
  const after = withSeeds(before, ['127.0.2.1', '127.0.2.5'], 7000);
  assert.ok(after !== null);
  const yaml = parse(after) as Record<string, unknown>;
  assert.deepEqual(yaml['seed_provider'], [
    {
      class_name: 'org.apache.cassandra.locator.SimpleSeedProvider',
      parameters: [{ seeds: '127.0.2.1:7000,127.0.2.5:7000' }],
    },
  ]);
  assert.deepEqual({ ...yaml, seed_provider: null }, { ...rendered(node), seed_provider: null });
  assert.equal(withSeeds('cluster_name: x\n', ['127.0.2.1'], 7000), null);
});
