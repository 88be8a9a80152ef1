// Builds the java command line that runs one Cassandra node straight from the distribution
// (bin/cassandra is not used). Pure: everything it needs, including the lib/ listing and the parsed
// option files, is passed in.
import { fileUrl, type CassandraNodeSpec, type RunDirectories } from './spec.js';

export const CASSANDRA_MAIN_CLASS = 'org.apache.cassandra.service.CassandraDaemon';

/** The unpacked distribution: its root and what the shell found there. */
export interface Distribution {
  readonly home: string;
  /** File names of lib/*.jar. */
  readonly libJars: readonly string[];
  /** Parsed conf/jvm-server.options followed by conf/jvm17-server.options. */
  readonly jvmOptions: readonly string[];
}

/**
 * Start-up shortcuts for test rings (system properties Cassandra reads, and JVM knobs that trade
 * peak speed for a cheaper start on few cores). Never for production rings.
 */
export interface FastStart {
  /** Gossip settle wait is at least 8 s per start; tests skip it. */
  readonly skipGossipSettle: boolean;
  /** Many waits scale with it (default 30000). A non-seed dies after 2× this without a seed. */
  readonly ringDelayMs: number;
  readonly broadcastIntervalMs: number;
  readonly availableProcessors: number;
  /** C1 only: less JIT work during start-up. */
  readonly quickJit: boolean;
  /** Cassandra's own assertions cost CPU; tests of the framework do not need them. */
  readonly disableAssertions: boolean;
}

export const FAST_TEST_START: FastStart = {
  skipGossipSettle: true,
  ringDelayMs: 5000,
  broadcastIntervalMs: 10000,
  availableProcessors: 2,
  quickJit: true,
  disableAssertions: true,
};

export interface ServerLaunch {
  readonly spec: CassandraNodeSpec;
  readonly distribution: Distribution;
  readonly run: RunDirectories;
  readonly heapMb: number;
  readonly fastStart?: FastStart;
  /** Address of the dead node this one replaces; ignored by Cassandra once bootstrap completed. */
  readonly replaceAddress?: string;
  readonly javaPath?: string;
}

export interface Command {
  readonly command: string;
  readonly args: readonly string[];
  /** Extra environment for the child, on top of the caller's. */
  readonly env: Readonly<Record<string, string>>;
}

export function buildServerCommand(launch: ServerLaunch): Command {
  const { distribution, run } = launch;
  const classpath = [run.confDir, ...libClasspath(distribution)].join(':');
  return {
    command: launch.javaPath ?? 'java',
    args: [
      ...distribution.jvmOptions,
      `-Xms${launch.heapMb}M`,
      `-Xmx${launch.heapMb}M`,
      ...(launch.fastStart ? fastJvmFlags(launch.fastStart) : []),
      ...agentFlags(launch),
      ...jmxFlags(launch.spec),
      ...cassandraProperties(launch),
      ...(launch.fastStart ? fastStartProperties(launch.fastStart) : []),
      '-cp',
      classpath,
      CASSANDRA_MAIN_CLASS,
    ],
    // Cassandra's own scripts cap glibc malloc arenas; many arenas inflate RSS on many-thread JVMs.
    env: { MALLOC_ARENA_MAX: '4' },
  };
}

/** lib/*.jar as absolute paths, in a stable order. */
export function libClasspath(distribution: Distribution): string[] {
  return [...distribution.libJars].sort().map((jar) => `${distribution.home}/lib/${jar}`);
}

export function jolokiaAgentPath(home: string): string {
  return `${home}/agents/jolokia-agent.jar`;
}

function agentFlags(launch: ServerLaunch): string[] {
  const { distribution, spec } = launch;
  // jamm measures object sizes for memtable accounting; without it Cassandra falls back to guesses.
  const jamm = distribution.libJars.find((jar) => /^jamm-[\d.]+\.jar$/.test(jar));
  // A cached executor: a blocking exec (decommission) must not stall every other probe.
  const jolokiaOptions = `host=${spec.address},port=${spec.ports.jolokia},executor=cached`;
  return [
    ...(jamm === undefined ? [] : [`-javaagent:${distribution.home}/lib/${jamm}`]),
    `-javaagent:${jolokiaAgentPath(distribution.home)}=${jolokiaOptions}`,
  ];
}

/**
 * JMX through the JDK's own agent, bound to this node's address, so every node can use the same
 * port on its own IP (Cassandra's built-in JMX server binds only 127.0.0.1 or the wildcard). The
 * RMI hostname keeps the stub the registry hands out pointing at this address, not at whatever
 * the machine's hostname resolves to.
 */
function jmxFlags(spec: CassandraNodeSpec): string[] {
  const jmx = 'com.sun.management.jmxremote';
  return [
    `-D${jmx}.port=${spec.ports.jmx}`,
    `-D${jmx}.rmi.port=${spec.ports.jmx}`,
    `-D${jmx}.host=${spec.address}`,
    `-D${jmx}.authenticate=false`,
    `-D${jmx}.ssl=false`,
    `-Djava.rmi.server.hostname=${spec.address}`,
  ];
}

function cassandraProperties(launch: ServerLaunch): string[] {
  const { run, spec } = launch;
  return [
    `-Dcassandra.config=${fileUrl(`${run.confDir}/cassandra.yaml`)}`,
    `-Dcassandra-rackdc.properties=${fileUrl(`${run.confDir}/cassandra-rackdc.properties`)}`,
    `-Dlogback.configurationFile=${launch.distribution.home}/conf/logback.xml`,
    `-Dcassandra.logdir=${run.logDir}`,
    `-Dcassandra.storagedir=${spec.dataRoot}`,
    // Without it Cassandra closes stdout/stderr once started, and the supervisor loses them.
    '-Dcassandra-foreground=yes',
    // JNA, snappy, zstd and netty unpack native libraries here; /tmp may be noexec.
    `-Djava.io.tmpdir=${run.tmpDir}`,
    `-Djna.tmpdir=${run.tmpDir}`,
    ...(launch.replaceAddress === undefined
      ? []
      : [`-Dcassandra.replace_address_first_boot=${launch.replaceAddress}`]),
  ];
}

function fastJvmFlags(fast: FastStart): string[] {
  return [
    ...(fast.quickJit ? ['-XX:TieredStopAtLevel=1'] : []),
    `-XX:ParallelGCThreads=${fast.availableProcessors}`,
    '-XX:ConcGCThreads=1',
    // Later switches win: this undoes the option file's -ea.
    ...(fast.disableAssertions ? ['-da'] : []),
  ];
}

function fastStartProperties(fast: FastStart): string[] {
  return [
    ...(fast.skipGossipSettle ? ['-Dcassandra.skip_wait_for_gossip_to_settle=0'] : []),
    `-Dcassandra.ring_delay_ms=${fast.ringDelayMs}`,
    `-Dcassandra.broadcast_interval_ms=${fast.broadcastIntervalMs}`,
    `-Dcassandra.available_processors=${fast.availableProcessors}`,
  ];
}
