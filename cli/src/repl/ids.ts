// Ids for completion (node ids, repair run ids), fetched from the API and kept for a few seconds
// so pressing Tab twice does not call the scheduler twice. A failed fetch completes nothing.

export type IdKind = 'node' | 'repair';

export class IdCache {
  private readonly entries = new Map<IdKind, { atMs: number; ids: readonly string[] }>();

  constructor(
    private readonly fetchIds: (kind: IdKind) => Promise<readonly string[]>,
    private readonly nowMs: () => number,
    private readonly ttlMs = 5000,
  ) {}

  async get(kind: IdKind): Promise<readonly string[]> {
    const cached = this.entries.get(kind);
    if (cached !== undefined && this.nowMs() - cached.atMs < this.ttlMs) return cached.ids;
    let ids: readonly string[];
    try {
      ids = await this.fetchIds(kind);
    } catch {
      ids = [];
    }
    this.entries.set(kind, { atMs: this.nowMs(), ids });
    return ids;
  }
}
