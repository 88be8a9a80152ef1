// The local master's figures, as JSON lines: RSS with 200 in-process fake agents and one framework;
// DECLINE → re-offer latency (Mesos default timings: the re-offer waits for the 1 s batch allocation);
// status updates per second from an in-process fake agent through the master to a raw-HTTP scheduler
// that acknowledges each one (the scheduler runs in a worker thread, on the other core).
import { Agent as HttpAgent, request } from 'node:http';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { mesos } from '@cmf/proto';
import { waitFor } from '../runtime/wait-for.js';
import { makeTimings } from './common/timings.js';
import type { Logger } from './link.js';
import { Master } from './master/master.js';
import { acceptCall, cpus, declineCall, executor, launch, mem, task } from './testing/calls.js';
import { FakeAgent } from './testing/fake-agent.js';
import {
  frameworkHandle,
  frameworkInfo,
  protobufHeaders,
  subscribeCall,
} from './testing/master-harness.js';
import { EventType, encodeCall, openStream } from './testing/scheduler-wire.js';

const AGENTS = 200;
const DECLINES = 10;
const TASKS = 64;
const UPDATES = 30_000;
const S = mesos.v1.TaskState;
const quiet: Logger = {
  debug: () => undefined,
  info: () => undefined,
  warn: () => undefined,
  error: () => undefined,
};

function emit(
  metric: string,
  value: number,
  unit: string,
  extra: Record<string, unknown> = {},
): void {
  process.stdout.write(
    `${JSON.stringify({ bench: 'master', metric, value: Math.round(value * 100) / 100, unit, ...extra })}\n`,
  );
}

async function startMaster(allocationIntervalMs?: number): Promise<Master> {
  const timings = makeTimings(allocationIntervalMs === undefined ? {} : { allocationIntervalMs });
  return Master.start({ host: '127.0.0.1', port: 0, timings, log: quiet });
}

async function subscribe(master: Master): Promise<ReturnType<typeof frameworkHandle>> {
  const url = `${master.url}/api/v1/scheduler`;
  const stream = await openStream(url, encodeCall(subscribeCall(frameworkInfo())), protobufHeaders);
  const subscribed = await stream.nextOfType(EventType.SUBSCRIBED);
  return frameworkHandle({ url }, stream, subscribed.subscribed?.framework_id.value ?? '');
}

async function rssWithManyAgents(): Promise<void> {
  const master = await startMaster(100);
  for (let i = 0; i < AGENTS; i++)
    new FakeAgent(master, { hostname: `10.0.${Math.floor(i / 250)}.${i % 250}` }).register();
  const fw = await subscribe(master);
  await waitFor(
    () =>
      fw.stream.ofType(EventType.OFFERS).reduce((n, e) => n + (e.offers?.offers.length ?? 0), 0) >=
      AGENTS,
    {
      what: `offers for ${AGENTS} agents`,
      timeoutMs: 30_000,
    },
  );
  const passes = master.core.allocationPasses;
  await waitFor(() => master.core.allocationPasses >= passes + 10, {
    what: 'ten more allocation passes',
    timeoutMs: 30_000,
  });
  (globalThis as { gc?: () => void }).gc?.();
  emit('rss_200_agents_1_framework', process.memoryUsage().rss / 2 ** 20, 'MB', {
    agents: AGENTS,
    target: '< 300',
  });
  fw.stream.close();
  await master.stop();
}

async function declineLatency(): Promise<void> {
  const master = await startMaster();
  new FakeAgent(master).register();
  const fw = await subscribe(master);
  const latencies: number[] = [];
  let [offer] = await fw.nextOffers(0);
  for (let i = 0; i < DECLINES && offer; i++) {
    const mark = fw.stream.events.length;
    const t0 = performance.now();
    await fw.call(declineCall([offer.id.value], 0));
    [offer] = await fw.nextOffers(mark);
    latencies.push(performance.now() - t0);
  }
  latencies.sort((a, b) => a - b);
  const at = (q: number): number =>
    latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0;
  emit('decline_to_reoffer_p50', at(0.5), 'ms', {
    allocationIntervalMs: 1000,
    samples: latencies.length,
  });
  emit('decline_to_reoffer_max', at(1), 'ms', { allocationIntervalMs: 1000 });
  fw.stream.close();
  await master.stop();
}

