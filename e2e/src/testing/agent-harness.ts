// Test scaffolding for the local agent: a MasterPort that records what an agent tells its master (and
// can acknowledge updates like a scheduler would), builders for frameworks, executors and tasks that run
// the test executor, and a one-call agent on a temporary work dir.
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { mesos } from '@cmf/proto';
import { Agent } from '../cluster/agent/index.js';
import { makeTimings, type Timings } from '../cluster/common/timings.js';
import type {
  AgentPort,
  Attribute,
  AgentRegistration,
  ExecutorInfo,
  FrameworkInfo,
  Logger,
  MasterPort,
  Resource,
  TaskInfo,
  TaskStatus,
} from '../cluster/link.js';
import { waitFor } from '../runtime/wait-for.js';
import { TEST_EXECUTOR, taskData, type TestTaskMode } from './test-executor-plan.js';

export { TEST_EXECUTOR } from './test-executor-plan.js';

export interface RecordedUpdate {
  readonly agentId: string;
  readonly frameworkId: string;
  readonly status: TaskStatus;
}

/** Stands in for the master: assigns agent ids, records everything, acknowledges on request. */
export class MasterRecorder implements MasterPort {
  readonly registrations: { reg: AgentRegistration; port: AgentPort }[] = [];
  readonly updates: RecordedUpdate[] = [];
  readonly messages: { executorId: string; data: Uint8Array }[] = [];
  readonly exits: { executorId: string; waitStatus: number }[] = [];
  readonly disconnections: string[] = [];
  /** Acknowledge every update as it arrives, like a scheduler that keeps up. */
  autoAck = false;
  #next = 0;

  register(reg: AgentRegistration, agent: AgentPort): { agentId: string } {
    this.registrations.push({ reg, port: agent });
    return { agentId: reg.agentId ?? `test-master-S${(this.#next++).toString()}` };
  }

  statusUpdate(agentId: string, frameworkId: string, status: TaskStatus): void {
    const update = { agentId, frameworkId, status };
    this.updates.push(update);
    if (this.autoAck) this.acknowledge(update);
  }

  executorMessage(
    _agentId: string,
    _frameworkId: string,
    executorId: string,
    data: Uint8Array,
  ): void {
    this.messages.push({ executorId, data });
  }

  executorExited(
    _agentId: string,
    _frameworkId: string,
    executorId: string,
    waitStatus: number,
  ): void {
    this.exits.push({ executorId, waitStatus });
  }

  disconnected(agentId: string): void {
    this.disconnections.push(agentId);
  }

  /** The agent port of the latest registration. */
  get agent(): AgentPort {
    const last = this.registrations[this.registrations.length - 1];
    if (last === undefined) throw new Error('no agent registered yet');
    return last.port;
  }

  /** The scheduler's ACKNOWLEDGE, delivered on a later tick as the link does. */
  acknowledge(update: RecordedUpdate): void {
    const uuid = update.status.uuid;
    if (!uuid) throw new Error('master-generated updates are never acknowledged');
    const agent = this.agent;
    setImmediate(() => {
      agent.acknowledge(update.frameworkId, update.status.task_id.value, uuid);
    });
  }

  /** Updates of one task, in arrival order, as state names. */
  statesOf(taskId: string): string[] {
    return this.updates
      .filter((u) => u.status.task_id.value === taskId)
      .map((u) => mesos.v1.TaskState[u.status.state]);
  }

  async waitForUpdate(
    taskId: string,
    state: mesos.v1.TaskState,
    timeoutMs = 10_000,
  ): Promise<RecordedUpdate> {
    return waitFor(
      () => this.updates.find((u) => u.status.task_id.value === taskId && u.status.state === state),
      {
        timeoutMs,
        intervalMs: 10,
        what: `${mesos.v1.TaskState[state]} of ${taskId} (got ${this.statesOf(taskId).join(', ')})`,
      },
    );
  }
}

