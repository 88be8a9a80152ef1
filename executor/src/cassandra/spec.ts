// The typed description of one Cassandra node and of where its files live: the data that
// cassandra.yaml, cassandra-rackdc.properties and the java command line are rendered from.

/** Ports a node binds on its own address; every node uses the same numbers on its own IP. */
export interface CassandraPorts {
  readonly storage: number;
  readonly native: number;
  readonly jmx: number;
  readonly jolokia: number;
}

export const STANDARD_PORTS: CassandraPorts = {
  storage: 7000,
  native: 9042,
  jmx: 7199,
  jolokia: 8778,
};

/**
 * `standard` keeps Cassandra's own sizing; `small` shrinks thread pools, memtables and caches so
 * several nodes fit on a small test machine (the keys in-JVM dtests and ccm users shrink).
 */
export type Footprint = 'standard' | 'small';

export interface CassandraNodeSpec {
  readonly clusterName: string;
  /** listen, rpc and broadcast address; JMX and Jolokia bind here too. */
  readonly address: string;
  /** Seed addresses; the storage port is appended when rendering. */
  readonly seeds: readonly string[];
  readonly ports: CassandraPorts;
  /** Absolute; data, commitlog, saved_caches and hints directories live below it. */
  readonly dataRoot: string;
  readonly dc: string;
  readonly rack: string;
  /** Fixed for the node's whole life: Cassandra refuses a restart with a different count. */
  readonly numTokens: number;
  readonly initialToken?: string;
  readonly autoBootstrap?: boolean;
  readonly footprint: Footprint;
  /** Top-level cassandra.yaml keys that replace the rendered ones; `null` removes a key. */
  readonly yamlOverrides?: Readonly<Record<string, unknown>>;
}

export interface DataDirectories {
  readonly data: string;
  readonly commitlog: string;
  readonly savedCaches: string;
  readonly hints: string;
}

export function dataDirectories(dataRoot: string): DataDirectories {
  return {
    data: `${dataRoot}/data`,
    commitlog: `${dataRoot}/commitlog`,
    savedCaches: `${dataRoot}/saved_caches`,
    hints: `${dataRoot}/hints`,
  };
}

/** Per-run files of a node (outside the data volume): rendered config, logs, native-lib scratch. */
export interface RunDirectories {
  readonly confDir: string;
  readonly logDir: string;
  readonly tmpDir: string;
}

export function runDirectories(workDir: string): RunDirectories {
  return { confDir: `${workDir}/conf`, logDir: `${workDir}/logs`, tmpDir: `${workDir}/tmp` };
}

/** A `file://` URL for an absolute path, as -Dcassandra.config and friends require. */
export function fileUrl(absolutePath: string): string {
  return `file://${encodeURI(absolutePath)}`;
}
