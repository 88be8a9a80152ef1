// CQL against the ring with cassandra-driver, the way an application would: a client on the
// nodes' addresses, a keyspace with RF 3, writes and reads at QUORUM; and a steady QUORUM writer
// that records every failure, for proving that the ring did not notice something.
import cassandra from 'cassandra-driver';

const QUORUM = cassandra.types.consistencies.quorum;

export interface CqlOptions {
  readonly contactPoints: readonly string[];
  readonly port?: number;
  readonly dc?: string;
}

export async function connectCql(options: CqlOptions): Promise<cassandra.Client> {
  const client = new cassandra.Client({
    contactPoints: [...options.contactPoints],
    localDataCenter: options.dc ?? 'dc1',
    protocolOptions: { port: options.port ?? 9042 },
    queryOptions: { consistency: QUORUM, prepare: true },
    socketOptions: { readTimeout: 12_000, connectTimeout: 5_000 },
  });
  await client.connect();
  return client;
}

/** A keyspace replicated to `rf` nodes in `dc`, with a key-value table `kv`. */
export async function createKeyspace(
  client: cassandra.Client,
  keyspace: string,
  rf: number,
  dc = 'dc1',
): Promise<void> {
  await client.execute(
    `CREATE KEYSPACE IF NOT EXISTS ${keyspace} WITH replication = ` +
      `{'class': 'NetworkTopologyStrategy', '${dc}': ${rf}}`,
  );
  await client.execute(`CREATE TABLE IF NOT EXISTS ${keyspace}.kv (k text PRIMARY KEY, v text)`);
}

export async function writeQuorum(
  client: cassandra.Client,
  keyspace: string,
  key: string,
  value: string,
): Promise<void> {
  // Idempotent (a fixed value per key): the driver may retry it on another coordinator when the
  // one it used is draining for a restart, as an application writing through a rolling change does.
  await client.execute(`INSERT INTO ${keyspace}.kv (k, v) VALUES (?, ?)`, [key, value], {
    consistency: QUORUM,
    prepare: true,
    isIdempotent: true,
  });
}

export async function readQuorum(
  client: cassandra.Client,
  keyspace: string,
  key: string,
): Promise<string | null> {
  const result = await client.execute(`SELECT v FROM ${keyspace}.kv WHERE k = ?`, [key], {
    consistency: QUORUM,
    prepare: true,
  });
  // The typings say first() is a Row; with no rows it is null.
  const value: unknown = result.rowLength === 0 ? null : result.first().get('v');
  return typeof value === 'string' ? value : null;
}

export interface WriterReport {
  readonly writes: number;
  readonly failures: readonly string[];
  /** The longest time between two successful writes. */
  readonly longestGapMs: number;
}

export interface QuorumWriter {
  /** How it is going so far. */
  progress(): WriterReport;
  /** Stops after the write in flight and says how it went. */
  stop(): Promise<WriterReport>;
}

/** Writes one row after the other at QUORUM (keys `prefix-<n>`) until stopped. */
export function startQuorumWriter(
  client: cassandra.Client,
  keyspace: string,
  prefix: string,
): QuorumWriter {
  const state = { running: true };
  let writes = 0;
  let longestGapMs = 0;
  const failures: string[] = [];
  const loop = (async () => {
    let lastOk = performance.now();
    while (state.running) {
      try {
        await writeQuorum(client, keyspace, `${prefix}-${writes}`, String(Date.now()));
        const now = performance.now();
        longestGapMs = Math.max(longestGapMs, now - lastOk);
        lastOk = now;
        writes += 1;
      } catch (error) {
        failures.push(`write ${writes}: ${String(error)}`);
        // Back off a little so a dead ring does not become a hot loop of failures.
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
  })();
  const report = (): WriterReport => ({
    writes,
    failures: [...failures],
    longestGapMs: Math.round(longestGapMs),
  });
  return {
    progress: report,
    async stop() {
      state.running = false;
      await loop;
      return report();
    },
  };
}
