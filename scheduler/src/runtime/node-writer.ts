// Applies a NodeEvent to a record and persists the result with compare-and-set before anyone acts
// on it. A CONFLICT means our copy was stale: reload that record once and apply again.
import { applyEvent, type Applied, type NodeEvent } from '../domain/node-events.js';
import type { EpochMs } from '../domain/time.js';
import type { LogEntry, StateStore, VersionedNode } from '../ports.js';
import { isStoreError } from '../store/errors.js';
import type { World } from './world.js';

export interface Written {
  readonly applied: Applied;
  /** False when the event changed nothing (a note), so nothing was written. */
  readonly wrote: boolean;
}

export class NodeWriter {
  constructor(
    private readonly store: StateStore,
    private readonly world: World,
    private readonly newId: () => string,
  ) {}

  async apply(
    nodeId: string,
    event: NodeEvent,
    now: EpochMs,
    reason: string,
  ): Promise<Written | null> {
    for (let attempt = 0; attempt < 2; attempt++) {
      const current = this.world.nodes.get(nodeId);
      if (!current) return null;
      const applied = applyEvent(current.node, event, now);
      if (applied.note !== undefined) return { applied, wrote: false };
      try {
        // The log records moves, not every health report.
        const moved = applied.node.phase !== current.node.phase || event.type !== 'taskStatus';
        const entry = moved ? this.entry(applied, event, now, reason) : undefined;
        const version = await this.store.updateNode(applied.node, current.version, entry);
        this.world.nodes.set(nodeId, { node: applied.node, version });
        return { applied, wrote: true };
      } catch (error) {
        if (!isStoreError(error, 'CONFLICT') || attempt > 0) throw error;
        await this.reload(nodeId);
      }
    }
    return null;
  }

  private entry(applied: Applied, event: NodeEvent, now: EpochMs, reason: string): LogEntry {
    return {
      id: this.newId(),
      kind: event.type,
      nodeId: applied.node.nodeId,
      state: applied.node.phase,
      reason,
      atMs: now,
    };
  }

  private async reload(nodeId: string): Promise<void> {
    const fresh: VersionedNode | undefined = (await this.store.nodes()).find(
      (v) => v.node.nodeId === nodeId,
    );
    if (fresh) this.world.nodes.set(nodeId, fresh);
    else this.world.nodes.delete(nodeId);
  }
}
