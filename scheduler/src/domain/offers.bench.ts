// Offer decisions per second: the pure evaluator alone, on a mix of offers that fit and offers
// that miss for various reasons. Prints JSON lines (make bench).
import { evaluateOffer, type NodeDemand, type OfferContext } from './offers.js';
import { offer, reservedFor, spec } from '../testing/builders.js';

const s = spec();
const fresh: NodeDemand = {
  nodeId: 'node-1',
  node: s.node,
  executor: s.executor,
  ports: s.ports,
  placement: null,
};
const placed: NodeDemand = {
  ...fresh,
  placement: {
    agentId: 'agent-3',
    hostname: 'h',
    address: '10.0.0.3',
    rack: 'r1',
    persistenceId: 'ring1.node-1.volume.l1',
    volumePath: 'data',
    reservedResources: [],
  },
};
const ctx: OfferContext = {
  role: 'cassandra',
  ringName: 'ring1',
  defaultRack: 'rack1',
  agentsInUse: new Map([['agent-2', 'node-0']]),
  rackUse: new Map([['r1', 1]]),
};
const offers = [
  offer({ agentId: 'agent-1' }),
  offer({ agentId: 'agent-2' }),
  offer({ agentId: 'agent-4', ports: [[31000, 32000]] }),
  offer({ agentId: 'agent-5', memMb: 512 }),
  offer({
    agentId: 'agent-3',
    cpus: 0,
    memMb: 0,
    ports: [],
    extra: reservedFor('node-1', 'ring1.node-1.volume.l1'),
  }),
];
const demands = [fresh, placed];

function run(n: number): number {
  let fits = 0;
  for (let i = 0; i < n; i++) {
    const o = offers[i % offers.length];
    const d = demands[i % 2];
    if (o && d && evaluateOffer(d, o, ctx).ok) fits++;
  }
  return fits;
}

run(20_000); // warm up
const n = 400_000;
const start = performance.now();
const fits = run(n);
const seconds = (performance.now() - start) / 1000;
process.stdout.write(
  `${JSON.stringify({ bench: 'offer-evaluator', metric: 'decisions_per_second', value: Math.round(n / seconds), unit: 'decisions/s', fits, n })}\n`,
);
