// The Persister on ZooKeeper: every path lives under the ring's root znode, writes are one
// multi-op transaction (all or nothing), and versions are ZooKeeper's own znode versions.
import zookeeper from 'node-zookeeper-client';
import { StoreError } from './errors.js';
import { parentsOf, type Persister, type Stored, type WriteOp } from './persister.js';
import { toStoreError, type ZkSession } from './zk-session.js';

export class ZkPersister implements Persister {
  constructor(
    private readonly session: ZkSession,
    /** The ring's root, e.g. "/cassandra-mesos/ring1". */
    private readonly root: string,
  ) {}

  private abs(path: string): string {
    return path === '/' ? this.root : `${this.root}${path}`;
  }

  async get(path: string): Promise<Stored | null> {
    const found = await this.session.getData(this.abs(path));
    if (!found) return null;
    return { data: new Uint8Array(found.data), version: found.stat.version };
  }

  children(path: string): Promise<string[]> {
    return this.session.getChildren(this.abs(path));
  }

  async commit(ops: readonly WriteOp[]): Promise<number[]> {
    // A multi cannot make parents; make them first (idempotent, and harmless if the multi fails).
    const parents = new Set(
      ops.flatMap((op) => (op.op === 'create' ? parentsOf(this.abs(op.path)) : [])),
    );
    for (const parent of parents) await this.session.mkdirp(parent);
    const tx = this.session.client.transaction();
    for (const op of ops) {
      const path = this.abs(op.path);
      if (op.op === 'create')
        tx.create(path, Buffer.from(op.data), this.session.acl, zookeeper.CreateMode.PERSISTENT);
      else if (op.op === 'set') tx.setData(path, Buffer.from(op.data), op.version);
      else tx.remove(path, op.version);
      if (op.op !== 'create') pinVersion(tx, op.version);
    }
    const results = await new Promise<unknown[]>((resolve, reject) => {
      tx.commit((error, res: unknown) => {
        if (error) reject(toStoreError(error, 'commit'));
        else resolve(res as unknown[]);
      });
    });
    return ops.map((op, i) => versionOf(op, results[i]));
  }
}

/**
 * node-zookeeper-client 1.1.3's Transaction writes `version || -1`, turning "version 0" into "any
 * version" and silently breaking compare-and-set on a fresh znode. Put the exact version back on
 * the op just queued (the persister contract has a case for it).
 */
function pinVersion(tx: object, version: number): void {
  const ops = (tx as { ops?: { version: number }[] }).ops;
  const last = ops?.[ops.length - 1];
  if (!last)
    throw new StoreError('UNAVAILABLE', 'unexpected node-zookeeper-client Transaction shape');
  last.version = version;
}

function versionOf(op: WriteOp, result: unknown): number {
  if (op.op === 'create') return 0;
  if (op.op === 'remove') return -1;
  const stat = (result as { stat?: { version?: number } } | undefined)?.stat;
  if (typeof stat?.version !== 'number') {
    throw new StoreError('UNAVAILABLE', `no version returned for ${op.path}`);
  }
  return stat.version;
}
