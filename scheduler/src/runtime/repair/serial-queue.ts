// The ring's serial queue as the repair loop uses it: who holds it, take it for one node, give it
// back. Built on the ops state (domain/ops: repairQueueHolder, admitRepair, releaseRepair) read and
// written through OpsStateAccess: the ops runtime's copy, saved by compare-and-set in ZooKeeper.
import {
  admitRepair,
  EMPTY_OPS_STATE,
  forgetRepairDue,
  releaseRepair,
  repairQueueHolder,
  repairsDue,
  type OpsState,
} from '../../domain/ops/index.js';
import type { QueueHolder, ReplaceRepairDue } from '../../domain/repair/index.js';
import type { EpochMs } from '../../domain/time.js';

export interface OpsStateAccess {
  /** The ops state as this leader last read or wrote it. */
  state(): OpsState;
  /** Compare-and-set write (the ops runtime's OpsShell.save); throws on a conflict. */
  save(state: OpsState): Promise<void>;
}

export type Admission = { readonly ok: true } | { readonly ok: false; readonly reason: string };

export interface RepairQueue {
  holder(): Promise<QueueHolder | null>;
  admit(nodeId: string, now: EpochMs): Promise<Admission>;
  release(
    nodeId: string,
    result: 'succeeded' | 'failed' | 'cancelled',
    why: string,
    now: EpochMs,
  ): Promise<void>;
  /** Replacements waiting for their repair run, oldest first. */
  due(): readonly ReplaceRepairDue[];
  /** The run for that replace exists: the entry goes. */
  forgetDue(itemId: string): Promise<void>;
}

export function opsRepairQueue(access: OpsStateAccess): RepairQueue {
  return {
    holder: () => Promise.resolve(repairQueueHolder(access.state())),
    admit: async (nodeId, now) => {
      const state = access.state();
      const admission = admitRepair(state, nodeId, now);
      if (!admission.ok) return admission;
      if (admission.state !== state) await access.save(admission.state);
      return { ok: true };
    },
    release: async (nodeId, result, why, now) => {
      const state = access.state();
      const next = releaseRepair(state, nodeId, result, why, now);
      if (next !== state) await access.save(next);
    },
    due: () => repairsDue(access.state()),
    forgetDue: async (itemId) => {
      const state = access.state();
      const next = forgetRepairDue(state, itemId);
      if (next !== state) await access.save(next);
    },
  };
}

/** Ops state in this process only: for tests, and wherever no ops runtime runs. */
export class MemoryOpsState implements OpsStateAccess {
  constructor(public current: OpsState = EMPTY_OPS_STATE) {}

  state(): OpsState {
    return this.current;
  }

  save(state: OpsState): Promise<void> {
    this.current = state;
    return Promise.resolve();
  }
}
