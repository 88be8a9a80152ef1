// Performs one offer match: build the ACCEPT, check it fits the offer, write the node's launch
// record (with its TaskInfo) first, and only then send the ACCEPT. If the write fails the offer
// is declined: nothing is ever launched that the store does not know about.
import { cmf } from '@cmf/proto';
import { buildLaunch, type ExecutorSpec, type FrameworkIdentity } from '../domain/accept.js';
import type { ClusterSpec } from '../domain/cluster.js';
import type { LaunchRecord } from '../domain/node-events.js';
import type { OfferMatch } from '../domain/offer-matching.js';
import { launchSeeds } from '../domain/ops/index.js';
import { applyOperations } from '../domain/pool.js';
import * as calls from '../mesos/calls.js';
import type { Clock, Logger } from '../ports.js';
import { isStoreError } from '../store/errors.js';
import type { MesosCalls } from './mesos-port.js';
import type { NodeWriter } from './node-writer.js';
import type { World } from './world.js';

export interface LaunchDeps {
  readonly world: World;
  readonly writer: NodeWriter;
  readonly mesos: MesosCalls;
  readonly spec: ClusterSpec;
  readonly framework: FrameworkIdentity;
  readonly executor: ExecutorSpec;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly newId: () => string;
  /** The refuse_seconds for what the ACCEPT leaves unused. */
  readonly refuseSeconds: number;
}

const encodeNodeConfig = (c: cmf.v1.NodeConfig.$Properties): Uint8Array =>
  cmf.v1.NodeConfig.encode(c).finish();

/** Returns false when the offer was not used (the caller declines it). */
export async function launchOnOffer(match: OfferMatch, deps: LaunchDeps): Promise<boolean> {
  const { offer, demand, outcome } = match;
  const current = deps.world.nodes.get(demand.nodeId);
  const log = deps.logger.child({ nodeId: demand.nodeId, offerId: offer.offerId });
  if (!current) return false;
  // A replacement is not in its own seed list and never lists the address it replaces.
  const nodes = [...deps.world.nodes.values()].map((v) => v.node);
  const seedAddresses = launchSeeds(current.node, nodes).otherSeeds;
  const plan = buildLaunch({
    spec: deps.spec,
    framework: deps.framework,
    executor: deps.executor,
    node: current.node,
    offer,
    mode: outcome.mode,
    rack: outcome.rack,
    launchId: deps.newId(),
    seedAddresses,
    encodeNodeConfig,
  });
  const fit = applyOperations(offer.resources, plan.operations, offer.allocationRole);
  if (!fit.ok) {
    log.error('built an ACCEPT that does not fit its offer; declining', { reason: fit.reason });
    return false;
  }
  const reason = `${outcome.mode === 'fresh' ? 'placing' : 'relaunching'} on agent ${offer.agentId} (rack ${outcome.rack})`;
  if (!(await recordLaunch(deps, demand.nodeId, plan.launch, reason, log))) return false;
  try {
    await deps.mesos.call(calls.accept(offer.offerId, plan.operations, deps.refuseSeconds));
    log.info('launch sent', { taskId: plan.launch.taskId, mode: outcome.mode });
  } catch (error) {
    // Recorded but maybe not sent: reconciliation tells us (TASK_UNKNOWN -> failed -> retried).
    log.warn('ACCEPT failed after the launch was recorded', { error: String(error) });
  }
  return true;
}

async function recordLaunch(
  deps: LaunchDeps,
  nodeId: string,
  launch: LaunchRecord,
  reason: string,
  log: Logger,
): Promise<boolean> {
  try {
    const written = await deps.writer.apply(
      nodeId,
      { type: 'launchRecorded', launch },
      deps.clock.now(),
      reason,
    );
    if (written?.wrote === true) return true;
    log.warn('launch not recorded; declining', { note: written?.applied.note ?? 'no such node' });
    return false;
  } catch (error) {
    if (!isStoreError(error)) throw error;
    log.error('could not record the launch; declining the offer', { error: error.message });
    return false;
  }
}