/** Collects log lines; printed by tests when they fail. */
export class MemoryLog implements Logger {
  readonly lines: string[] = [];
  debug(msg: string, fields?: Readonly<Record<string, unknown>>): void {
    this.#add('debug', msg, fields);
  }
  info(msg: string, fields?: Readonly<Record<string, unknown>>): void {
    this.#add('info', msg, fields);
  }
  warn(msg: string, fields?: Readonly<Record<string, unknown>>): void {
    this.#add('warn', msg, fields);
  }
  error(msg: string, fields?: Readonly<Record<string, unknown>>): void {
    this.#add('error', msg, fields);
  }
  #add(level: string, msg: string, fields?: Readonly<Record<string, unknown>>): void {
    this.lines.push(JSON.stringify({ level, msg, ...fields }));
  }
}

/** Timings small enough for tests; everything not named stays Mesos's default. */
export function testTimings(overrides: Partial<Timings> = {}): Timings {
  return makeTimings({
    statusUpdateRetryMs: 10_000,
    executorRegistrationTimeoutMs: 20_000,
    executorReregistrationTimeoutMs: 1_500,
    executorShutdownGraceMs: 1_000,
    recoveryTimeoutMs: 30_000,
    ...overrides,
  });
}

export function scalar(name: string, value: number): Resource {
  return { name, type: mesos.v1.Value.Type.SCALAR, scalar: { value } };
}

export const AGENT_RESOURCES: Resource[] = [
  scalar('cpus', 2),
  scalar('mem', 4096),
  scalar('disk', 10_000),
  {
    name: 'ports',
    type: mesos.v1.Value.Type.RANGES,
    ranges: { range: [{ begin: 31000, end: 32000 }] },
  },
];

/** Like the recorded real agent: `--attributes=rack:r1`. */
export const AGENT_ATTRIBUTES: Attribute[] = [
  { name: 'rack', type: mesos.v1.Value.Type.TEXT, text: { value: 'r1' } },
];

export function frameworkInfo(
  id: string,
  options: { checkpoint?: boolean; partitionAware?: boolean } = {},
): FrameworkInfo {
  const Cap = mesos.v1.FrameworkInfo.Capability.Type;
  return {
    user: 'root',
    name: 'agent-test',
    id: { value: id },
    checkpoint: options.checkpoint ?? true,
    failover_timeout: 60,
    roles: ['*'],
    capabilities: [
      { type: Cap.MULTI_ROLE },
      ...(options.partitionAware === false ? [] : [{ type: Cap.PARTITION_AWARE }]),
    ],
  };
}

/** An executor running the test executor, or any shell command (e.g. a process that never subscribes). */
export function executorInfo(
  executorId: string,
  options: {
    command?: string;
    env?: Record<string, string>;
    uris?: mesos.v1.CommandInfo.URI.$Properties[];
    resources?: Resource[];
    graceMs?: number;
  } = {},
): ExecutorInfo {
  const command = options.command ?? `exec '${process.execPath}' '${TEST_EXECUTOR}'`;
  return {
    executor_id: { value: executorId },
    type: mesos.v1.ExecutorInfo.Type.CUSTOM,
    name: 'test executor',
    resources: options.resources ?? [scalar('cpus', 0.1), scalar('mem', 32)],
    command: {
      value: command,
      shell: true,
      uris: options.uris ?? [],
      environment: {
        variables: Object.entries(options.env ?? {}).map(([name, value]) => ({ name, value })),
      },
    },
    ...(options.graceMs === undefined
      ? {}
      : { shutdown_grace_period: { nanoseconds: options.graceMs * 1e6 } }),
  };
}

export function taskInfo(
  taskId: string,
  executor: ExecutorInfo,
  options: {
    mode?: TestTaskMode;
    exitCode?: number;
    finishAfterMs?: number;
    resources?: Resource[];
    agentId?: string;
  } = {},
): TaskInfo {
  return {
    name: `task ${taskId}`,
    task_id: { value: taskId },
    agent_id: { value: options.agentId ?? 'unset' },
    resources: options.resources ?? [scalar('cpus', 0.1), scalar('mem', 32)],
    executor,
    data: taskData(options.mode ?? 'run', {
      ...(options.exitCode === undefined ? {} : { exitCode: options.exitCode }),
      ...(options.finishAfterMs === undefined ? {} : { finishAfterMs: options.finishAfterMs }),
    }),
  };
}

