// Decodes what a real Mesos 1.12 agent sent a custom executor, the UPDATE call it accepted from
// one, and how the scheduler then saw those updates (shared/fixtures/real-mesos/executor).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isRfc4122Uuid, mesos, uuidToString } from './index.js';
import { must, plain } from './testing/values.js';
import { fixtureBytes, pbFixtures } from './testing/fixtures.js';
import { decodeKeepingUnknowns, unknownFields, type Decoder } from './testing/unknown-fields.js';

const Event = mesos.v1.executor.Event;
const Call = mesos.v1.executor.Call;
const SchedulerEvent = mesos.v1.scheduler.Event;

const FRAMEWORK_ID = '93051df9-1137-4976-a60f-d62c7c49181d-0000';
const AGENT_ID = '93051df9-1137-4976-a60f-d62c7c49181d-S0';
const EXECUTOR_ID = 'exec-capture-executor';
const RUNNING_UUID = '76f319e3-cfff-4bc7-b9e2-dba9ec868bc9';

const event = (name: string): mesos.v1.executor.Event =>
  Event.decode(fixtureBytes(`executor/${name}.pb`));

/** The message type each recording in executor/ holds, by its file name. */
function typeOf(file: string): Decoder<object> {
  if (file.includes('/accepted-call-')) return Call;
  if (file.includes('/scheduler-side-')) return SchedulerEvent;
  return Event;
}

void test('every executor fixture decodes; the only unknown field is the agent legacy checkpoint flag', () => {
  const files = pbFixtures('executor');
  assert.equal(files.length, 7);
  for (const file of files) {
    const decoded = decodeKeepingUnknowns(typeOf(file), fixtureBytes(file));
    const expected = file.endsWith('event-01-subscribed.pb') ? ['subscribed.agent_info#7'] : [];
    assert.deepEqual(unknownFields(decoded), expected, file);
  }
});

void test('SUBSCRIBED describes our executor, its framework, the agent and the container', () => {
  const e = event('event-01-subscribed');
  assert.equal(e.type, Event.Type.SUBSCRIBED);
  const s = must(e.subscribed, 'subscribed');
  const executor = s.executor_info;
  assert.equal(executor.executor_id.value, EXECUTOR_ID);
  assert.equal(executor.type, mesos.v1.ExecutorInfo.Type.CUSTOM);
  assert.equal(executor.framework_id?.value, FRAMEWORK_ID);
  assert.equal(executor.name, 'capture');
  assert.equal(executor.command?.value, 'exec python3 "$EXEC_SCRIPT"');
  assert.equal(executor.command.shell, true);
  assert.deepEqual(
    executor.resources.map((r) => [r.name, r.scalar?.value, r.allocation_info?.role]),
    [
      ['cpus', 0.1, '*'],
      ['mem', 64, '*'],
    ],
  );
  const framework = s.framework_info;
  assert.equal(framework.user, 'root');
  assert.equal(framework.id?.value, FRAMEWORK_ID);
  assert.equal(framework.checkpoint, true);
  assert.equal(framework.failover_timeout, 60);
  assert.deepEqual(framework.roles, ['*']);
  assert.deepEqual(
    framework.capabilities.map((c) => c.type),
    [mesos.v1.FrameworkInfo.Capability.Type.MULTI_ROLE],
  );
  const agent = s.agent_info;
  assert.equal(agent.hostname, '127.0.2.1');
  assert.equal(agent.port, 5051);
  assert.equal(agent.id?.value, AGENT_ID);
  assert.deepEqual(
    agent.resources.map((r) => r.name),
    ['cpus', 'mem', 'disk', 'ports'],
  );
  assert.equal(agent.attributes[0]?.text?.value, 'r1');
  assert.match(must(s.container_id, 'container_id').value, /^[0-9a-f-]{36}$/);
});

