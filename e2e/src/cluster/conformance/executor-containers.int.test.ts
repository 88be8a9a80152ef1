// Containers as Mesos keeps them: every process an executor starts belongs to its container, whatever
// process group or session it moves to (our Cassandra executor starts Cassandra in a group of its own).
// A stopped agent leaves containers running; a killed agent, the exit of the process that runs the
// agents, and `make cluster` stopped with SIGINT/SIGTERM leave no process behind.
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, type TestContext } from 'node:test';
import { fileURLToPath } from 'node:url';
import { mesos } from '@cmf/proto';
import { waitFor } from '../../runtime/wait-for.js';
import {
  agentTest,
  executorInfo,
  frameworkInfo,
  sandboxFor,
  taskInfo,
  type TestAgent,
} from '../../testing/agent-harness.js';
import { containerPids, isRunning, processesUnder, readPidFile } from '../../testing/processes.js';
import { signalProcess } from '../agent/container-processes.js';
import { acceptCall, launch } from '../testing/calls.js';
import { testTask } from '../testing/cluster-harness.js';
import {
  frameworkHandle,
  frameworkInfo as schedulerFrameworkInfo,
  protobufHeaders,
  subscribeCall,
} from '../testing/master-harness.js';
import { encodeCall, openStream } from '../testing/scheduler-wire.js';

const S = mesos.v1.TaskState;
const MAIN = fileURLToPath(new URL('../main.js', import.meta.url));
const AGENT_HARNESS = new URL('../../testing/agent-harness.js', import.meta.url).href;

interface Grandchildren {
  readonly inGroup: number;
  readonly detached: number;
}

function grandchildrenOf(sandbox: string): Grandchildren {
  return {
    inGroup: readPidFile(join(sandbox, 'grandchild.pid')),
    detached: readPidFile(join(sandbox, 'detached-grandchild.pid')),
  };
}

async function agentWithGrandchildren(
  scope: Parameters<Parameters<typeof agentTest>[1]>[0],
): Promise<{ a: TestAgent; sandbox: string; pids: Grandchildren; executorPid: number }> {
  const a = await scope.agent();
  a.master.autoAck = true;
  a.agent.runTask(
    frameworkInfo('F-1'),
    taskInfo('task-1', executorInfo('exec-1'), { mode: 'grandchild', agentId: a.agentId }),
  );
  const running = await a.master.waitForUpdate('task-1', S.TASK_RUNNING);
  const sandbox = sandboxFor(a);
  const executorPid = running.status.container_status?.executor_pid ?? assert.fail('no pid');
  return { a, sandbox, pids: grandchildrenOf(sandbox), executorPid };
}

agentTest(
  'a stopped agent leaves its containers whole; the restarted one takes them back',
  async (scope) => {
    const { a, sandbox, pids, executorPid } = await agentWithGrandchildren(scope);
    await a.agent.stop();
    const b = scope.adopt(await a.restart());
    b.master.autoAck = true;
    const reg = b.master.registrations[b.master.registrations.length - 1]?.reg;
    assert.deepEqual(
      reg?.executors.map((e) => e.executorInfo.executor_id.value),
      ['exec-1'],
      'the executor re-subscribed in time',
    );
    assert.ok(isRunning(executorPid), 'the executor kept running');
    assert.ok(isRunning(pids.inGroup) && isRunning(pids.detached), 'so did what it started');
    assert.equal(containerPids(sandbox).length, 3);
  },
);

agentTest(
  'killing an agent destroys its containers: nothing carrying their sandbox is left',
  async (scope) => {
    const { a, sandbox, pids } = await agentWithGrandchildren(scope);
    await a.agent.kill();
    assert.ok(!isRunning(pids.detached), 'the grandchild in a session of its own is gone');
    assert.ok(!isRunning(pids.inGroup), 'the grandchild in the executor’s group is gone');
    assert.deepEqual(containerPids(sandbox), []);
  },
);

