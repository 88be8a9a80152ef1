// Scaffolding for tests of the whole local cluster: startCluster with real agents (port 0 on
// 127.0.2.N), fast timings, the agent engineer's test executor, and raw-HTTP frameworks.
import { test } from 'node:test';
import { mesos } from '@cmf/proto';
import { TEST_EXECUTOR } from '../../testing/agent-harness.js';
import { taskData, type TestTaskMode } from '../../testing/test-executor-plan.js';
import { startCluster, type Cluster } from '../cluster.js';
import { parseAttributeText, parseResourceText } from '../common/resource-text.js';
import type { Timings } from '../common/timings.js';
import type { AgentSpec } from '../config.js';
import type { ExecutorInfo, FrameworkInfo, TaskInfo } from '../link.js';
import { MemoryLog, runWithLogs } from '../log.js';
import { cpus, mem } from './calls.js';
import { RECORDED_RESOURCES } from './fake-agent.js';
import {
  frameworkHandle,
  frameworkInfo,
  protobufHeaders,
  subscribeCall,
  type Framework,
} from './master-harness.js';
import { EventType, encodeCall, openStream, type EventStream } from './scheduler-wire.js';

export const clusterTimings: Partial<Timings> = {
  heartbeatIntervalMs: 60_000,
  allocationIntervalMs: 50,
  agentPingIntervalMs: 100,
  maxAgentPingTimeouts: 3,
  statusUpdateRetryMs: 10_000,
  executorRegistrationTimeoutMs: 20_000,
  executorReregistrationTimeoutMs: 1_500,
  executorShutdownGraceMs: 1_000,
  recoveryTimeoutMs: 30_000,
};

function must<T>(o: { ok: true; value: T } | { ok: false; error: string }): T {
  if (!o.ok) throw new Error(o.error);
  return o.value;
}

export function agentSpecs(n: number): AgentSpec[] {
  return Array.from({ length: n }, (_, i) => ({
    ip: `127.0.2.${i + 1}`,
    port: 0,
    resources: must(parseResourceText(RECORDED_RESOURCES)),
    attributes: must(parseAttributeText(`rack:r${(i % 3) + 1}`)),
  }));
}

/** An executor that runs the test executor (node + e2e/dist/testing/test-executor.js). */
export function testExecutor(id: string): ExecutorInfo {
  return {
    executor_id: { value: id },
    type: mesos.v1.ExecutorInfo.Type.CUSTOM,
    name: 'test executor',
    command: { value: `exec '${process.execPath}' '${TEST_EXECUTOR}'`, shell: true },
    resources: [cpus(0.1), mem(32)],
  };
}

export function testTask(
  id: string,
  agentId: string,
  mode: TestTaskMode,
  options: { exitCode?: number; finishAfterMs?: number; executorId?: string } = {},
): TaskInfo {
  const { executorId = `${id}-executor`, ...plan } = options;
  return {
    name: id,
    task_id: { value: id },
    agent_id: { value: agentId },
    resources: [cpus(0.5), mem(128)],
    executor: testExecutor(executorId),
    data: taskData(mode, plan),
  };
}

export interface ClusterScope {
  readonly cluster: Cluster;
  readonly log: MemoryLog;
  readonly schedulerUrl: () => string;
  subscribe(info?: FrameworkInfo): Promise<Framework>;
  open(info: FrameworkInfo): Promise<EventStream>;
}

export function clusterTest(
  name: string,
  body: (scope: ClusterScope) => Promise<void>,
  options: { agents?: number; timings?: Partial<Timings> } = {},
): void {
  void test(name, async (t) => {
    const log = new MemoryLog();
    const cluster = await startCluster({
      agents: agentSpecs(options.agents ?? 1),
      timings: { ...clusterTimings, ...options.timings },
      logger: (c) => log.logger(c),
      executorEnvironment: { PATH: process.env['PATH'] ?? '/usr/bin:/bin' },
    });
    const streams: EventStream[] = [];
    const schedulerUrl = (): string => `${cluster.masterUrl}/api/v1/scheduler`;
    const open = async (info: FrameworkInfo): Promise<EventStream> => {
      const stream = await openStream(
        schedulerUrl(),
        encodeCall(subscribeCall(info)),
        protobufHeaders,
      );
      streams.push(stream);
      return stream;
    };
    const scope: ClusterScope = {
      cluster,
      log,
      schedulerUrl,
      open,
      subscribe: async (info = frameworkInfo()) => {
        const stream = await open(info);
        const subscribed = await stream.nextOfType(EventType.SUBSCRIBED);
        return frameworkHandle(
          { url: schedulerUrl() },
          stream,
          subscribed.subscribed?.framework_id.value ?? '',
        );
      },
    };
    await runWithLogs(
      t,
      log,
      () => body(scope),
      async () => {
        for (const s of streams) s.close();
        await cluster.stop();
      },
    );
  });
}