void test('LAUNCH hands over the TaskInfo with our config bytes and our executor', () => {
  const e = event('event-02-launch');
  assert.equal(e.type, Event.Type.LAUNCH);
  const task = must(e.launch, 'launch').task;
  assert.equal(task.name, 'exec-capture-task');
  assert.equal(task.task_id.value, 'exec-task-1');
  assert.equal(task.agent_id.value, AGENT_ID);
  assert.equal(Buffer.from(must(task.data, 'data')).toString(), 'task-config-bytes');
  assert.equal(task.executor?.executor_id.value, EXECUTOR_ID);
  assert.equal(task.command, null);
  assert.deepEqual(
    task.resources.map((r) => [r.name, r.scalar?.value]),
    [
      ['cpus', 0.1],
      ['mem', 32],
    ],
  );
});

void test('ACKNOWLEDGED names the task and the uuid of the update the agent stored', () => {
  const e = event('event-03-acknowledged');
  assert.equal(e.type, Event.Type.ACKNOWLEDGED);
  const ack = must(e.acknowledged, 'acknowledged');
  assert.equal(ack.task_id.value, 'exec-task-1');
  assert.equal(uuidToString(ack.uuid), RUNNING_UUID);
});

void test('KILL names the task and carries no kill policy', () => {
  const e = event('event-04-kill');
  assert.equal(e.type, Event.Type.KILL);
  const kill = must(e.kill, 'kill');
  assert.equal(kill.task_id.value, 'exec-task-1');
  assert.equal(kill.kill_policy, null);
});

void test('the UPDATE call the agent accepted: executor source, healthy, an RFC 4122 uuid', () => {
  const call = Call.decode(fixtureBytes('executor/accepted-call-update-running.pb'));
  assert.equal(call.type, Call.Type.UPDATE);
  assert.equal(call.executor_id.value, EXECUTOR_ID);
  assert.equal(call.framework_id.value, FRAMEWORK_ID);
  const status = must(call.update, 'update').status;
  assert.equal(status.task_id.value, 'exec-task-1');
  assert.equal(status.state, mesos.v1.TaskState.TASK_RUNNING);
  assert.equal(status.source, mesos.v1.TaskStatus.Source.SOURCE_EXECUTOR);
  assert.equal(status.healthy, true);
  assert.equal(status.agent_id?.value, AGENT_ID);
  assert.equal(status.executor_id?.value, EXECUTOR_ID);
  const uuid = must(status.uuid, 'uuid');
  assert.ok(isRfc4122Uuid(uuid));
  assert.equal(uuidToString(uuid), RUNNING_UUID);
  // Our encoding of it (fields in number order) carries the same call.
  assert.deepEqual(plain(Call.decode(Call.encode(call).finish())), plain(call));
});

void test('the scheduler sees the executor updates with the same uuid, plus agent-added fields', () => {
  const cases = [
    {
      name: 'scheduler-side-update-running',
      state: mesos.v1.TaskState.TASK_RUNNING,
      uuid: RUNNING_UUID,
    },
    { name: 'scheduler-side-update-killed', state: mesos.v1.TaskState.TASK_KILLED, uuid: null },
  ];
  for (const c of cases) {
    const e = SchedulerEvent.decode(fixtureBytes(`executor/${c.name}.pb`));
    assert.equal(e.type, SchedulerEvent.Type.UPDATE, c.name);
    const status = must(e.update, 'update').status;
    assert.equal(status.state, c.state, c.name);
    assert.equal(status.source, mesos.v1.TaskStatus.Source.SOURCE_EXECUTOR);
    assert.equal(status.executor_id?.value, EXECUTOR_ID);
    assert.equal(status.agent_id?.value, AGENT_ID);
    assert.equal(status.healthy, true);
    assert.ok((status.timestamp ?? 0) > 1.7e9);
    const uuid = must(status.uuid, 'uuid');
    assert.ok(isRfc4122Uuid(uuid), c.name);
    if (c.uuid !== null) assert.equal(uuidToString(uuid), c.uuid);
    assert.equal(must(status.container_status, 'container_status').container_id?.value.length, 36);
  }
});