/** Kills whatever a failed test left under its work dir, so that no test leaks processes. */
function sweep(workDir: string, child?: ChildProcess): void {
  if (child?.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  for (const pid of processesUnder(workDir)) signalProcess(pid, 'SIGKILL');
  rmSync(workDir, { recursive: true, force: true });
}

function exited(child: ChildProcess): Promise<{ code: number | null; signal: string | null }> {
  if (child.exitCode !== null || child.signalCode !== null)
    return Promise.resolve({ code: child.exitCode, signal: child.signalCode });
  return new Promise((resolve) => {
    child.once('exit', (code, signal) => {
      resolve({ code, signal });
    });
  });
}

/** Collects a child's output; the first line of stdout resolves `firstLine`. */
function outputOf(child: ChildProcess): { firstLine: Promise<string>; text: () => string } {
  let out = '';
  let err = '';
  child.stderr?.on('data', (d: Buffer) => (err += d.toString()));
  const firstLine = new Promise<string>((resolve, reject) => {
    child.stdout?.on('data', (d: Buffer) => {
      out += d.toString();
      if (out.includes('\n')) resolve(out.slice(0, out.indexOf('\n')));
    });
    child.once('exit', () => {
      reject(new Error(`exited before printing a line; stderr:\n${err}`));
    });
  });
  return { firstLine, text: () => `stdout:\n${out}\nstderr:\n${err}` };
}

void test('the process running an agent exits: its containers die with it', async (t: TestContext) => {
  const workDir = mkdtempSync(join(tmpdir(), 'agent-exit-'));
  // A process that starts an agent, runs one task that leaves two grandchildren, prints the sandbox
  // and exits without stopping anything: only the reaper's exit hook can clean up.
  const script = `
    const h = await import(${JSON.stringify(AGENT_HARNESS)});
    const a = await h.startTestAgent({ workDir: process.env.AGENT_WORK_DIR });
    a.agent.runTask(h.frameworkInfo('F-1'),
      h.taskInfo('task-1', h.executorInfo('exec-1'), { mode: 'grandchild', agentId: a.agentId }));
    await a.master.waitForUpdate('task-1', ${S.TASK_RUNNING});
    process.stdout.write(h.sandboxFor(a) + '\\n');
    process.exit(0);`;
  const child = spawn(process.execPath, ['--input-type=module', '-e', script], {
    env: { ...process.env, AGENT_WORK_DIR: workDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output = outputOf(child);
  try {
    const sandbox = await output.firstLine;
    const pids = grandchildrenOf(sandbox);
    assert.deepEqual(await exited(child), { code: 0, signal: null });
    assert.ok(!isRunning(pids.detached), 'the grandchild in a session of its own is gone');
    assert.ok(!isRunning(pids.inGroup), 'the grandchild in the executor’s group is gone');
    assert.deepEqual(processesUnder(workDir), []);
  } catch (err) {
    t.diagnostic(output.text());
    throw err;
  } finally {
    sweep(workDir, child);
  }
});

function clusterConfig(workDir: string): string {
  const path = join(workDir, 'cluster.json');
  const config = {
    master: { host: '127.0.0.1', port: 0 },
    agents: {
      defaults: { resources: 'cpus:2;mem:4096;disk:10000;ports:[31000-32000]', port: 0 },
      list: [
        { ip: '127.0.2.1', attributes: 'rack:r1' },
        { ip: '127.0.2.2', attributes: 'rack:r2' },
      ],
    },
    workDir: join(workDir, 'cluster'),
    timings: { allocationIntervalMs: 50 },
    credentials: null,
  };
  writeFileSync(path, JSON.stringify(config));
  return path;
}

/** One task per agent, each leaving two grandchildren; resolves when both are RUNNING. */
async function launchEverywhere(masterUrl: string): Promise<() => void> {
  const url = `${masterUrl}/api/v1/scheduler`;
  const stream = await openStream(
    url,
    encodeCall(subscribeCall(schedulerFrameworkInfo())),
    protobufHeaders,
  );
  const subscribed = await stream.nextOfType(mesos.v1.scheduler.Event.Type.SUBSCRIBED);
  const fw = frameworkHandle({ url }, stream, subscribed.subscribed?.framework_id.value ?? '');
  const agents = new Set<string>();
  for (let from = 0; agents.size < 2;) {
    const event = await stream.nextOfType(mesos.v1.scheduler.Event.Type.OFFERS, { from });
    from = stream.events.indexOf(event) + 1;
    for (const offer of event.offers?.offers ?? []) {
      const agentId = offer.agent_id.value;
      if (agents.has(agentId)) continue;
      const taskId = `t${agents.size.toString()}`;
      agents.add(agentId);
      const task = testTask(taskId, agentId, 'grandchild');
      assert.equal((await fw.call(acceptCall([offer.id.value], [launch(task)]))).status, 202);
    }
  }
  for (const taskId of ['t0', 't1']) {
    await stream.next(
      (e) => e.update?.status.task_id.value === taskId && e.update.status.state === S.TASK_RUNNING,
      `${taskId} RUNNING`,
      { timeoutMs: 20_000 },
    );
  }
  return () => {
    stream.close();
  };
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  void test(`make cluster stopped with ${signal} leaves no process behind`, async (t: TestContext) => {
    const workDir = mkdtempSync(join(tmpdir(), 'make-cluster-'));
    const child = spawn(process.execPath, [MAIN], {
      env: { ...process.env, CLUSTER_CONFIG: clusterConfig(workDir), AGENTS: '2' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const output = outputOf(child);
    try {
      const closeStream = await launchEverywhere(await output.firstLine);
      const running = await waitFor(
        () => processesUnder(workDir).length >= 6 && processesUnder(workDir),
        {
          timeoutMs: 5000,
          what: 'two executors and four grandchildren',
        },
      );
      closeStream();
      child.kill(signal);
      assert.deepEqual(await exited(child), { code: 0, signal: null });
      assert.deepEqual(processesUnder(workDir), [], 'nothing carries a sandbox of the cluster');
      assert.deepEqual(running.filter(isRunning), [], 'every process seen before is gone');
    } catch (err) {
      t.diagnostic(output.text());
      throw err;
    } finally {
      sweep(workDir, child);
    }
  });
}