export interface TestAgent {
  readonly agent: Agent;
  readonly master: MasterRecorder;
  readonly log: MemoryLog;
  readonly workDir: string;
  readonly agentId: string;
  /** A new Agent object on the same work dir and master (a restart after stop()). */
  restart(): Promise<TestAgent>;
  /** Kills the agent and its executors, removes the work dir. */
  cleanup(): Promise<void>;
}

export async function startTestAgent(
  options: {
    timings?: Timings;
    master?: MasterRecorder;
    workDir?: string;
    ip?: string;
    port?: number;
  } = {},
): Promise<TestAgent> {
  const master = options.master ?? new MasterRecorder();
  const workDir = options.workDir ?? mkdtempSync(join(tmpdir(), 'agent-'));
  const log = new MemoryLog();
  const timings = options.timings ?? testTimings();
  const ip = options.ip ?? '127.0.0.1';
  const agent = new Agent({
    ip,
    port: options.port ?? 0,
    workDir,
    resources: AGENT_RESOURCES,
    attributes: AGENT_ATTRIBUTES,
    master,
    timings,
    log,
  });
  const registrations = master.registrations.length;
  await agent.start();
  await waitFor(() => master.registrations.length > registrations, {
    timeoutMs: 10_000,
    intervalMs: 10,
    what: 'agent registration',
  });
  const self: TestAgent = {
    agent,
    master,
    log,
    workDir,
    agentId: agent.agentId ?? '',
    // Asked for any port, a restarted agent takes the one it had (its checkpoint says which).
    restart: () => startTestAgent({ timings, master, workDir, ip }),
    cleanup: async () => {
      await agent.kill();
      rmSync(workDir, { recursive: true, force: true });
    },
  };
  return self;
}

/** The events the agent sent, as the test executor recorded them (its own notes left out). */
export function receivedEvents(sandbox: string): string[] {
  const own = new Set(['UPDATE_SENT', 'UPDATE_FAILED', 'DISCONNECTED', 'SUBSCRIBE_FAILED']);
  return executorEvents(sandbox)
    .map((e) => e.type)
    .filter((t) => !own.has(t));
}

/** What the test executor recorded in its sandbox. */
export function executorEvents(
  sandbox: string,
): { type: string; taskId?: string; clean?: boolean }[] {
  try {
    return readFileSync(join(sandbox, 'events.jsonl'), 'utf8')
      .split('\n')
      .filter((l) => l !== '')
      .map((l) => JSON.parse(l) as { type: string; taskId?: string });
  } catch {
    return [];
  }
}

/** The sandbox of an executor's only run (framework F-1 by default); fails the test if there is none. */
export function sandboxFor(a: TestAgent, executorId = 'exec-1', frameworkId = 'F-1'): string {
  const found = sandboxOf(a.workDir, a.agentId, frameworkId, executorId);
  if (found === undefined) throw new Error(`no sandbox for executor ${executorId}`);
  return found;
}

/** The sandbox of an executor's only run, found on disk. */
export function sandboxOf(
  workDir: string,
  agentId: string,
  frameworkId: string,
  executorId: string,
): string | undefined {
  const runs = join(
    workDir,
    'slaves',
    agentId,
    'frameworks',
    frameworkId,
    'executors',
    executorId,
    'runs',
  );
  try {
    const [first] = readdirSync(runs);
    return first === undefined ? undefined : join(runs, first);
  } catch {
    return undefined;
  }
}

export interface AgentTestScope {
  /** Starts an agent that the test cleans up, and whose log is printed if the test fails. */
  agent(options?: Parameters<typeof startTestAgent>[0]): Promise<TestAgent>;
  /** Registers an agent made otherwise (e.g. by restart()). */
  adopt(agent: TestAgent): TestAgent;
}

/** A test with agents: on failure their logs become test diagnostics; afterwards they are killed. */
export function agentTest(name: string, body: (scope: AgentTestScope) => Promise<void>): void {
  void test(name, async (t) => {
    const agents: TestAgent[] = [];
    const scope: AgentTestScope = {
      agent: async (options) => scope.adopt(await startTestAgent(options)),
      adopt: (agent) => {
        agents.push(agent);
        return agent;
      },
    };
    try {
      await body(scope);
    } catch (err) {
      for (const a of agents) for (const line of a.log.lines) t.diagnostic(line);
      throw err;
    } finally {
      for (const a of agents.reverse()) await a.cleanup();
    }
  });
}
