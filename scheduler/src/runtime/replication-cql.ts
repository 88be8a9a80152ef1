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

export async function readReplication(
  nodes: readonly NodeRecord[],
  source: Omit<ReplicationSource, 'refreshMs'>,
): Promise<KeyspaceRf[] | null> {
  const contactPoints = nodes.flatMap((n) =>
    n.phase === 'Up' && n.placement ? [n.placement.address] : [],
  );
  if (contactPoints.length === 0) return null;
  const client = new cassandra.Client({
    contactPoints,
    localDataCenter: source.dc,
    protocolOptions: { port: source.nativePort },
    socketOptions: { readTimeout: 10_000, connectTimeout: 5_000 },
  });
  try {
    await client.connect();
    const result = await client.execute(
      'SELECT keyspace_name, replication FROM system_schema.keyspaces',
    );
    const rows: KeyspaceRow[] = result.rows.map((row) => ({
      name: String(row['keyspace_name']),
      replication: (row['replication'] ?? {}) as Record<string, string>,
    }));
    return replicationFactors(rows, source.dc);
  } catch (error) {
    source.logger.warn('could not read replication factors over CQL', { error: String(error) });
    return null;
  } finally {
    await client.shutdown().catch(() => undefined);
  }
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
