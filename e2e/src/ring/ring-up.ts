// "The ring is up", in two steps: the leading scheduler reports every node Up with a NORMAL
// health probe (cheap HTTP, polled often), then every node's own `nodetool status` shows every
// node UN (a JVM per call, so only asked once the scheduler thinks it is time).
import { waitFor } from '../runtime/wait-for.js';
import { waitForAllUn, type NodetoolTarget } from './nodetool-view.js';
import type { RingScheduler } from './schedulers.js';
import { isNodeServing, readRingStatus, type NodeProgress, type RingStatus } from './status.js';

export interface RingUp {
  /** From `since` until the leader reported every node serving. */
  readonly reportedMs: number;
  /** From `since` until every node's nodetool status showed all UN. */
  readonly allUnMs: number;
  readonly nodes: readonly NodeProgress[];
}

export interface RingUpInput {
  readonly leader: () => Promise<RingScheduler>;
  readonly nodetool: NodetoolTarget;
  readonly nodeCount: number;
  readonly timeoutMs: number;
  /** performance.now() the times are measured from (default: the call). */
  readonly since?: number;
}

/** One line per node: what it is doing, for progress output and timeout messages. */
export function describeNodes(nodes: readonly NodeProgress[]): string {
  return nodes
    .map((n) => {
      const mode = n.operationMode === null ? '' : ` ${n.operationMode}`;
      const reason = n.reason === '' ? '' : ` (${n.reason})`;
      return `${n.nodeId}@${n.address ?? '?'} ${n.phase}${mode}${reason}`;
    })
    .join('; ');
}

export function isRingServing(status: RingStatus, nodeCount: number): boolean {
  return status.nodes.length === nodeCount && status.nodes.every(isNodeServing);
}

export async function waitForRingUp(input: RingUpInput): Promise<RingUp> {
  const startedAt = input.since ?? performance.now();
  const deadline = performance.now() + input.timeoutMs;
  const status = await waitFor(
    async () => {
      const leader = await input.leader();
      const current = await readRingStatus(leader.apiUrl);
      if (isRingServing(current, input.nodeCount)) return current;
      throw new Error(`${current.nodes.length} nodes: ${describeNodes(current.nodes)}`);
    },
    {
      timeoutMs: input.timeoutMs,
      intervalMs: 250,
      what: `the leader to report ${input.nodeCount} nodes Up and NORMAL`,
    },
  );
  const reportedMs = performance.now() - startedAt;
  const addresses = status.nodes.map((n) => n.address ?? '?');
  await waitForAllUn(input.nodetool, addresses, {
    timeoutMs: Math.max(1, deadline - performance.now()),
  });
  return {
    reportedMs: Math.round(reportedMs),
    allUnMs: Math.round(performance.now() - startedAt),
    nodes: status.nodes,
  };
}
