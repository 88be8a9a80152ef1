// Builds cmf.v1.NodeConfig values for tests, passed through the wire (encode, decode) so absent
// fields look exactly as the executor sees them in TaskInfo.data.
import { cmf } from '@cmf/proto/executor';

export function nodeConfigBytes(fields: cmf.v1.NodeConfig.$Properties = {}): Uint8Array {
  const base: cmf.v1.NodeConfig.$Properties = {
    cluster_name: 'cmf-test',
    node_id: 'node-0',
    config_version: 'v1',
    seeds: ['127.0.4.1'],
    listen_address: '127.0.4.1',
    dc: 'dc1',
    rack: 'rack1',
    num_tokens: 1,
    initial_token: '0',
    heap_mb: 512,
    data_dir: 'volume',
    distribution_dir: 'apache-cassandra-5.0.9',
  };
  return cmf.v1.NodeConfig.encode(new cmf.v1.NodeConfig({ ...base, ...fields })).finish();
}

export function nodeConfig(fields: cmf.v1.NodeConfig.$Properties = {}): cmf.v1.NodeConfig {
  return cmf.v1.NodeConfig.decode(nodeConfigBytes(fields));
}
