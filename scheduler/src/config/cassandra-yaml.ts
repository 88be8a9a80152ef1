// Which cassandra.yaml keys an operator may override. Keys the framework owns (membership,
// addresses, ports, directories, tokens) are refused with that reason; anything else not on the
// allow-list is refused too, so a typo never reaches a node as a fatal startup error.
import { stringify } from 'yaml';

/** Set by the framework from the ring's spec and the node's placement. */
const FRAMEWORK_OWNED = new Set([
  'cluster_name',
  'seed_provider',
  'listen_address',
  'listen_interface',
  'listen_on_broadcast_address',
  'broadcast_address',
  'rpc_address',
  'rpc_interface',
  'broadcast_rpc_address',
  'storage_port',
  'ssl_storage_port',
  'native_transport_port',
  'native_transport_port_ssl',
  'start_native_transport',
  'data_file_directories',
  'commitlog_directory',
  'saved_caches_directory',
  'hints_directory',
  'cdc_raw_directory',
  'local_system_data_file_directory',
  'endpoint_snitch',
  'num_tokens',
  'initial_token',
  'allocate_tokens_for_local_replication_factor',
  'auto_bootstrap',
  'partitioner',
]);

const ALLOWED = new Set([
  'concurrent_reads',
  'concurrent_writes',
  'concurrent_counter_writes',
  'concurrent_materialized_view_writes',
  'concurrent_compactors',
  'compaction_throughput',
  'stream_throughput_outbound',
  'inter_dc_stream_throughput_outbound',
  'memtable_heap_space',
  'memtable_offheap_space',
  'memtable_allocation_type',
  'memtable_flush_writers',
  'commitlog_sync',
  'commitlog_sync_period',
  'commitlog_segment_size',
  'commitlog_total_space',
  'key_cache_size',
  'row_cache_size',
  'counter_cache_size',
  'file_cache_size',
  'networking_cache_size',
  'index_summary_capacity',
  'auto_snapshot',
  'snapshot_before_compaction',
  'incremental_backups',
  'read_request_timeout',
  'write_request_timeout',
  'range_request_timeout',
  'request_timeout',
  'counter_write_request_timeout',
  'cas_contention_timeout',
  'truncate_request_timeout',
  'phi_convict_threshold',
  'hinted_handoff_enabled',
  'max_hint_window',
  'hinted_handoff_throttle',
  'max_hints_delivery_threads',
  'batch_size_warn_threshold',
  'batch_size_fail_threshold',
  'tombstone_warn_threshold',
  'tombstone_failure_threshold',
  'gc_warn_threshold',
  'gc_log_threshold',
  'column_index_size',
  'authenticator',
  'authorizer',
  'role_manager',
  'network_authorizer',
  'roles_validity',
  'permissions_validity',
  'credentials_validity',
  'disk_access_mode',
  'disk_optimization_strategy',
  'trickle_fsync',
  'native_transport_max_threads',
  'native_transport_idle_timeout',
  'materialized_views_enabled',
  'sasi_indexes_enabled',
  'user_defined_functions_enabled',
  'server_encryption_options',
  'client_encryption_options',
  'internode_compression',
  'inter_dc_tcp_nodelay',
  'cross_node_timeout',
  'ideal_consistency_level',
  'audit_logging_options',
  'full_query_logging_options',
  'default_keyspace_rf',
  'storage_compatibility_mode',
]);

export type OverrideCheck =
  | { readonly ok: true; readonly overrides: Readonly<Record<string, string>> }
  | { readonly ok: false; readonly problems: readonly { key: string; reason: string }[] };

/** Checks each key and renders each value as the YAML text NodeConfig.yaml_overrides carries. */
export function checkYamlOverrides(raw: Readonly<Record<string, unknown>>): OverrideCheck {
  const problems: { key: string; reason: string }[] = [];
  const overrides: Record<string, string> = {};
  for (const [key, value] of Object.entries(raw)) {
    if (FRAMEWORK_OWNED.has(key)) {
      problems.push({
        key,
        reason: 'owned by the framework (set from the ring spec and placement)',
      });
    } else if (!ALLOWED.has(key)) {
      problems.push({ key, reason: 'not a cassandra.yaml key this framework allows overriding' });
    } else if (value === undefined) {
      problems.push({ key, reason: 'needs a value' });
    } else {
      overrides[key] = stringify(value, { collectionStyle: 'flow' }).trimEnd();
    }
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, overrides };
}
