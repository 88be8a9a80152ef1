// Repair after a replace: a replacement streams each range from one surviving replica, so a row
// that reached only the lost node and another replica is missing on it until it is repaired
// (Cassandra's guidance: repair a replaced node). The ops pass that ends a replace records the
// repair as due, in the same write; this module turns the oldest due entry into one run of that
// node alone, full and over all its ranges, at most once per replace.
import type { EpochMs } from '../time.js';
import type { RepairRun, RepairTrigger } from './run.js';

/** A replace that succeeded and whose replacement has not been given its repair run yet. */
export interface ReplaceRepairDue {
  /** The replace item (ops queue id): a run names it, so one replace never gets two runs. */
  readonly itemId: string;
  /** The replacement: it keeps the replaced node's id. */
  readonly nodeId: string;
  /** The address the replacement took over (its replace_address_first_boot). */
  readonly replacedAddress: string | null;
  readonly sinceMs: EpochMs;
}

export type DueDecision =
  | { readonly kind: 'start-run'; readonly trigger: RepairTrigger; readonly reason: string }
  | { readonly kind: 'forget-due'; readonly itemId: string; readonly reason: string };

export function afterReplaceReason(due: ReplaceRepairDue): string {
  const replaced = due.replacedAddress ?? 'an unknown address';
  return `repair ${due.nodeId} after it replaced ${replaced} (${due.itemId}): it streamed each range from one replica`;
}

export function afterReplaceTrigger(due: ReplaceRepairDue, now: EpochMs): RepairTrigger {
  return {
    kind: 'afterReplace',
    atMs: now,
    keyspaces: null,
    replace: { itemId: due.itemId, nodeId: due.nodeId, replacedAddress: due.replacedAddress },
    reason: afterReplaceReason(due),
  };
}

/** The replace item a run follows, if it is an after-replace run. */
export function replaceItemOf(run: RepairRun | null): string | null {
  return run?.trigger.replace?.itemId ?? null;
}

/**
 * What the oldest due entry calls for: forgotten once a run names its replace (a failover between
 * starting the run and forgetting the entry must not start a second one), else a run when none is
 * in progress; null while another run goes (the entry waits for it).
 */
export function decideDue(
  due: readonly ReplaceRepairDue[],
  run: RepairRun | null,
  now: EpochMs,
): DueDecision | null {
  const first = due[0];
  if (first === undefined) return null;
  if (replaceItemOf(run) === first.itemId) {
    const reason = `run ${run?.runId ?? '?'} already repairs ${first.nodeId} after ${first.itemId}`;
    return { kind: 'forget-due', itemId: first.itemId, reason };
  }
  if (run !== null && run.result === null) return null;
  return {
    kind: 'start-run',
    trigger: afterReplaceTrigger(first, now),
    reason: afterReplaceReason(first),
  };
}
