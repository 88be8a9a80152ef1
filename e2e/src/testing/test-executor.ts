// A tiny custom executor for tests (run by the local agent as `node test-executor.js`): speaks the v1
// executor API over plain HTTP, keeps unacknowledged tasks and updates and resends them when it
// re-subscribes, and behaves per task as test-executor-plan.ts says. Every event it receives goes to
// events.jsonl in its sandbox, so tests can see exactly what the agent sent.
import { spawn } from 'node:child_process';
import { appendFileSync, writeFileSync } from 'node:fs';
import { mesos, newUuidBytes } from '@cmf/proto';
import { durationToMs, parseDuration } from '../cluster/common/duration.js';
import { postCall, subscribe, type ExecutorEventMsg } from './executor-client.js';
import { planTask, type TestTaskPlan } from './test-executor-plan.js';

const E = mesos.v1.executor.Event.Type;
const C = mesos.v1.executor.Call.Type;
const S = mesos.v1.TaskState;
type TaskInfo = mesos.v1.TaskInfo;
type TaskStatus = mesos.v1.TaskStatus.$Properties;

const env = process.env;
const endpoint = required('MESOS_AGENT_ENDPOINT');
const ids = {
  executor_id: { value: required('MESOS_EXECUTOR_ID') },
  framework_id: { value: required('MESOS_FRAMEWORK_ID') },
};
const checkpoint = env['MESOS_CHECKPOINT'] === '1';
const backoffMaxMs = durationMs(env['MESOS_SUBSCRIPTION_BACKOFF_MAX'], 2000);
const recoveryTimeoutMs = durationMs(env['MESOS_RECOVERY_TIMEOUT'], 900_000);
const ignoreShutdown = env['TEST_EXECUTOR_IGNORE_SHUTDOWN'] === '1';
// Stay alive without re-subscribing: what an agent's reregistration timeout is for.
const stayDisconnected = env['TEST_EXECUTOR_STAY_DISCONNECTED'] === '1';

const unackedTasks = new Map<string, TaskInfo>();
const unackedUpdates = new Map<string, TaskStatus>();
const plans = new Map<string, TestTaskPlan>();
const live = new Set<string>();
let shuttingDown = false;

function required(name: string): string {
  const value = env[name];
  if (value === undefined) throw new Error(`${name} is not set: not started by a Mesos agent`);
  return value;
}

function durationMs(text: string | undefined, fallback: number): number {
  const parsed = text === undefined ? undefined : parseDuration(text);
  return parsed?.ok === true ? durationToMs(parsed.ns) : fallback;
}

function record(entry: Record<string, unknown>): void {
  appendFileSync('events.jsonl', `${JSON.stringify({ ...entry, at: Date.now() })}\n`);
}

async function connect(): Promise<void> {
  const sub = await subscribe(
    endpoint,
    {
      ...ids,
      type: C.SUBSCRIBE,
      subscribe: {
        unacknowledged_tasks: [...unackedTasks.values()],
        unacknowledged_updates: [...unackedUpdates.values()].map((status) => ({ status })),
      },
    },
    { onEvent: handle, onEnd: disconnected },
  );
  if (sub.status !== 200) throw new Error(`SUBSCRIBE answered ${sub.status}`);
}

function disconnected(clean: boolean): void {
  record({ type: 'DISCONNECTED', clean });
  if (shuttingDown || !checkpoint) process.exit(0);
  if (stayDisconnected) {
    setInterval(() => undefined, 60_000); // nothing else keeps the process alive now
    return;
  }
  void resubscribe(Date.now() + recoveryTimeoutMs);
}

/** Checkpointing executors retry within MESOS_SUBSCRIPTION_BACKOFF_MAX until the recovery timeout. */
async function resubscribe(deadline: number): Promise<void> {
  let waitMs = Math.min(50, backoffMaxMs);
  while (Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, waitMs));
    try {
      await connect();
      return;
    } catch {
      waitMs = Math.min(waitMs * 2, backoffMaxMs / 2);
    }
  }
  process.exit(1);
}

