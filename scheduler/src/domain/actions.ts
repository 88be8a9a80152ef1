// What a reconcile pass asks the shell to do, in order. Every action is idempotent and carries the
// reason it was chosen, which the reconcile loop logs and /v1/plan shows.
import type { NodeRecord } from './node.js';
import type { NodeDemand } from './offers.js';

export type Action =
  /** Persist records for nodes the ring should have but has none for yet. */
  | { readonly type: 'createNodes'; readonly nodes: readonly NodeRecord[]; readonly reason: string }
  /** This node launches on the first offer that fits it. */
  | { readonly type: 'wantOffer'; readonly demand: NodeDemand; readonly reason: string }
  /** Apply `deadlinePassed`: a failed node may try again, a stopped one start. */
  | { readonly type: 'retryNode'; readonly nodeId: string; readonly reason: string }
  | {
      readonly type: 'killTask';
      readonly taskId: string;
      readonly agentId: string | null;
      readonly reason: string;
    }
  /** Ask the master about one task (explicit reconciliation); throttled by the shell. */
  | {
      readonly type: 'reconcileTask';
      readonly taskId: string;
      readonly agentId: string | null;
      readonly reason: string;
    }
  | { readonly type: 'revive'; readonly reason: string }
  | { readonly type: 'suppress'; readonly reason: string };

export type ActionType = Action['type'];

export type StepStatus = 'done' | 'inProgress' | 'waiting' | 'failed';

/** One node's line in the plan: where it stands and why. */
export interface PlanStep {
  readonly nodeId: string;
  readonly seed: boolean;
  readonly phase: NodeRecord['phase'];
  readonly status: StepStatus;
  readonly reason: string;
}

export interface Plan {
  readonly actions: readonly Action[];
  readonly steps: readonly PlanStep[];
}
