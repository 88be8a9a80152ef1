// The in-memory twin of the ZooKeeper persister, for unit and simulation tests. It passes the same
// contract suite, so a test against it means the same against ZooKeeper.
import { StoreError } from './errors.js';
import { parentsOf, type Persister, type Stored, type WriteOp } from './persister.js';

export class MemoryPersister implements Persister {
  private readonly nodes = new Map<string, Stored>();
  /** Fails the next commits with UNAVAILABLE, to test what a failed write does. */
  failNextCommits = 0;

  get(path: string): Promise<Stored | null> {
    const stored = this.nodes.get(path);
    return Promise.resolve(stored ? { data: stored.data.slice(), version: stored.version } : null);
  }

  children(path: string): Promise<string[]> {
    const prefix = path === '/' ? '/' : `${path}/`;
    const names = [...this.nodes.keys()]
      .filter((p) => p.startsWith(prefix) && !p.slice(prefix.length).includes('/'))
      .map((p) => p.slice(prefix.length));
    return Promise.resolve(names.sort());
  }

  commit(ops: readonly WriteOp[]): Promise<number[]> {
    if (this.failNextCommits > 0) {
      this.failNextCommits--;
      return Promise.reject(new StoreError('UNAVAILABLE', 'injected failure'));
    }
    const next = new Map(this.nodes);
    try {
      const versions = ops.map((op) => apply(next, op));
      this.nodes.clear();
      for (const [k, v] of next) this.nodes.set(k, v);
      return Promise.resolve(versions);
    } catch (error) {
      return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
  }
}

function apply(nodes: Map<string, Stored>, op: WriteOp): number {
  const current = nodes.get(op.path);
  switch (op.op) {
    case 'create':
      if (current) throw new StoreError('EXISTS', op.path);
      for (const parent of parentsOf(op.path)) {
        if (!nodes.has(parent)) nodes.set(parent, { data: new Uint8Array(), version: 0 });
      }
      nodes.set(op.path, { data: op.data.slice(), version: 0 });
      return 0;
    case 'set':
      if (!current) throw new StoreError('NOT_FOUND', op.path);
      if (current.version !== op.version) {
        throw new StoreError(
          'CONFLICT',
          `${op.path} is at version ${current.version}, not ${op.version}`,
        );
      }
      nodes.set(op.path, { data: op.data.slice(), version: current.version + 1 });
      return current.version + 1;
    case 'remove':
      if (!current) throw new StoreError('NOT_FOUND', op.path);
      if (current.version !== op.version) {
        throw new StoreError(
          'CONFLICT',
          `${op.path} is at version ${current.version}, not ${op.version}`,
        );
      }
      if ([...nodes.keys()].some((p) => p.startsWith(`${op.path}/`))) {
        throw new StoreError('CONFLICT', `${op.path} has children`);
      }
      nodes.delete(op.path);
      return -1;
  }
}
