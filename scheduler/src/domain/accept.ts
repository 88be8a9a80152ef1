// Builds the operations of the one ACCEPT that places a node: RESERVE its cpus, mem, disk and
// static ports for our role, CREATE the persistent volume on the reserved disk, and LAUNCH the task
// with our custom executor on exactly those resources. A node coming back to its data gets only the
// LAUNCH, on the reservation and volume the offer carries.
import type { ClusterSpec } from './cluster.js';
import { staticPorts } from './cluster.js';
import { executorId, LABEL_NODE, LABEL_RING, taskId, volumeId } from './ids.js';
import type { NodeRecord, Placement } from './node.js';
import type { LaunchRecord } from './node-events.js';
import { buildNodeConfig, type ExecutorSettings, type NodeConfig } from './node-config.js';
import type { OfferMode, OfferView } from './offers.js';
import {
  findVolume,
  isReservedFor,
  portsAsRanges,
  rangesResource,
  scalarResource,
  withScalar,
  type ReservationFormat,
  type ReservationSpec,
} from './resources.js';
import {
  EXECUTOR_CUSTOM,
  OPERATION_CREATE,
  OPERATION_LAUNCH,
  OPERATION_RESERVE,
  VOLUME_RW,
  type Operation,
  type Resource,
  type TaskInfo,
} from './wire.js';

export const VOLUME_PATH = 'data';

export interface FrameworkIdentity {
  readonly role: string;
  readonly principal: string;
  readonly reservationFormat: ReservationFormat;
}

export interface ExecutorSpec extends ExecutorSettings {
  /** Run through /bin/sh -c in the sandbox. */
  readonly command: string;
  readonly uris: readonly {
    readonly value: string;
    readonly extract: boolean;
    readonly executable: boolean;
  }[];
  readonly environment: Readonly<Record<string, string>>;
}

export interface LaunchInput {
  readonly spec: ClusterSpec;
  readonly framework: FrameworkIdentity;
  readonly executor: ExecutorSpec;
  readonly node: NodeRecord;
  readonly offer: OfferView;
  readonly mode: OfferMode;
  readonly rack: string;
  readonly launchId: string;
  /** Addresses of the placed seed nodes (this node's own address is handled here). */
  readonly seedAddresses: readonly string[];
  /** Serialises NodeConfig for TaskInfo.data (protobuf; injected to keep this module pure). */
  readonly encodeNodeConfig: (config: NodeConfig) => Uint8Array;
}

export interface LaunchPlan {
  readonly operations: readonly Operation[];
  readonly launch: LaunchRecord;
  readonly nodeConfig: NodeConfig;
}

interface Split {
  readonly task: Resource[];
  readonly executor: Resource[];
  readonly placement: Placement;
  readonly prelude: Operation[];
}

function reservationSpec(input: LaunchInput): ReservationSpec {
  return {
    role: input.framework.role,
    principal: input.framework.principal,
    labels: { [LABEL_RING]: input.spec.ringName, [LABEL_NODE]: input.node.nodeId },
    format: input.framework.reservationFormat,
  };
}

function freshResources(input: LaunchInput): Split {
  const { spec, offer } = input;
  const opts = { reservation: reservationSpec(input), allocationRole: offer.allocationRole };
  const persistenceId = volumeId(spec.ringName, input.node.nodeId, input.launchId);
  const ports = rangesResource('ports', portsAsRanges(staticPorts(spec.ports)), opts);
  const disk = scalarResource('disk', spec.node.diskMb, opts);
  const reserve = [
    scalarResource('cpus', spec.node.cpus + spec.executor.cpus, opts),
    scalarResource('mem', spec.node.memMb + spec.executor.memMb, opts),
    disk,
    ports,
  ];
  const volume: Resource = {
    ...disk,
    disk: {
      persistence: { id: persistenceId, principal: input.framework.principal },
      volume: { container_path: VOLUME_PATH, mode: VOLUME_RW },
    },
  };
  return {
    task: [
      scalarResource('cpus', spec.node.cpus, opts),
      scalarResource('mem', spec.node.memMb, opts),
      ports,
      volume,
    ],
    executor: [
      scalarResource('cpus', spec.executor.cpus, opts),
      scalarResource('mem', spec.executor.memMb, opts),
    ],
    placement: placementFor(input, persistenceId, [...reserve, volume]),
    prelude: [
      { type: OPERATION_RESERVE, reserve: { resources: reserve } },
      { type: OPERATION_CREATE, create: { volumes: [volume] } },
    ],
  };
}

