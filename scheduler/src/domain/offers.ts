// evaluateOffer(demand, offer, context): does this offer fit this node? A few small stages, each
// pass or fail with a reason; every failure is kept so a waiting node can say exactly why.
// decideOffers pairs pending nodes with offers: one node per agent, unused racks first.
import { staticPorts, type ExecutorResources, type NodeResources, type Ports } from './cluster.js';
import { LABEL_NODE, LABEL_RING } from './ids.js';
import type { Placement } from './node.js';
import {
  findVolume,
  isReservedFor,
  isUnreserved,
  rangesContain,
  rangesOf,
  scalarMilli,
  toMilli,
  fromMilli,
} from './resources.js';
import type { Resource } from './wire.js';

export interface OfferView {
  readonly offerId: string;
  readonly agentId: string;
  readonly hostname: string;
  /** The agent's IP (offer.url.address.ip), else its hostname: what Cassandra binds. */
  readonly address: string;
  readonly allocationRole: string | null;
  readonly resources: readonly Resource[];
  /** Agent attributes, TEXT and SCALAR values as strings. */
  readonly attributes: Readonly<Record<string, string>>;
}

export interface NodeDemand {
  readonly nodeId: string;
  readonly node: NodeResources;
  readonly executor: ExecutorResources;
  readonly ports: Ports;
  /** Set once the node has a reservation and a volume: it may only come back on them. */
  readonly placement: Placement | null;
}

export interface OfferContext {
  readonly role: string;
  readonly ringName: string;
  readonly defaultRack: string;
  /** agent id -> the node placed (or running) there. */
  readonly agentsInUse: ReadonlyMap<string, string>;
  /** rack -> how many nodes it holds. */
  readonly rackUse: ReadonlyMap<string, number>;
}

export type StageName = 'role' | 'agent' | 'volume' | 'cpus' | 'mem' | 'disk' | 'ports';

export interface StageFailure {
  readonly stage: StageName;
  readonly reason: string;
}

export type OfferMode = 'fresh' | 'inPlace';

export type OfferOutcome =
  | {
      readonly ok: true;
      readonly offerId: string;
      readonly nodeId: string;
      readonly mode: OfferMode;
      readonly rack: string;
      /** Nodes already in this offer's rack: lower is better. */
      readonly rackUse: number;
    }
  | {
      readonly ok: false;
      readonly offerId: string;
      readonly nodeId: string;
      readonly failures: readonly StageFailure[];
    };

/** `pool` is what the launch may draw on (computed once per evaluation). */
type Stage = (
  demand: NodeDemand,
  offer: OfferView,
  ctx: OfferContext,
  pool: readonly Resource[],
) => string | null;

export function rackOf(offer: OfferView, defaultRack: string): string {
  return offer.attributes['rack'] ?? defaultRack;
}

/** The resources a launch may draw on: unreserved ones, or the node's own reservation. */
function usable(demand: NodeDemand, offer: OfferView, ctx: OfferContext): Resource[] {
  const keep = demand.placement
    ? (r: Resource) =>
        isReservedFor(r, ctx.role, { [LABEL_RING]: ctx.ringName, [LABEL_NODE]: demand.nodeId })
    : (r: Resource) => isUnreserved(r) && !r.revocable && !r.disk;
  return offer.resources.filter(keep);
}

const role: Stage = (_demand, offer, ctx) =>
  offer.allocationRole === null || offer.allocationRole === ctx.role
    ? null
    : `allocated to role ${offer.allocationRole}, not ${ctx.role}`;

const agent: Stage = (demand, offer, ctx) => {
  if (demand.placement && demand.placement.agentId !== offer.agentId) {
    return `${demand.nodeId}'s data is on agent ${demand.placement.agentId}`;
  }
  const other = ctx.agentsInUse.get(offer.agentId);
  return other !== undefined && other !== demand.nodeId
    ? `agent ${offer.agentId} already runs ${other}`
    : null;
};

const volume: Stage = (demand, offer) => {
  if (!demand.placement) return null;
  return findVolume(offer.resources, demand.placement.persistenceId)
    ? null
    : `volume ${demand.placement.persistenceId} not in this offer`;
};

function scalarStage(name: 'cpus' | 'mem', need: (d: NodeDemand) => number): Stage {
  return (demand, _offer, _ctx, pool) => {
    const have = scalarMilli(pool, name);
    const want = toMilli(need(demand));
    return have >= want ? null : `${name} ${fromMilli(have)} < ${fromMilli(want)} needed`;
  };
}

const cpus = scalarStage('cpus', (d) => d.node.cpus + d.executor.cpus);
const mem = scalarStage('mem', (d) => d.node.memMb + d.executor.memMb);

const disk: Stage = (demand, _offer, _ctx, pool) => {
  if (demand.placement) return null; // the volume is the disk
  const have = scalarMilli(pool, 'disk');
  const want = toMilli(demand.node.diskMb);
  return have >= want ? null : `disk ${fromMilli(have)} < ${demand.node.diskMb} needed`;
};

const ports: Stage = (demand, _offer, _ctx, pool) => {
  const offered = rangesOf(pool, 'ports');
  const missing = staticPorts(demand.ports).filter((p) => !rangesContain(offered, p));
  if (missing.length === 0) return null;
  const shown = offered.map(([b, e]) => (b === e ? `${b}` : `${b}-${e}`)).join(',') || 'none';
  return `ports ${missing.join(',')} not offered (offered: ${shown})`;
};

const STAGES: readonly (readonly [StageName, Stage])[] = [
  ['role', role],
  ['agent', agent],
  ['volume', volume],
  ['cpus', cpus],
  ['mem', mem],
  ['disk', disk],
  ['ports', ports],
];

export function evaluateOffer(
  demand: NodeDemand,
  offer: OfferView,
  ctx: OfferContext,
): OfferOutcome {
  const failures: StageFailure[] = [];
  const pool = usable(demand, offer, ctx);
  for (const [stage, check] of STAGES) {
    const reason = check(demand, offer, ctx, pool);
    if (reason !== null) failures.push({ stage, reason });
  }
  const base = { offerId: offer.offerId, nodeId: demand.nodeId };
  if (failures.length > 0) return { ...base, ok: false, failures };
  const rack = rackOf(offer, ctx.defaultRack);
  return {
    ...base,
    ok: true,
    mode: demand.placement ? 'inPlace' : 'fresh',
    rack,
    rackUse: ctx.rackUse.get(rack) ?? 0,
  };
}
