// Seed lists: which addresses every node lists as seeds, and what a node about to launch is told.
// A replacement must bootstrap, which seeds never do, so it is not a seed in its own config until
// it has joined; if no other seed is placed it still needs live contact points to gossip with.
import type { NodeRecord } from '../node.js';
import { isRingNode, memberAddress } from './ring.js';

/** The addresses of every placed seed, by index: what each node's seed list becomes. */
export function seedAddresses(nodes: readonly NodeRecord[]): string[] {
  return nodes
    .filter((n) => n.seed && n.placement !== null && n.goal !== 'Decommissioned')
    .sort((a, b) => a.index - b.index)
    .map((n) => memberAddress(n));
}

/** What buildNodeConfig needs about seeds for `node`'s next launch. */
export interface LaunchSeeds {
  /** Whether the node lists itself: a seed, except while it replaces (it must bootstrap). */
  readonly seed: boolean;
  /** Addresses other than its own to list. */
  readonly otherSeeds: readonly string[];
  /** -Dcassandra.replace_address_first_boot; Cassandra ignores it once bootstrap completed. */
  readonly replaceAddress: string | null;
}

export function launchSeeds(node: NodeRecord, nodes: readonly NodeRecord[]): LaunchSeeds {
  const replacing = node.launchMode === 'replace' && node.replaceAddress !== null;
  const own = new Set([node.placement?.address, node.replaceAddress]);
  const others = seedAddresses(nodes.filter((n) => n.nodeId !== node.nodeId)).filter(
    (a) => !own.has(a),
  );
  const contacts =
    others.length > 0 || !replacing
      ? others
      : nodes
          .filter((n) => n.nodeId !== node.nodeId && isRingNode(n) && n.phase === 'Up')
          .map(memberAddress);
  return {
    seed: node.seed && !replacing,
    otherSeeds: contacts,
    replaceAddress: replacing ? node.replaceAddress : null,
  };
}