function placementFor(input: LaunchInput, persistenceId: string, reserved: Resource[]): Placement {
  return {
    agentId: input.offer.agentId,
    hostname: input.offer.hostname,
    address: input.offer.address,
    rack: input.rack,
    persistenceId,
    volumePath: VOLUME_PATH,
    reservedResources: reserved,
  };
}

class LaunchBuildError extends Error {
  override readonly name = 'LaunchBuildError';
  readonly code = 'LAUNCH_BUILD';
}

/** Reuses the offer's own reserved resources as templates, whatever format they came in. */
function inPlaceResources(input: LaunchInput): Split {
  const { spec, offer, node } = input;
  const placement = node.placement;
  if (!placement) throw new LaunchBuildError(`${node.nodeId} has no placement to relaunch on`);
  const labels = { [LABEL_RING]: spec.ringName, [LABEL_NODE]: node.nodeId };
  const mine = offer.resources.filter((r) => isReservedFor(r, input.framework.role, labels));
  const template = (name: string): Resource => {
    const found = mine.find((r) => r.name === name && !r.disk);
    if (!found) throw new LaunchBuildError(`offer ${offer.offerId} lacks reserved ${name}`);
    return found;
  };
  const volume = findVolume(offer.resources, placement.persistenceId);
  if (!volume)
    throw new LaunchBuildError(`offer ${offer.offerId} lacks ${placement.persistenceId}`);
  const ranges = portsAsRanges(staticPorts(spec.ports)).map(([begin, end]) => ({ begin, end }));
  return {
    task: [
      withScalar(template('cpus'), spec.node.cpus),
      withScalar(template('mem'), spec.node.memMb),
      { ...template('ports'), ranges: { range: ranges } },
      volume,
    ],
    executor: [
      withScalar(template('cpus'), spec.executor.cpus),
      withScalar(template('mem'), spec.executor.memMb),
    ],
    placement: {
      ...placement,
      agentId: offer.agentId,
      hostname: offer.hostname,
      address: offer.address,
    },
    prelude: [],
  };
}

function taskInfoFor(input: LaunchInput, split: Split, data: Uint8Array): TaskInfo {
  const { node, executor, launchId } = input;
  const graceNs = (executor.drainTimeoutMs + 10_000) * 1_000_000;
  return {
    name: `cassandra ${node.nodeId}`,
    task_id: { value: taskId(node.nodeId, launchId) },
    agent_id: { value: input.offer.agentId },
    resources: split.task,
    executor: {
      executor_id: { value: executorId(node.nodeId, launchId) },
      type: EXECUTOR_CUSTOM,
      name: `cassandra executor ${node.nodeId}`,
      command: {
        value: executor.command,
        shell: true,
        uris: executor.uris.map((u) => ({ ...u })),
        environment: {
          variables: Object.entries(executor.environment).map(([name, value]) => ({ name, value })),
        },
      },
      resources: split.executor,
      shutdown_grace_period: { nanoseconds: graceNs },
    },
    data,
    labels: { labels: [{ key: LABEL_NODE, value: node.nodeId }] },
  };
}

export function buildLaunch(input: LaunchInput): LaunchPlan {
  const split = input.mode === 'fresh' ? freshResources(input) : inPlaceResources(input);
  const nodeConfig = buildNodeConfig({
    spec: input.spec,
    settings: input.executor,
    nodeId: input.node.nodeId,
    // A replacement must bootstrap, which a node in its own seed list never does.
    seed: input.node.seed && input.node.launchMode !== 'replace',
    address: split.placement.address,
    rack: split.placement.rack,
    volumePath: split.placement.volumePath,
    otherSeeds: input.seedAddresses,
    replaceAddress: input.node.launchMode === 'replace' ? input.node.replaceAddress : null,
  });
  const taskInfo = taskInfoFor(input, split, input.encodeNodeConfig(nodeConfig));
  return {
    operations: [...split.prelude, { type: OPERATION_LAUNCH, launch: { task_infos: [taskInfo] } }],
    launch: {
      taskId: taskInfo.task_id.value,
      executorId: executorId(input.node.nodeId, input.launchId),
      taskInfo,
      placement: split.placement,
      configVersion: input.spec.configVersion,
    },
    nodeConfig,
  };
}
