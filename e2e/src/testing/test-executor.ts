// A tiny custom executor for tests (run by the local agent as `node test-executor.js`): speaks the v1
// executor API over plain HTTP, keeps unacknowledged tasks and updates and resends them when it
// re-subscribes, and behaves per task as test-executor-plan.ts says. Every event it receives goes to
// events.jsonl in its sandbox, so tests can see exactly what the agent sent.
import { spawn } from 'node:child_process';
import { appendFileSync, writeFileSync } from 'node:fs';
import { mesos } from '@cmf/proto';
import { ExecutorSession } from '../cluster/agent/command-executor/session.js';
import { executorSettings } from '../cluster/agent/command-executor/settings.js';
import type { ExecutorEventMsg } from './executor-client.js';
import { planTask, type TestTaskPlan } from './test-executor-plan.js';

const E = mesos.v1.executor.Event.Type;
const S = mesos.v1.TaskState;
type TaskInfo = mesos.v1.TaskInfo;

const env = process.env;
const settings = executorSettings(env);
const ignoreShutdown = env['TEST_EXECUTOR_IGNORE_SHUTDOWN'] === '1';
// Stay alive without re-subscribing: what an agent's reregistration timeout is for.
const stayDisconnected = env['TEST_EXECUTOR_STAY_DISCONNECTED'] === '1';

const plans = new Map<string, TestTaskPlan>();
const live = new Set<string>();
let shuttingDown = false;

function record(entry: Record<string, unknown>): void {
  appendFileSync('events.jsonl', `${JSON.stringify({ ...entry, at: Date.now() })}\n`);
}

const session = new ExecutorSession(settings.session, {
  onEvent: handle,
  onAcknowledged: acknowledged,
  onDisconnected: disconnected,
  onLost: () => process.exit(1),
  onUpdatePosted: (status, httpStatus) => {
    const type = httpStatus === undefined ? 'UPDATE_FAILED' : 'UPDATE_SENT';
    record({ type, state: mesos.v1.TaskState[status.state], status: httpStatus });
  },
});

function disconnected(clean: boolean): void {
  record({ type: 'DISCONNECTED', clean });
  if (shuttingDown || !settings.checkpoint) process.exit(0);
  if (stayDisconnected) {
    setInterval(() => undefined, 60_000); // nothing else keeps the process alive now
    return;
  }
  // Checkpointing executors retry within MESOS_SUBSCRIPTION_BACKOFF_MAX until the recovery timeout.
  void session.resubscribe();
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
    [E.MESSAGE]: (event) => {
      if (event.message) session.message(event.message.data);
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

function acknowledged(taskId: string, status: { state: mesos.v1.TaskState } | undefined): void {
  if (plans.get(taskId)?.mode === 'exit' && status?.state === S.TASK_RUNNING) {
    process.exit(plans.get(taskId)?.exitCode ?? 0);
  }
  if (shuttingDown && session.pendingUpdates === 0) process.exit(0);
}

function shutdown(): void {
  if (ignoreShutdown) return;
  shuttingDown = true;
  for (const taskId of [...live]) finish(taskId, S.TASK_KILLED);
  if (session.pendingUpdates === 0) process.exit(0);
}

function sendUpdate(taskId: string, state: mesos.v1.TaskState): void {
  session.update({ task_id: { value: taskId }, state });
}

// What the agent handed us, for tests that compare it with a real agent's executor-env.json.
writeFileSync('env.json', JSON.stringify(env));
session.connect().catch((err: unknown) => {
  record({ type: 'SUBSCRIBE_FAILED', error: String(err) });
  process.exit(2);
});
