// Renders a node's cassandra.yaml and cassandra-rackdc.properties from its spec. Pure: returns
// strings; writing them is the caller's job.
import { parse, stringify } from 'yaml';
import { dataDirectories, type CassandraNodeSpec, type Footprint } from './spec.js';

type Settings = Record<string, unknown>;

/** The keys a small test node shrinks; everything else keeps Cassandra's defaults. */
const SMALL_FOOTPRINT: Readonly<Settings> = {
  concurrent_reads: 4,
  concurrent_writes: 4,
  concurrent_counter_writes: 4,
  concurrent_materialized_view_writes: 4,
  concurrent_compactors: 1,
  memtable_flush_writers: 1,
  memtable_heap_space: '64MiB',
  memtable_offheap_space: '64MiB',
  key_cache_size: '0MiB',
  counter_cache_size: '0MiB',
  file_cache_size: '32MiB',
  networking_cache_size: '16MiB',
  index_summary_capacity: '8MiB',
  // Snapshots before DROP/TRUNCATE only slow tests down.
  auto_snapshot: false,
};

function footprintSettings(footprint: Footprint): Readonly<Settings> {
  switch (footprint) {
    case 'standard':
      return {};
    case 'small':
      return SMALL_FOOTPRINT;
  }
}

/** SimpleSeedProvider's `seeds` parameter: address:storage port, comma-separated. */
function seedList(seeds: readonly string[], storagePort: number): string {
  return seeds.map((seed) => `${seed}:${storagePort}`).join(',');
}

function membership(spec: CassandraNodeSpec): Settings {
  const seeds = seedList(spec.seeds, spec.ports.storage);
  return {
    cluster_name: spec.clusterName,
    num_tokens: spec.numTokens,
    ...(spec.initialToken === undefined ? {} : { initial_token: spec.initialToken }),
    ...(spec.autoBootstrap === undefined ? {} : { auto_bootstrap: spec.autoBootstrap }),
    partitioner: 'org.apache.cassandra.dht.Murmur3Partitioner',
    endpoint_snitch: 'GossipingPropertyFileSnitch',
    seed_provider: [
      {
        class_name: 'org.apache.cassandra.locator.SimpleSeedProvider',
        parameters: [{ seeds }],
      },
    ],
  };
}

function addressesAndStorage(spec: CassandraNodeSpec): Settings {
  const dirs = dataDirectories(spec.dataRoot);
  return {
    listen_address: spec.address,
    rpc_address: spec.address,
    storage_port: spec.ports.storage,
    native_transport_port: spec.ports.native,
    start_native_transport: true,
    // Required: Cassandra refuses to start without a commit-log sync mode.
    commitlog_sync: 'periodic',
    commitlog_sync_period: '10000ms',
    data_file_directories: [dirs.data],
    commitlog_directory: dirs.commitlog,
    saved_caches_directory: dirs.savedCaches,
    hints_directory: dirs.hints,
  };
}

/** The settings as a plain object, overrides applied (a `null` override removes the key). */
export function cassandraSettings(spec: CassandraNodeSpec): Settings {
  const settings: Settings = {
    ...membership(spec),
    ...addressesAndStorage(spec),
    ...footprintSettings(spec.footprint),
    ...spec.yamlOverrides,
  };
  return Object.fromEntries(Object.entries(settings).filter(([, value]) => value !== null));
}

export function renderCassandraYaml(spec: CassandraNodeSpec): string {
  const header = `# Rendered for node ${spec.address} of cluster ${spec.clusterName}; do not edit.\n`;
  return header + stringify(cassandraSettings(spec), { lineWidth: 0 });
}

/** Read by GossipingPropertyFileSnitch: this node's datacenter and rack. */
export function renderRackdcProperties(spec: CassandraNodeSpec): string {
  return `dc=${spec.dc}\nrack=${spec.rack}\n`;
}

/**
 * The same cassandra.yaml text with its SimpleSeedProvider's seeds replaced; null when the text
 * has no seed provider to change (it was not rendered by us).
 */
export function withSeeds(
  yamlText: string,
  seeds: readonly string[],
  storagePort: number,
): string | null {
  const settings = parse(yamlText) as Settings | null;
  const provider = settings?.['seed_provider'];
  if (!Array.isArray(provider)) return null;
  const first = provider[0] as { parameters?: { seeds?: string }[] } | undefined;
  const parameters = first?.parameters?.[0];
  if (parameters === undefined) return null;
  parameters.seeds = seedList(seeds, storagePort);
  return stringify(settings);
}
