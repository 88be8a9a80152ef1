// The ring's keyspaces as Cassandra lists them (system_schema.keyspaces), asked over CQL of the
// nodes that are Up, when a run is planned. Null when none answers: the run then records why it
// did not start instead of repairing nothing.
import cassandra from 'cassandra-driver';
import type { NodeRecord } from '../../domain/node.js';
import type { Logger } from '../../ports.js';

export interface KeyspaceSource {
  readonly nativePort: number;
  readonly dc: string;
  readonly logger: Logger;
}

export async function listKeyspaces(
  nodes: readonly NodeRecord[],
  source: KeyspaceSource,
): Promise<string[] | null> {
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
    const result = await client.execute('SELECT keyspace_name FROM system_schema.keyspaces');
    return result.rows.map((row) => String(row['keyspace_name']));
  } catch (error) {
    source.logger.warn('could not list keyspaces over CQL', { error: String(error) });
    return null;
  } finally {
    await client.shutdown().catch(() => undefined);
  }
}
