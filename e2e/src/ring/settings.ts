// How a ring on this machine is configured, shared by the e2e harness and `make run`: the
// scheduler's settings file (what the ring runs: node sizes, the executor and the Cassandra
// tarball it fetches) and the local agents (static Cassandra ports in their resources, a rack
// attribute each). Pure.
import { parseAttributeText, parseResourceText } from '../cluster/common/resource-text.js';
import { DEFAULT_RESOURCES, type AgentSpec } from '../cluster/config.js';
import { CASSANDRA_VERSION } from '../runtime/deps.js';

export interface RingSettings {
  readonly ringName: string;
  readonly nodeCount: number;
  readonly seedCount?: number;
  readonly heapMb: number;
  readonly memMb: number;
  readonly cpus: number;
  readonly diskMb: number;
  /** The tarball `make deps` built: agents fetch and unpack it into each sandbox. */
  readonly cassandraTarball: string;
  /** What an agent runs in the sandbox to start our executor. */
  readonly executorCommand: string;
  /** Cassandra's start-up shortcuts (test rings and `make run` only). */
  readonly fastStart: boolean;
  readonly healthIntervalMs?: number;
}

/** The distribution's folder once the tarball is unpacked in a sandbox. */
export const DISTRIBUTION_DIR = `apache-cassandra-${CASSANDRA_VERSION}`;

/** A shell command (the agent runs `/bin/sh -c`) that starts the built executor with node. */
export function executorCommandLine(
  nodePath: string,
  flags: readonly string[],
  main: string,
): string {
  const quote = (s: string): string => `'${s.replaceAll("'", `'\\''`)}'`;
  return ['exec', quote(nodePath), ...flags, quote(main)].join(' ');
}

/**
 * The scheduler's settings file, as a document (JSON is YAML, so it is written as JSON). Where the
 * master, ZooKeeper and the API are goes in the environment instead, as under Marathon.
 */
export function schedulerSettings(settings: RingSettings): Record<string, unknown> {
  return {
    ring: {
      name: settings.ringName,
      nodeCount: settings.nodeCount,
      ...(settings.seedCount === undefined ? {} : { seedCount: settings.seedCount }),
    },
    cassandra: {
      heapMb: settings.heapMb,
      distributionDir: DISTRIBUTION_DIR,
      // Relative to the sandbox: the distribution's own Jolokia agent.
      jolokiaAgentPath: `${DISTRIBUTION_DIR}/agents/jolokia-agent.jar`,
    },
    node: { cpus: settings.cpus, memMb: settings.memMb, diskMb: settings.diskMb },
    executor: {
      command: settings.executorCommand,
      uris: [settings.cassandraTarball],
      environment: settings.fastStart ? { CMF_CASSANDRA_FAST_START: '1' } : {},
      ...(settings.healthIntervalMs === undefined
        ? {}
        : { healthIntervalMs: settings.healthIntervalMs }),
    },
  };
}

function must<T>(outcome: { ok: true; value: T } | { ok: false; error: string }): T {
  if (!outcome.ok) throw new Error(outcome.error);
  return outcome.value;
}

/**
 * Agent i on `<subnet>.(i+1)` with rack r1..r3 in turn, each offering the static Cassandra ports
 * (7000, 7199, 8778, 9042) beside a range for anything else.
 */
export function ringAgents(count: number, subnet: string, port: number): AgentSpec[] {
  return Array.from({ length: count }, (_, i) => ({
    ip: `${subnet}.${i + 1}`,
    port,
    resources: must(parseResourceText(DEFAULT_RESOURCES)),
    attributes: must(parseAttributeText(`rack:r${(i % 3) + 1}`)),
  }));
}
