// A small tree of versioned byte values, the shape ZooKeeper has: what the typed StateStore is
// built on. Two implementations (ZooKeeper and memory) pass one contract suite. Paths are
// relative to the ring's root and start with "/".

export interface Stored {
  readonly data: Uint8Array;
  /** Bumped by every write; compare-and-set writes name the version they read. */
  readonly version: number;
}

export type WriteOp =
  | { readonly op: 'create'; readonly path: string; readonly data: Uint8Array }
  | {
      readonly op: 'set';
      readonly path: string;
      readonly data: Uint8Array;
      readonly version: number;
    }
  | { readonly op: 'remove'; readonly path: string; readonly version: number };

export interface Persister {
  get(path: string): Promise<Stored | null>;
  /** Child names, sorted; [] when the path does not exist. */
  children(path: string): Promise<string[]>;
  /**
   * Applies every op or none (a ZooKeeper multi). Creates make missing parents. Fails with
   * EXISTS (create of an existing path), NOT_FOUND, or CONFLICT (version mismatch). Returns the new
   * version of each written path (0 for a created one, -1 for a removed one).
   */
  commit(ops: readonly WriteOp[]): Promise<number[]>;
}

/** The parent paths of `path`, outermost first: "/a/b/c" -> ["/a", "/a/b"]. */
export function parentsOf(path: string): string[] {
  const parts = path.split('/').filter((p) => p !== '');
  return parts.slice(0, -1).map((_, i) => `/${parts.slice(0, i + 1).join('/')}`);
}