/** What to do per event type; SUBSCRIBED, HEARTBEAT and the rest are only recorded. */
const reactions: Partial<Record<mesos.v1.executor.Event.Type, (event: ExecutorEventMsg) => void>> =
  {
    [E.LAUNCH]: (event) => {
      if (event.launch) launch(event.launch.task);
    },
    [E.KILL]: (event) => {
      if (event.kill) finish(event.kill.task_id.value, S.TASK_KILLED);
    },
    [E.ACKNOWLEDGED]: (event) => {
      if (event.acknowledged)
        acknowledged(event.acknowledged.task_id.value, event.acknowledged.uuid);
    },
    [E.MESSAGE]: (event) => {
      if (event.message) {
        void postCall(endpoint, { ...ids, type: C.MESSAGE, message: { data: event.message.data } });
      }
    },
    [E.SHUTDOWN]: shutdown,
  };

function handle(event: ExecutorEventMsg): void {
  const type = event.type ?? E.UNKNOWN;
  const taskId =
    event.launch?.task.task_id.value ??
    event.kill?.task_id.value ??
    event.acknowledged?.task_id.value;
  record({ type: mesos.v1.executor.Event.Type[type], taskId });
  reactions[type]?.(event);
}

function launch(task: TaskInfo): void {
  const taskId = task.task_id.value;
  const plan = planTask(task.data, env['TEST_EXECUTOR_MODE']);
  unackedTasks.set(taskId, task);
  plans.set(taskId, plan);
  if (plan.mode === 'silent') return;
  if (plan.mode === 'grandchild') startGrandchildren();
  live.add(taskId);
  sendUpdate(taskId, S.TASK_RUNNING);
  if (plan.mode === 'finish') {
    setTimeout(() => {
      finish(taskId, S.TASK_FINISHED);
    }, plan.finishAfterMs);
  }
}

/**
 * Two long sleeps: one in the executor's process group, one detached into a session of its own (as our
 * Cassandra executor starts Cassandra), which a process-group kill would miss.
 */
function startGrandchildren(): void {
  const inGroup = spawn('sleep', ['600'], { stdio: 'ignore' });
  const detached = spawn('sleep', ['600'], { stdio: 'ignore', detached: true });
  detached.unref();
  writeFileSync('grandchild.pid', String(inGroup.pid));
  writeFileSync('detached-grandchild.pid', String(detached.pid));
}

function finish(taskId: string, state: mesos.v1.TaskState): void {
  if (!live.delete(taskId)) return;
  sendUpdate(taskId, state);
}

function acknowledged(taskId: string, uuid: Uint8Array): void {
  const key = Buffer.from(uuid).toString('hex');
  const status = unackedUpdates.get(key);
  unackedUpdates.delete(key);
  unackedTasks.delete(taskId);
  if (plans.get(taskId)?.mode === 'exit' && status?.state === S.TASK_RUNNING) {
    process.exit(plans.get(taskId)?.exitCode ?? 0);
  }
  if (shuttingDown && unackedUpdates.size === 0) process.exit(0);
}

function shutdown(): void {
  if (ignoreShutdown) return;
  shuttingDown = true;
  for (const taskId of [...live]) finish(taskId, S.TASK_KILLED);
  if (unackedUpdates.size === 0) process.exit(0);
}

function sendUpdate(taskId: string, state: mesos.v1.TaskState): void {
  const uuid = newUuidBytes();
  const status: TaskStatus = {
    task_id: { value: taskId },
    state,
    source: mesos.v1.TaskStatus.Source.SOURCE_EXECUTOR,
    executor_id: ids.executor_id,
    uuid,
  };
  unackedUpdates.set(Buffer.from(uuid).toString('hex'), status);
  void postUpdate(status);
}

/** One try, plus retries while the agent is recovering (503); if unreachable, SUBSCRIBE carries it. */
async function postUpdate(status: TaskStatus): Promise<void> {
  const state = mesos.v1.TaskState[status.state];
  for (let attempt = 0; attempt < 100; attempt++) {
    const call = { ...ids, type: C.UPDATE, update: { status } };
    const result = await postCall(endpoint, call).catch(() => undefined);
    const type = result === undefined ? 'UPDATE_FAILED' : 'UPDATE_SENT';
    record({ type, state, status: result?.status });
    if (result?.status !== 503) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

// What the agent handed us, for tests that compare it with a real agent's executor-env.json.
writeFileSync('env.json', JSON.stringify(env));
connect().catch((err: unknown) => {
  record({ type: 'SUBSCRIBE_FAILED', error: String(err) });
  process.exit(2);
});
