// What the ops core asks the shell to do, after the ops state that records it is persisted
// (write-ahead: a new leader finds the step `sent` and resumes from there). Each carries the
// reason it was chosen; executor requests carry a request id the executor never runs twice.

export type OpsAction =
  /** Apply `drainRequested`, then KILL the node's task: the executor drains Cassandra on KILL. */
  | { readonly type: 'drainNode'; readonly nodeId: string; readonly reason: string }
  /** Back to Pending with goal Running and launch mode `restart`: reconcile asks for its offer. */
  | { readonly type: 'relaunchNode'; readonly nodeId: string; readonly reason: string }
  /**
   * The record lets go of its placement (now a stale reservation) and becomes a replacement:
   * Pending, launch mode `replace`, replace_address = `replaceAddress`, not in its own seed list.
   */
  | {
      readonly type: 'retireNode';
      readonly nodeId: string;
      readonly replaceAddress: string;
      readonly reason: string;
    }
  /** Apply `decommissionRequested`, then send AdminRequest{decommission} with `requestId`. */
  | {
      readonly type: 'decommissionNode';
      readonly nodeId: string;
      readonly requestId: string;
      readonly reason: string;
    }
  | {
      readonly type: 'cleanupNode';
      readonly nodeId: string;
      readonly requestId: string;
      readonly reason: string;
    }
  /** Each named executor rewrites its seed list and has Cassandra reload it (no restart). */
  | {
      readonly type: 'updateSeeds';
      readonly nodeIds: readonly string[];
      readonly seeds: readonly string[];
      readonly requestId: string;
      readonly reason: string;
    }
  /** AdminRequest{query: requestId} to each node; the answers come back as admin reports. */
  | {
      readonly type: 'queryAdmin';
      readonly nodeIds: readonly string[];
      readonly requestId: string;
      readonly reason: string;
    }
  | {
      readonly type: 'killTask';
      readonly nodeId: string;
      readonly taskId: string;
      readonly agentId: string | null;
      readonly reason: string;
    }
  /** Delete the node's record: it has LEFT the ring and its task is gone. */
  | { readonly type: 'forgetNode'; readonly nodeId: string; readonly reason: string };

export type OpsActionType = OpsAction['type'];
