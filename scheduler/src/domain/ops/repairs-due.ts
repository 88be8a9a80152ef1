// The ops side of repair after a replace: the pass whose write ends a replace item successfully
// also records its replacement's repair as due (one write: a failover can neither lose it nor,
// replaying the pass from the stored state, record it twice); the repair loop forgets the entry
// once the run exists.
import type { ReplaceRepairDue } from '../repair/after-replace.js';
import type { EpochMs } from '../time.js';
import { isOpen, type OpItem } from './queue.js';
import type { OpsState } from './state.js';

export function repairsDue(state: OpsState): readonly ReplaceRepairDue[] {
  return state.repairsDue ?? [];
}

/** Replace items open in `before` and succeeded in `after`. */
function replacesEnded(before: OpsState, after: OpsState): OpItem[] {
  const open = new Set(before.items.filter(isOpen).map((i) => i.id));
  return after.items.filter(
    (i) => i.kind === 'replace' && i.state === 'succeeded' && open.has(i.id),
  );
}

/** `after` with a due repair for each replace this pass ended successfully (when enabled). */
export function noteRepairsDue(
  before: OpsState,
  after: OpsState,
  enabled: boolean,
  now: EpochMs,
): OpsState {
  if (!enabled) return after;
  const known = new Set(repairsDue(after).map((d) => d.itemId));
  const fresh = replacesEnded(before, after)
    .filter((i) => !known.has(i.id))
    .map((i): ReplaceRepairDue => ({
      itemId: i.id,
      nodeId: i.nodeId,
      replacedAddress: i.replaced?.address ?? null,
      sinceMs: now,
    }));
  if (fresh.length === 0) return after;
  return { ...after, repairsDue: [...repairsDue(after), ...fresh] };
}

/** The repair loop has started the run for `itemId`'s replacement (or found one that did). */
export function forgetRepairDue(state: OpsState, itemId: string): OpsState {
  const due = repairsDue(state);
  if (!due.some((d) => d.itemId === itemId)) return state;
  return { ...state, repairsDue: due.filter((d) => d.itemId !== itemId) };
}
