// Pairs the nodes that want an offer with the offers at hand: each offer serves at most one node,
// each agent at most one node, and among fitting offers the one in the least used rack wins.
// Also turns the failures of unused offers into the one-line "why" a waiting node shows.
import {
  evaluateOffer,
  type NodeDemand,
  type OfferContext,
  type OfferOutcome,
  type OfferView,
  type StageName,
} from './offers.js';

export interface OfferMatch {
  readonly offer: OfferView;
  readonly demand: NodeDemand;
  readonly outcome: Extract<OfferOutcome, { ok: true }>;
}

export interface OfferDecision {
  readonly matches: readonly OfferMatch[];
  /** Offers nobody takes, each with what every demand found wrong with it. */
  readonly unused: readonly {
    readonly offer: OfferView;
    readonly outcomes: readonly OfferOutcome[];
  }[];
}

export function decideOffers(
  demands: readonly NodeDemand[],
  offers: readonly OfferView[],
  ctx: OfferContext,
): OfferDecision {
  const agentsInUse = new Map(ctx.agentsInUse);
  const rackUse = new Map(ctx.rackUse);
  const taken = new Set<string>();
  const seen = new Map<string, OfferOutcome[]>();
  const matches: OfferMatch[] = [];
  for (const demand of demands) {
    const now: OfferContext = { ...ctx, agentsInUse, rackUse };
    const outcomes = offers
      .filter((o) => !taken.has(o.offerId))
      .map((offer) => ({ offer, outcome: evaluateOffer(demand, offer, now) }));
    for (const { offer, outcome } of outcomes) {
      seen.set(offer.offerId, [...(seen.get(offer.offerId) ?? []), outcome]);
    }
    const best = pickBest(outcomes);
    if (best === null) continue;
    matches.push({ offer: best.offer, demand, outcome: best.outcome });
    taken.add(best.offer.offerId);
    agentsInUse.set(best.offer.agentId, demand.nodeId);
    rackUse.set(best.outcome.rack, (rackUse.get(best.outcome.rack) ?? 0) + 1);
  }
  const unused = offers
    .filter((o) => !taken.has(o.offerId))
    .map((offer) => ({ offer, outcomes: seen.get(offer.offerId) ?? [] }));
  return { matches, unused };
}

interface Fitting {
  offer: OfferView;
  outcome: Extract<OfferOutcome, { ok: true }>;
}

function pickBest(
  outcomes: readonly { offer: OfferView; outcome: OfferOutcome }[],
): Fitting | null {
  let best: Fitting | null = null;
  for (const { offer, outcome } of outcomes) {
    if (!outcome.ok) continue;
    if (best === null || outcome.rackUse < best.outcome.rackUse) best = { offer, outcome };
  }
  return best;
}

const STAGE_WORDS: Readonly<Record<StageName, string>> = {
  role: 'for another role',
  agent: "on an agent that already runs a node (or not the node's own agent)",
  volume: "without the node's volume",
  cpus: 'short of cpus',
  mem: 'short of mem',
  disk: 'short of disk',
  ports: 'without the static ports free',
};

/**
 * "3 offers in the last 60 s, none fit: 2 without the static ports free (ports 7000,9042 not
 * offered ...); 1 short of mem (...)". Counts each offer under each stage it failed.
 */
export function summarizeMisses(
  nodeId: string,
  outcomes: readonly OfferOutcome[],
  windowSeconds: number,
): string {
  const mine = outcomes.filter((o) => o.nodeId === nodeId);
  if (mine.length === 0) return `no offer seen in the last ${windowSeconds} s`;
  const byStage = new Map<StageName, { count: number; example: string }>();
  for (const o of mine) {
    if (o.ok) continue;
    for (const f of o.failures) {
      const entry = byStage.get(f.stage) ?? { count: 0, example: f.reason };
      byStage.set(f.stage, { ...entry, count: entry.count + 1 });
    }
  }
  const parts = [...byStage.entries()]
    .sort((a, b) => b[1].count - a[1].count)
    .map(([stage, { count, example }]) => `${count} ${STAGE_WORDS[stage]} (${example})`);
  const n = mine.length;
  return `${n} offer${n === 1 ? '' : 's'} in the last ${windowSeconds} s, none fit: ${parts.join('; ')}`;
}
