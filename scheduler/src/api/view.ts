// What the API shows, gathered from the running process: no business rules here, only the shape
// the JSON takes. The app fills a StatusSource; the routes read it.
import type { Plan } from '../domain/actions.js';
import type { ClusterSpec } from '../domain/cluster.js';
import type { NodeRecord } from '../domain/node.js';
import type { OpsApiSource } from './ops-routes.js';
import type { RepairSource } from './repair-routes.js';

export interface StatusSource {
  /** Who leads this ring (identity of the leading process), and whether it is this process. */
  leadership(): Promise<{ readonly leader: string | null; readonly isLeader: boolean }>;
  frameworkId(): Promise<string | null>;
  subscribed(): { readonly master: string } | null;
  reconciliation(): 'pending' | 'settled' | 'not leading';
  target(): ClusterSpec;
  /** Problems that kept a new config from becoming the target (it still runs the old one). */
  configErrors(): readonly { readonly key: string; readonly reason: string }[];
  nodes(): Promise<readonly NodeRecord[]>;
  plan(): Plan;
  /** Repair runs and schedule; absent where no repair loop is wired. */
  readonly repairs?: RepairSource;
  /** The ops queue (plan lines, node requests, the config dry run); absent where not wired. */
  readonly ops?: OpsApiSource;
}

export interface NodeView {
  readonly id: string;
  readonly seed: boolean;
  readonly phase: string;
  readonly goal: string;
  readonly agentId: string | null;
  readonly hostname: string | null;
  readonly address: string | null;
  readonly rack: string | null;
  readonly taskId: string | null;
  readonly taskState: string | null;
  readonly health: {
    readonly operationMode: string;
    readonly probedAtMs: number;
    readonly problem: string;
  } | null;
  readonly failures: number;
  readonly lastFailure: string | null;
  readonly configVersion: string | null;
  /** From the plan: what this node is doing or waiting for. */
  readonly reason: string;
}

function placementView(
  node: NodeRecord,
): Pick<NodeView, 'agentId' | 'hostname' | 'address' | 'rack'> {
  const p = node.placement;
  if (!p) return { agentId: null, hostname: null, address: null, rack: null };
  return { agentId: p.agentId, hostname: p.hostname, address: p.address, rack: p.rack };
}

export function nodeView(node: NodeRecord, plan: Plan): NodeView {
  const step = plan.steps.find((s) => s.nodeId === node.nodeId);
  return {
    id: node.nodeId,
    seed: node.seed,
    phase: node.phase,
    goal: node.goal,
    ...placementView(node),
    taskId: node.taskId,
    taskState: node.lastTaskState,
    health: node.health
      ? {
          operationMode: node.health.operationMode,
          probedAtMs: node.health.probedAtMs,
          problem: node.health.problem,
        }
      : null,
    failures: node.failureCount,
    lastFailure: node.lastFailureReason,
    configVersion: node.configVersion,
    reason: step?.reason ?? (node.phase === 'Up' ? 'NORMAL and seen UP' : ''),
  };
}
