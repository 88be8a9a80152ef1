// gc_grace_seconds as Cassandra has it: every table's and view's value from system_schema, read
// over the ring's CQL session (queryRing) for /v1/status. Kept and refreshed in the background so
// a status poll neither opens a session nor waits on Cassandra; one read at a time.
import type { NodeRecord } from '../../domain/node.js';
import type { SchemaGcGrace, TableGcGrace } from '../../domain/repair/index.js';
import type { EpochMs } from '../../domain/time.js';
import type { Clock } from '../../ports.js';
import { queryRing } from '../replication-cql.js';

export interface SchemaSource {
  readonly nativePort: number;
  readonly dc: string;
}

const QUERIES = [
  'SELECT keyspace_name, table_name AS name, gc_grace_seconds FROM system_schema.tables',
  'SELECT keyspace_name, view_name AS name, gc_grace_seconds FROM system_schema.views',
];

export async function readSchemaGcGrace(
  nodes: readonly NodeRecord[],
  source: SchemaSource,
  now: EpochMs,
): Promise<SchemaGcGrace> {
  const answer = await queryRing(nodes, source, async (client) => {
    const tables: TableGcGrace[] = [];
    for (const query of QUERIES) {
      for (const row of (await client.execute(query)).rows) {
        tables.push({
          keyspace: String(row['keyspace_name']),
          table: String(row['name']),
          gcGraceSeconds: Number(row['gc_grace_seconds']),
        });
      }
    }
    return tables;
  });
  return answer.ok ? { ok: true, tables: answer.value, readAtMs: now } : answer;
}

/**
 * The last answer, refreshed in the background once older than `freshMs` (a failed one after
 * `retryMs`): a status poll never waits on Cassandra, except up to `firstWaitMs` for the very
 * first read. Schema changes show within freshMs.
 */
export class GcGraceCache {
  private last: { readonly answer: SchemaGcGrace; readonly atMs: number } | null = null;
  private reading: Promise<SchemaGcGrace> | null = null;

  constructor(
    private readonly read: (now: EpochMs) => Promise<SchemaGcGrace>,
    private readonly clock: Clock,
    private readonly timing = { freshMs: 10_000, retryMs: 2_000, firstWaitMs: 500 },
  ) {}

  async current(): Promise<SchemaGcGrace> {
    const now = this.clock.now();
    const last = this.last;
    const maxAge = last?.answer.ok === true ? this.timing.freshMs : this.timing.retryMs;
    if (last !== null && now - last.atMs < maxAge) return last.answer;
    const reading = this.refresh(now);
    if (last !== null) return last.answer;
    let timer: NodeJS.Timeout | undefined;
    const notYet = new Promise<SchemaGcGrace>((resolve) => {
      const reason = 'the first read of the schema has not finished';
      timer = setTimeout(() => {
        resolve({ ok: false, reason });
      }, this.timing.firstWaitMs);
    });
    try {
      return await Promise.race([reading, notYet]);
    } finally {
      clearTimeout(timer);
    }
  }

  private refresh(now: EpochMs): Promise<SchemaGcGrace> {
    this.reading ??= this.read(now)
      .catch((error: unknown): SchemaGcGrace => ({ ok: false, reason: String(error) }))
      .then((answer) => {
        this.last = { answer, atMs: now };
        return answer;
      })
      .finally(() => {
        this.reading = null;
      });
    return this.reading;
  }
}
