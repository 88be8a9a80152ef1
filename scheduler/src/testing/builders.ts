// Builders for tests: a ring spec, offers shaped like a real master's (refined or legacy
// reservations), node records and health reports, each with defaults a test overrides by name.
import type { ClusterSpec } from '../domain/cluster.js';
import type { NodeHealthView } from '../domain/health.js';
import { LABEL_NODE, LABEL_RING } from '../domain/ids.js';
import { newNodeRecord, type NodeRecord } from '../domain/node.js';
import type { OfferView } from '../domain/offers.js';
import {
  rangesResource,
  scalarResource,
  type Range,
  type ReservationFormat,
} from '../domain/resources.js';
import { epochMs } from '../domain/time.js';
import { VOLUME_RW, type Resource } from '../domain/wire.js';
import type { ExecutorSpec, FrameworkIdentity } from '../domain/accept.js';

export const T0 = epochMs(1_700_000_000_000);

export function spec(overrides: Partial<ClusterSpec> = {}): ClusterSpec {
  return {
    ringName: 'ring1',
    clusterName: 'ring1',
    nodeCount: 3,
    seedCount: 3,
    dc: 'dc1',
    defaultRack: 'rack1',
    node: { cpus: 1, memMb: 2048, diskMb: 4096 },
    executor: { cpus: 0.1, memMb: 128 },
    ports: { storage: 7000, native: 9042, jmx: 7199, jolokia: 8778 },
    numTokens: 16,
    heapMb: 512,
    newGenMb: 128,
    extraJvmOpts: [],
    yamlOverrides: {},
    configVersion: 'v1',
    ...overrides,
  };
}

export const FRAMEWORK: FrameworkIdentity = {
  role: 'cassandra',
  principal: 'cassandra-principal',
  reservationFormat: 'refined',
};

/** What the scheduler subscribes as in tests. */
export const FRAMEWORK_SETTINGS = {
  user: 'root',
  name: 'cassandra-ring1',
  role: 'cassandra',
  principal: 'cassandra-principal',
  failoverTimeoutSeconds: 604_800,
} as const;

export const EXECUTOR: ExecutorSpec = {
  command: 'exec node executor/dist/main.js',
  uris: [{ value: 'file:///opt/cmf/executor.tar.gz', extract: true, executable: false }],
  environment: { LOG_LEVEL: 'info' },
  distributionDir: 'apache-cassandra',
  jolokiaAgentPath: 'jolokia-agent.jar',
  healthIntervalMs: 5000,
  drainTimeoutMs: 30_000,
};

export interface OfferOptions {
  readonly offerId?: string | undefined;
  readonly agentId?: string | undefined;
  readonly address?: string | undefined;
  readonly rack?: string | null | undefined;
  readonly cpus?: number | undefined;
  readonly memMb?: number | undefined;
  readonly diskMb?: number | undefined;
  readonly ports?: readonly Range[] | undefined;
  readonly role?: string | null | undefined;
  readonly extra?: readonly Resource[] | undefined;
}

const DEFAULT_PORTS: readonly Range[] = [
  [7000, 7001],
  [7199, 7199],
  [8778, 8778],
  [9042, 9042],
  [31000, 32000],
];

function offerResources(options: OfferOptions, allocationRole: string | null): Resource[] {
  const opts = { allocationRole };
  return [
    scalarResource('cpus', options.cpus ?? 4, opts),
    scalarResource('mem', options.memMb ?? 8192, opts),
    scalarResource('disk', options.diskMb ?? 20_000, opts),
    rangesResource('ports', options.ports ?? DEFAULT_PORTS, opts),
    ...(options.extra ?? []),
  ];
}

/** An unreserved offer, allocated to role cassandra, like a fresh agent's first offer. */
export function offer(options: OfferOptions = {}): OfferView {
  const agentId = options.agentId ?? 'agent-1';
  const role = options.role === undefined ? 'cassandra' : options.role;
  const rack = options.rack === undefined ? 'r1' : options.rack;
  const digits = agentId.replace(/\D/g, '');
  return {
    offerId: options.offerId ?? `offer-${agentId}`,
    agentId,
    hostname: `host-${agentId}`,
    address: options.address ?? `10.0.0.${digits === '' ? '1' : digits}`,
    allocationRole: role,
    resources: offerResources(options, role),
    attributes: rack === null ? {} : { rack },
  };
}

/** The resources a node's reservation comes back as in later offers, volume included. */
export function reservedFor(
  nodeId: string,
  persistenceId: string,
  format: ReservationFormat = 'refined',
  sizes = { cpus: 1.1, memMb: 2176, diskMb: 4096 },
): Resource[] {
  const reservation = {
    role: 'cassandra',
    principal: 'cassandra-principal',
    labels: { [LABEL_RING]: 'ring1', [LABEL_NODE]: nodeId },
    format,
  };
  const opts = { reservation, allocationRole: 'cassandra' };
  const disk = scalarResource('disk', sizes.diskMb, opts);
  return [
    scalarResource('cpus', sizes.cpus, opts),
    scalarResource('mem', sizes.memMb, opts),
    rangesResource(
      'ports',
      [
        [7000, 7000],
        [7199, 7199],
        [8778, 8778],
        [9042, 9042],
      ],
      opts,
    ),
    {
      ...disk,
      disk: {
        persistence: { id: persistenceId, principal: 'cassandra-principal' },
        volume: { container_path: 'data', mode: VOLUME_RW },
      },
    },
  ];
}

export function node(index: number, overrides: Partial<NodeRecord> = {}): NodeRecord {
  return { ...newNodeRecord(`node-${index}`, index, index < 3, T0), ...overrides };
}

export function health(overrides: Partial<NodeHealthView> = {}): NodeHealthView {
  return {
    probedAtMs: T0,
    problem: '',
    operationMode: 'NORMAL',
    nativeTransportRunning: true,
    gossipRunning: true,
    liveNodes: [],
    unreachableNodes: [],
    joiningNodes: [],
    loadBytes: 0,
    ...overrides,
  };
}
