// A repair loop on fakes: the memory repair store, in-process ops state, a Mesos port that keeps
// every call, a manual clock, and node records the test changes. The executor side is played by
// the test: it reads the AdminRequests sent and answers with AdminReports.
import { cmf, type mesos } from '@cmf/proto';
import { newNodeRecord, type NodeRecord } from '../../../domain/node.js';
import { parseRepairConfig, type RawRepairConfig } from '../../../domain/repair/index.js';
import { epochMs, type EpochMs } from '../../../domain/time.js';
import type { RepairStore } from '../../../store/repair-store.js';
import { memoryRepairStore } from '../../../store/repair-store.js';
import { RecordingLogger } from '../../../testing/recording-logger.js';
import { RepairLoop } from '../repair-loop.js';
import { handleRepairMessage } from '../repair-reports.js';
import { MemoryOpsState, opsRepairQueue } from '../serial-queue.js';

export const T0 = epochMs(Date.parse('2026-03-01T01:59:30Z'));

export class ManualClock {
  constructor(public nowMs: number = T0) {}
  now(): EpochMs {
    return epochMs(this.nowMs);
  }
  advance(ms: number): void {
    this.nowMs += ms;
  }
}

export function upNode(index: number): NodeRecord {
  const base = newNodeRecord(`node-${String(index)}`, index, index === 0, T0);
  return {
    ...base,
    phase: 'Up',
    executorId: `exec-${String(index)}`,
    taskId: `task-${String(index)}`,
    placement: {
      agentId: `agent-${String(index)}`,
      hostname: `host-${String(index)}`,
      address: `127.0.1.${String(index + 1)}`,
      rack: 'rack1',
      persistenceId: `p-${String(index)}`,
      volumePath: 'data',
      reservedResources: [],
    },
  };
}

export interface Sent {
  readonly agentId: string;
  readonly executorId: string;
  readonly request: cmf.v1.AdminRequest;
  /** The step's status in the store when the call went out (write-ahead). */
  readonly storedStatus: string | undefined;
}

export interface HarnessOptions {
  readonly config?: RawRepairConfig;
  readonly store?: RepairStore;
  readonly ops?: MemoryOpsState;
  readonly clock?: ManualClock;
  readonly term?: string;
  readonly keyspaces?: readonly string[] | null;
}

export function repairHarness(options: HarnessOptions = {}) {
  const parsed = parseRepairConfig({ schedule: '0 2 * * *', ...options.config });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  const sent: Sent[] = [];
  const nodes: NodeRecord[] = [upNode(0), upNode(1), upNode(2)];
  const clock = options.clock ?? new ManualClock();
  const store = options.store ?? memoryRepairStore();
  const ops = options.ops ?? new MemoryOpsState();
  const logger = new RecordingLogger();
  const mesosPort = {
    call: async (call: mesos.v1.scheduler.Call.$Properties): Promise<void> => {
      const m = call.message;
      if (!m?.data) return;
      const request = cmf.v1.AdminRequest.decode(m.data);
      const [, runId = '', nodeId] = request.request_id.split('.');
      const stored = await store.run(runId);
      const storedStatus = stored?.value.steps.find((st) => st.nodeId === nodeId)?.status;
      sent.push({
        agentId: m.agent_id.value,
        executorId: m.executor_id.value,
        request,
        storedStatus,
      });
    },
  };
  const known =
    options.keyspaces === undefined ? ['shop', 'users', 'system_auth'] : options.keyspaces;
  let runs = 0;
  const loop = new RepairLoop({
    config: parsed.config,
    store,
    queue: opsRepairQueue(ops),
    mesos: mesosPort,
    clock,
    logger,
    leaderTerm: options.term ?? 'term-1',
    nodes: () => nodes,
    keyspaces: () => Promise.resolve(known),
    newRunId: () => `run-${String(++runs)}`,
    queryEveryMs: 10_000,
  });
  /** The executor's answer to the request with `id`, delivered as a MESSAGE would be. */
  const report = async (
    id: string,
    state: cmf.v1.AdminReport.State,
    extra: Partial<cmf.v1.AdminReport.$Properties> = {},
  ): Promise<void> => {
    const node_id = id.split('.')[2] ?? '';
    const data = cmf.v1.AdminReport.encode({ request_id: id, node_id, state, ...extra }).finish();
    if (await handleRepairMessage(loop, data)) await loop.wake();
  };
  const repairs = () => sent.filter((s) => s.request.repair);
  return { loop, sent, repairs, nodes, clock, store, ops, logger, report };
}

export const State = cmf.v1.AdminReport.State;
