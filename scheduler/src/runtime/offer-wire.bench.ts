// Offers per second through the wire: decode a protobuf OFFERS event, decide every offer
// (evaluate, build the launch for the one that fits, check it against the offer), and encode the
// ACCEPT / DECLINE calls. No network. Prints JSON lines (make bench).
import { cmf, mesos } from '@cmf/proto';
import { buildLaunch } from '../domain/accept.js';
import { decideOffers } from '../domain/offer-matching.js';
import type { OfferContext } from '../domain/offers.js';
import { applyOperations } from '../domain/pool.js';
import * as calls from '../mesos/calls.js';
import { toOfferView } from '../mesos/offer-view.js';
import { EXECUTOR, FRAMEWORK, node, offer, spec } from '../testing/builders.js';

const s = spec();
const ctx: OfferContext = {
  role: 'cassandra',
  ringName: 'ring1',
  defaultRack: 'r',
  agentsInUse: new Map(),
  rackUse: new Map(),
};
const PER_EVENT = 10;
const event = mesos.v1.scheduler.Event.encode({
  type: mesos.v1.scheduler.Event.Type.OFFERS,
  offers: {
    offers: Array.from({ length: PER_EVENT }, (_, i) => {
      const v = offer({ agentId: `agent-${i}`, ports: i % 3 === 0 ? undefined : [[31000, 32000]] });
      return {
        id: { value: `o-${i}` },
        framework_id: { value: 'f' },
        agent_id: { value: v.agentId },
        hostname: v.hostname,
        url: { scheme: 'http', address: { hostname: v.hostname, ip: v.address, port: 5051 } },
        resources: [...v.resources],
        attributes: [{ name: 'rack', type: mesos.v1.Value.Type.TEXT, text: { value: 'r1' } }],
        allocation_info: { role: 'cassandra' },
      };
    }),
  },
}).finish();
const demand = {
  nodeId: 'node-0',
  node: s.node,
  executor: s.executor,
  ports: s.ports,
  placement: null,
};
const encodeNodeConfig = (c: cmf.v1.NodeConfig.$Properties): Uint8Array =>
  cmf.v1.NodeConfig.encode(c).finish();

function handle(bytes: Uint8Array): number {
  const decoded = mesos.v1.scheduler.Event.decode(bytes);
  const views = (decoded.offers?.offers ?? []).map(toOfferView);
  const decision = decideOffers([demand], views, ctx);
  let size = 0;
  for (const m of decision.matches) {
    const plan = buildLaunch({
      spec: s,
      framework: FRAMEWORK,
      executor: EXECUTOR,
      node: node(0),
      offer: m.offer,
      mode: m.outcome.mode,
      rack: m.outcome.rack,
      launchId: 'l1',
      seedAddresses: [],
      encodeNodeConfig,
    });
    if (!applyOperations(m.offer.resources, plan.operations, m.offer.allocationRole).ok)
      throw new Error('misfit');
    size += calls.encodeCall(calls.accept(m.offer.offerId, plan.operations, 3600), 'f').length;
  }
  size += calls.encodeCall(
    calls.decline(
      decision.unused.map((u) => u.offer.offerId),
      3600,
    ),
    'f',
  ).length;
  return size;
}

for (let i = 0; i < 500; i++) handle(event); // warm up
const events = 5000;
const start = performance.now();
for (let i = 0; i < events; i++) handle(event);
const seconds = (performance.now() - start) / 1000;
process.stdout.write(
  `${JSON.stringify({ bench: 'offer-wire', metric: 'offers_per_second', value: Math.round((events * PER_EVENT) / seconds), unit: 'offers/s', offersPerEvent: PER_EVENT })}\n`,
);
