// Replication factors read over CQL (system_schema.keyspaces) from the ring's Up nodes, at most
// every refreshMs, in the background: the last answer is kept (a failed read changes nothing) and
// a pass never waits for Cassandra. The ops core gets them as input (world.keyspaces).
import cassandra from 'cassandra-driver';
import type { NodeRecord } from '../domain/node.js';
import { replicationFactors, type KeyspaceRow } from '../domain/replication.js';
import type { KeyspaceRf } from '../domain/ops/index.js';
import type { EpochMs } from '../domain/time.js';
import type { Logger } from '../ports.js';

export interface ReplicationSource {
  readonly nativePort: number;
  readonly dc: string;
  readonly logger: Logger;
  readonly refreshMs: number;
}

export type CqlAnswer<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly reason: string };

/**
 * Asks the ring's Up nodes one at a time, each in its own short CQL session, until one answers
 * `work`; the repair status and the ops core share it. A node draining for a restart answers
 * "Server is shutting down", which the driver never retries elsewhere, so the next node is asked.
 * A failure is an answer (with every node's reason), never a throw.
 */
export async function queryRing<T>(
  nodes: readonly NodeRecord[],
  source: Omit<ReplicationSource, 'refreshMs' | 'logger'>,
  work: (client: cassandra.Client) => Promise<T>,
): Promise<CqlAnswer<T>> {
  const addresses = nodes.flatMap((n) =>
    n.phase === 'Up' && n.placement ? [n.placement.address] : [],
  );
  if (addresses.length === 0) return { ok: false, reason: 'no node is Up to ask' };
  const reasons: string[] = [];
  for (const address of addresses) {
    const answer = await queryNode(address, source, work);
    if (answer.ok) return answer;
    reasons.push(answer.reason);
  }
  return { ok: false, reason: reasons.join('; ') };
}

async function queryNode<T>(
  address: string,
  source: Omit<ReplicationSource, 'refreshMs' | 'logger'>,
  work: (client: cassandra.Client) => Promise<T>,
): Promise<CqlAnswer<T>> {
  const { loadBalancing } = cassandra.policies;
  const client = new cassandra.Client({
    contactPoints: [address],
    localDataCenter: source.dc,
    protocolOptions: { port: source.nativePort },
    socketOptions: { readTimeout: 10_000, connectTimeout: 5_000 },
    // That node and no other: which one answered is then known, and a failure moves to the next.
    policies: {
      loadBalancing: new loadBalancing.AllowListPolicy(
        new loadBalancing.DCAwareRoundRobinPolicy(source.dc),
        [`${address}:${String(source.nativePort)}`],
      ),
    },
  });
  try {
    await client.connect();
    return { ok: true, value: await work(client) };
  } catch (error) {
    return { ok: false, reason: `CQL on ${address} failed: ${String(error)}` };
  } finally {
    await client.shutdown().catch(() => undefined);
  }
}

export async function readReplication(
  nodes: readonly NodeRecord[],
  source: Omit<ReplicationSource, 'refreshMs'>,
): Promise<KeyspaceRf[] | null> {
  if (!nodes.some((n) => n.phase === 'Up' && n.placement)) return null;
  const answer = await queryRing(nodes, source, async (client) => {
    const result = await client.execute(
      'SELECT keyspace_name, replication FROM system_schema.keyspaces',
    );
    const rows: KeyspaceRow[] = result.rows.map((row) => ({
      name: String(row['keyspace_name']),
      replication: (row['replication'] ?? {}) as Record<string, string>,
    }));
    return replicationFactors(rows, source.dc);
  });
  if (answer.ok) return answer.value;
  source.logger.warn('could not read replication factors over CQL', { error: answer.reason });
  return null;
}

/** Starts a read when the last one is older than refreshMs; `onRead` gets each new answer. */
export class ReplicationWatch {
  private lastStartMs = -Infinity;
  private reading = false;

  constructor(
    private readonly source: ReplicationSource,
    private readonly onRead: (keyspaces: readonly KeyspaceRf[]) => void,
  ) {}

  poll(nodes: readonly NodeRecord[], now: EpochMs): void {
    if (this.reading || now - this.lastStartMs < this.source.refreshMs) return;
    if (!nodes.some((n) => n.phase === 'Up')) return;
    this.reading = true;
    this.lastStartMs = now;
    void readReplication(nodes, this.source)
      .then((keyspaces) => {
        if (keyspaces !== null) this.onRead(keyspaces);
      })
      .finally(() => {
        this.reading = false;
      });
  }
}
