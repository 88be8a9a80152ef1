// The executor client against a loopback fake agent: what goes on the wire, and what survives an
// agent restart (protocol doc §9.1, §9.4, §6.3).
import { isRfc4122Uuid, mesos, uuidToString } from '@cmf/proto/executor';
import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { silentLogger } from '../logger.js';
import { FakeAgent } from '../testing/fake-agent.js';
import { waitFor } from '../testing/wait-for.js';
import { AgentSession, type SessionEnd, type SessionOptions } from './session.js';

const ids = { frameworkId: 'fw-1', executorId: 'exec-1' };
const Type = mesos.v1.executor.Event.Type;
const State = mesos.v1.TaskState;
const cleanups: (() => Promise<void> | void)[] = [];
after(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

async function setup(options: Partial<SessionOptions> = {}, acknowledge = true) {
  const agent = new FakeAgent({ ...ids, acknowledge });
  await agent.start();
  const events: mesos.v1.executor.Event[] = [];
  const session = new AgentSession(
    {
      ids,
      agent: agent.endpoint,
      checkpoint: true,
      recoveryTimeoutMs: 30_000,
      backoffMaxMs: 200,
      log: silentLogger,
      ...options,
    },
    (event) => events.push(event),
  );
  const ended: Promise<SessionEnd> = session.run();
  cleanups.push(
    () => agent.close(),
    () => {
      session.stop();
    },
  );
  await waitFor(() => session.isSubscribed, { timeoutMs: 5_000, what: 'the first SUBSCRIBED' });
  return { agent, session, events, ended };
}

function task(id: string): mesos.v1.TaskInfo.$Properties {
  return {
    name: id,
    task_id: { value: id },
    agent_id: { value: 'agent-1' },
    data: new Uint8Array([1]),
  };
}

void test('the first SUBSCRIBE carries an empty subscribe message; events reach the handler', async () => {
  const { agent, events } = await setup();
  assert.equal(agent.subscribes.length, 1);
  const first = agent.subscribes[0];
  assert.ok(first);
  assert.equal(first.unacknowledged_tasks.length + first.unacknowledged_updates.length, 0);
  agent.launch(task('t1'));
  await waitFor(() => events.some((e) => e.type === Type.LAUNCH), {
    timeoutMs: 5_000,
    what: 'LAUNCH',
  });
  assert.equal(events[0]?.type, Type.SUBSCRIBED);
  assert.deepEqual(agent.refusals, []);
});

void test('an UPDATE is executor-sourced with a fresh RFC 4122 uuid, and settles on ACKNOWLEDGED', async () => {
  const { agent, session } = await setup();
  session.update({
    taskId: 't1',
    state: State.TASK_RUNNING,
    healthy: true,
    labels: { mode: 'NORMAL' },
  });
  const status = await agent.waitForUpdate('TASK_RUNNING', (s) => s.state === State.TASK_RUNNING);
  assert.equal(status.source, mesos.v1.TaskStatus.Source.SOURCE_EXECUTOR);
  assert.ok(status.uuid && isRfc4122Uuid(status.uuid));
  assert.equal(status.executor_id?.value, 'exec-1');
  assert.equal(status.agent_id, null);
  assert.equal(status.healthy, true);
  assert.deepEqual(
    status.labels?.labels.map((l) => [l.key, l.value]),
    [['mode', 'NORMAL']],
  );
  await session.settled();
  assert.equal(session.unacknowledgedUpdates, 0);
  assert.deepEqual(agent.refusals, []);
});

void test('after an agent restart the SUBSCRIBE resends unacknowledged tasks and updates with their uuids', async () => {
  const { agent, session } = await setup({}, false);
  agent.launch(task('t1'));
  const starting = session.update({ taskId: 't1', state: State.TASK_STARTING });
  const running = session.update({ taskId: 't1', state: State.TASK_RUNNING });
  await waitFor(() => agent.updates.length === 2, {
    timeoutMs: 5_000,
    what: 'both updates posted',
  });

  await agent.crash();
  // Produced while the agent is down: must ride on the next SUBSCRIBE too.
  const healthy = session.update({ taskId: 't1', state: State.TASK_RUNNING, healthy: true });
  agent.acknowledge = true;
  await agent.start();
  await waitFor(() => agent.subscribes.length === 2, {
    timeoutMs: 5_000,
    what: 'a second SUBSCRIBE',
  });

  const resent = agent.subscribes[1];
  assert.ok(resent);
  assert.deepEqual(
    resent.unacknowledged_tasks.map((t) => t.task_id.value),
    ['t1'],
  );
  const uuids = resent.unacknowledged_updates.map((u) =>
    uuidToString(u.status.uuid ?? new Uint8Array()),
  );
  const original = [starting, running, healthy].map((u) =>
    uuidToString(u.status.uuid ?? new Uint8Array()),
  );
  assert.deepEqual(uuids, original);
  await session.settled();
  // The agent saw each update once: the resends were recognised by uuid.
  assert.equal(agent.updates.length, 3);
  assert.deepEqual(agent.refusals, []);
});

void test('acknowledged work is not resent: the next SUBSCRIBE after an acknowledged update is empty', async () => {
  const { agent, session } = await setup();
  agent.launch(task('t1'));
  session.update({ taskId: 't1', state: State.TASK_RUNNING });
  await session.settled();
  agent.dropStream();
  await waitFor(() => agent.subscribes.length === 2, { timeoutMs: 5_000, what: 'a re-SUBSCRIBE' });
  const second = agent.subscribes[1];
  assert.ok(second);
  assert.equal(second.unacknowledged_tasks.length + second.unacknowledged_updates.length, 0);
});

void test('without checkpointing, losing the agent ends the session instead of retrying', async () => {
  const { agent, ended } = await setup({ checkpoint: false });
  await agent.crash();
  assert.equal((await ended).reason, 'agent-lost');
  assert.equal(agent.subscribes.length, 1);
});

void test('with checkpointing, it gives up once MESOS_RECOVERY_TIMEOUT has passed', async () => {
  const { agent, ended } = await setup({ recoveryTimeoutMs: 600, backoffMaxMs: 100 });
  await agent.crash();
  const started = performance.now();
  const end = await ended;
  assert.equal(end.reason, 'agent-lost');
  assert.ok(performance.now() - started < 2_000, 'gave up within about the recovery timeout');
});

void test('an ERROR event makes it subscribe again', async () => {
  const { agent } = await setup({ checkpoint: false });
  agent.send({ type: Type.ERROR, error: { message: 'framework changed' } });
  await waitFor(() => agent.subscribes.length === 2 && agent.isStreaming, {
    timeoutMs: 5_000,
    what: 'a SUBSCRIBE after ERROR',
  });
});

void test('a framework message goes out as MESSAGE', async () => {
  const { agent, session } = await setup();
  session.message(new Uint8Array([7, 8, 9]));
  await waitFor(() => agent.messages.length === 1, { timeoutMs: 5_000, what: 'the MESSAGE' });
  assert.deepEqual([...(agent.messages[0] ?? [])], [7, 8, 9]);
});