/** The fake agent side: each ACK releases that task's next update, as the agent's streams do. */
class UpdateSource extends FakeAgent {
  acked = 0;
  sent = 0;
  onDone: (() => void) | undefined;

  start(frameworkId: string): void {
    for (const c of this.of('runTask')) this.next(frameworkId, c.task.task_id.value);
  }

  private next(frameworkId: string, taskId: string): void {
    if (this.sent >= UPDATES) return;
    this.sent++;
    this.update(frameworkId, taskId, S.TASK_RUNNING);
  }

  override acknowledge(frameworkId: string, taskId: string): void {
    this.acked++;
    if (this.acked === UPDATES) this.onDone?.();
    else
      setImmediate(() => {
        this.next(frameworkId, taskId);
      });
  }
}

async function updateThroughput(): Promise<void> {
  const master = await startMaster();
  const agent = new UpdateSource(master, { resources: 'cpus:100;mem:100000;disk:1000' });
  agent.register();
  const worker = new Worker(new URL(import.meta.url), {
    workerData: { url: `${master.url}/api/v1/scheduler`, tasks: TASKS },
  });
  const frameworkId = await new Promise<string>((resolve) => worker.once('message', resolve));
  await waitFor(() => agent.of('runTask').length === TASKS, {
    what: `${TASKS} launches`,
    timeoutMs: 30_000,
  });
  const done = new Promise<void>((resolve) => (agent.onDone = resolve));
  const t0 = performance.now();
  agent.start(frameworkId);
  await done;
  const seconds = (performance.now() - t0) / 1000;
  emit('status_updates_acked_per_s', UPDATES / seconds, 'updates/s', {
    updates: UPDATES,
    tasks: TASKS,
    target: '>= 5000',
  });
  await worker.terminate();
  await master.stop();
}

/** Worker: a scheduler that launches TASKS tasks and acknowledges every update over keep-alive HTTP. */
async function scheduler(url: string, tasks: number): Promise<void> {
  const stream = await openStream(url, encodeCall(subscribeCall(frameworkInfo())), protobufHeaders);
  const subscribed = await stream.nextOfType(EventType.SUBSCRIBED);
  const frameworkId = subscribed.subscribed?.framework_id.value ?? '';
  const fw = frameworkHandle({ url }, stream, frameworkId);
  const [offer] = await fw.nextOffers(0);
  if (!offer) throw new Error('no offer');
  const shared = executor('bench-executor', { resources: [cpus(0.1), mem(32)] });
  const infos = Array.from({ length: tasks }, (_, i) =>
    task(`t${i}`, offer.agent_id.value, [cpus(0.01), mem(1)], { executor: shared }),
  );
  await fw.call(acceptCall([offer.id.value], [launch(...infos)]));
  parentPort?.postMessage(frameworkId);
  const agent = new HttpAgent({ keepAlive: true, maxSockets: 32 });
  const headers = { ...protobufHeaders, 'Mesos-Stream-Id': stream.streamId };
  let seen = 0;
  setInterval(() => {
    for (; seen < stream.events.length; seen++) {
      const status = stream.events[seen]?.update?.status;
      if (!status?.uuid) continue;
      const body = encodeCall({
        framework_id: { value: frameworkId },
        type: mesos.v1.scheduler.Call.Type.ACKNOWLEDGE,
        acknowledge: {
          agent_id: status.agent_id ?? { value: '' },
          task_id: status.task_id,
          uuid: status.uuid,
        },
      });
      request(url, { method: 'POST', headers, agent }, (res) => res.resume()).end(body);
    }
    stream.events.length = 0;
    seen = 0;
  }, 1);
}

if (isMainThread) {
  await rssWithManyAgents();
  await declineLatency();
  await updateThroughput();
} else {
  const { url, tasks } = workerData as { url: string; tasks: number };
  await scheduler(url, tasks);
}
