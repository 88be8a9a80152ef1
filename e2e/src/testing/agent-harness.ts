// Running a local agent in a test: on a temporary work dir, against a MasterRecorder, restartable on
// the same work dir; its log is printed when the test fails, and it is killed afterwards.
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { Agent } from '../cluster/agent/index.js';
import type { Timings } from '../cluster/common/timings.js';
import { MemoryLog } from '../cluster/log.js';
import { waitFor } from '../runtime/wait-for.js';
import { AGENT_ATTRIBUTES, AGENT_RESOURCES, testTimings } from './agent-builders.js';
import { MasterRecorder } from './master-recorder.js';

export * from './agent-builders.js';
export * from './master-recorder.js';
export { TEST_EXECUTOR } from './test-executor-plan.js';

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
    log: log.logger('agent'),
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
