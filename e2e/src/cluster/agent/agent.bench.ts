// How many executor status updates per second one local agent takes in (UPDATE → 202), checkpoints,
// acknowledges to the executor and pushes through its head-of-line streams to a master that acks at
// once. The executor side runs in a worker thread so that it does not eat the agent's CPU. Prints JSON
// lines; the cluster-wide figure (through the real master to a scheduler) is the master's bench.
import { Agent as HttpAgent, request } from 'node:http';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { mesos, newUuidBytes } from '@cmf/proto';
import { waitFor } from '../../runtime/wait-for.js';
import {
  executorInfo,
  frameworkInfo,
  startTestAgent,
  taskInfo,
} from '../../testing/agent-harness.js';
import { RawStream } from '../../testing/raw-stream.js';

const TASKS = 50;
const UPDATES = 20_000;
const IN_FLIGHT = 32;
const Call = mesos.v1.executor.Call;
const ids = { executor_id: { value: 'exec-1' }, framework_id: { value: 'F-1' } };
const headers = { 'Content-Type': 'application/x-protobuf', Accept: 'application/x-protobuf' };

interface LoadResult {
  readonly acceptedMs: number;
  readonly acknowledgedMs: number;
}

/** The executor: subscribe, then UPDATEs over a pool of keep-alive connections. */
async function load(endpoint: string): Promise<LoadResult> {
  const subscribe = Call.encode({ ...ids, type: Call.Type.SUBSCRIBE, subscribe: {} }).finish();
  const stream = await RawStream.open(endpoint, subscribe, headers);
  await stream.next(1 + TASKS);
  const pool = new HttpAgent({ keepAlive: true, maxSockets: IN_FLIGHT });
  const started = performance.now();
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < UPDATES) {
      const status = await post(endpoint, pool, next++);
      if (status !== 202) throw new Error(`UPDATE answered ${status.toString()}`);
    }
  };
  await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
  const acceptedMs = performance.now() - started;
  await waitFor(() => stream.records.length >= 1 + TASKS + UPDATES, {
    timeoutMs: 120_000,
    intervalMs: 5,
    what: 'every ACKNOWLEDGED',
  });
  const acknowledgedMs = performance.now() - started;
  stream.close();
  pool.destroy();
  return { acceptedMs, acknowledgedMs };
}

function post(endpoint: string, pool: HttpAgent, n: number): Promise<number> {
  const body = Call.encode({
    ...ids,
    type: Call.Type.UPDATE,
    update: {
      status: {
        task_id: { value: `task-${(n % TASKS).toString()}` },
        state: mesos.v1.TaskState.TASK_RUNNING,
        source: mesos.v1.TaskStatus.Source.SOURCE_EXECUTOR,
        uuid: newUuidBytes(),
      },
    },
  }).finish();
  return new Promise((resolve, reject) => {
    const url = `http://${endpoint}/api/v1/executor`;
    const req = request(url, { method: 'POST', headers, agent: pool }, (res) => {
      res.resume();
      res.on('end', () => {
        resolve(res.statusCode ?? 0);
      });
    });
    req.on('error', reject);
    req.end(body);
  });
}

async function main(): Promise<void> {
  const a = await startTestAgent();
  a.master.autoAck = true;
  const executor = executorInfo('exec-1', { command: 'exec sleep 600' });
  for (let i = 0; i < TASKS; i++) {
    const task = taskInfo(`task-${i.toString()}`, executor, { agentId: a.agentId });
    a.agent.runTask(frameworkInfo('F-1'), task);
  }
  const worker = new Worker(new URL(import.meta.url), { workerData: a.agent.endpoint });
  const result = await new Promise<LoadResult>((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
  });
  const started = performance.now() - result.acknowledgedMs;
  await waitFor(() => a.master.updates.length >= UPDATES, {
    timeoutMs: 120_000,
    intervalMs: 5,
    what: 'every update at the master',
  });
  const forwardedMs = performance.now() - started;
  const rate = (ms: number): number => Math.round((UPDATES / ms) * 1000);
  const line = (metric: string, value: number, unit: string): void => {
    const record = { bench: 'agent-status-updates', metric, value, unit };
    process.stdout.write(`${JSON.stringify(record)}\n`);
  };
  line('updates_accepted_per_s', rate(result.acceptedMs), 'updates/s');
  line('updates_acknowledged_to_executor_per_s', rate(result.acknowledgedMs), 'updates/s');
  line('updates_forwarded_and_acked_per_s', rate(forwardedMs), 'updates/s');
  line('tasks', TASKS, 'streams');
  await a.cleanup();
}

if (isMainThread) {
  await main();
} else {
  parentPort?.postMessage(await load(workerData as string));
}
