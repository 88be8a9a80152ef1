// The executor endpoint at the HTTP level (protocol §1.3 executor table, §16 items 1-5 and 30-33): the
// test plays the executor with raw requests, against an agent running a placeholder process that never
// subscribes by itself.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { mesos, newUuidBytes, toMesosJson } from '@cmf/proto';
import { waitFor } from '../../runtime/wait-for.js';
import {
  agentTest,
  executorInfo,
  frameworkInfo,
  taskInfo,
  type AgentTestScope,
  type TestAgent,
} from '../../testing/agent-harness.js';
import { postCall, postRaw } from '../../testing/executor-client.js';
import { realMesosFixture } from '../../testing/fixtures.js';
import { RawStream } from '../../testing/raw-stream.js';

const Call = mesos.v1.executor.Call;
const Event = mesos.v1.executor.Event;
const T = Call.Type;
const S = mesos.v1.TaskState;
const PB = 'application/x-protobuf';
const JSON_TYPE = 'application/json';
const ids = { executor_id: { value: 'exec-1' }, framework_id: { value: 'F-1' } };

async function agentWithPlaceholder(scope: AgentTestScope): Promise<TestAgent> {
  const a = await scope.agent();
  const executor = executorInfo('exec-1', { command: 'exec sleep 600' });
  a.agent.runTask(frameworkInfo('F-1'), taskInfo('task-1', executor, { agentId: a.agentId }));
  return a;
}

function encode(call: mesos.v1.executor.Call.$Properties): Uint8Array {
  return Call.encode(call).finish();
}

const subscribeCall = { ...ids, type: T.SUBSCRIBE, subscribe: {} };

async function subscribed(a: TestAgent): Promise<RawStream> {
  const stream = await RawStream.open(a.agent.endpoint, encode(subscribeCall), {
    'Content-Type': PB,
    Accept: PB,
  });
  await stream.next(2); // SUBSCRIBED, LAUNCH
  return stream;
}

function running(
  uuid: Uint8Array,
  extra: Partial<mesos.v1.TaskStatus.$Properties> = {},
): mesos.v1.executor.Call.$Properties {
  return {
    ...ids,
    type: T.UPDATE,
    update: {
      status: {
        task_id: { value: 'task-1' },
        state: S.TASK_RUNNING,
        source: mesos.v1.TaskStatus.Source.SOURCE_EXECUTOR,
        uuid,
        ...extra,
      },
    },
  };
}

agentTest(
  'transport: 405 with Allow, 400 without Content-Type, 415 for any other type, 400 on a bad body',
  async (scope) => {
    const a = await agentWithPlaceholder(scope);
    const ep = a.agent.endpoint;
    const get = await postRaw(ep, '', {}, { method: 'GET' });
    assert.equal(get.status, 405);
    assert.equal(get.headers.allow, 'POST');
    const bytes = encode(subscribeCall);
    assert.deepEqual(await postRaw(ep, bytes, {}).then((r) => [r.status, r.body]), [
      400,
      "Expecting 'Content-Type' to be present",
    ]);
    for (const type of ['application/json; charset=utf-8', 'Application/JSON', 'text/plain']) {
      const r = await postRaw(ep, bytes, { 'Content-Type': type });
      assert.equal(r.status, 415, type);
      assert.equal(
        r.body,
        "Expecting 'Content-Type' of application/json or application/x-protobuf",
      );
    }
    const garbage = await postRaw(ep, Uint8Array.from([0xff, 0xff, 0xff]), { 'Content-Type': PB });
    assert.deepEqual(
      [garbage.status, garbage.body],
      [400, 'Failed to parse body into Call protobuf'],
    );
    assert.equal((await postRaw(ep, '{not json', { 'Content-Type': JSON_TYPE })).status, 400);
  },
);

agentTest('a required field missing, a missing type or sub-message: 400', async (scope) => {
  const a = await agentWithPlaceholder(scope);
  const ep = a.agent.endpoint;
  // Call without executor_id (required): protobufjs refuses to encode it, so build the JSON by hand.
  const noExecutor = await postRaw(
    ep,
    JSON.stringify({ framework_id: { value: 'F-1' }, type: 'SUBSCRIBE', subscribe: {} }),
    { 'Content-Type': JSON_TYPE },
  );
  assert.equal(noExecutor.status, 400);
  assert.match(noExecutor.body, /^Failed to convert JSON into Call protobuf/);
  const noType = await postRaw(ep, encode({ ...ids }), { 'Content-Type': PB });
  assert.deepEqual(
    [noType.status, noType.body],
    [400, "Failed to validate Executor::Call: Expecting 'type' to be present"],
  );
  const noSubscribe = await postRaw(ep, encode({ ...ids, type: T.SUBSCRIBE }), {
    'Content-Type': PB,
  });
  assert.deepEqual(
    [noSubscribe.status, noSubscribe.body],
    [400, "Failed to validate Executor::Call: Expecting 'subscribe' to be present"],
  );
  const noMessage = await postRaw(ep, encode({ ...ids, type: T.MESSAGE }), { 'Content-Type': PB });
  assert.equal(noMessage.status, 400);
});

agentTest(
  'SUBSCRIBE: 406 when Accept admits neither type; JSON events without Accept; no Mesos-Stream-Id',
  async (scope) => {
    const a = await agentWithPlaceholder(scope);
    const ep = a.agent.endpoint;
    const refused = await postRaw(ep, encode(subscribeCall), {
      'Content-Type': PB,
      Accept: 'text/html',
    });
    assert.equal(refused.status, 406);
    const json = await RawStream.open(ep, encode(subscribeCall), { 'Content-Type': PB });
    assert.equal(json.status, 200);
    assert.equal(json.headers['content-type'], JSON_TYPE);
    assert.equal(json.headers['mesos-stream-id'], undefined);
    assert.equal(json.headers['transfer-encoding'], 'chunked');
    const [first, second] = await json.next(2);
    const subscribedEvent = JSON.parse(Buffer.from(first ?? []).toString('utf8')) as Record<
      string,
      unknown
    >;
    assert.equal(subscribedEvent['type'], 'SUBSCRIBED');
    const launch = JSON.parse(Buffer.from(second ?? []).toString('utf8')) as {
      type: string;
      launch: { task: { task_id: { value: string } } };
    };
    assert.equal(launch.type, 'LAUNCH');
    assert.equal(launch.launch.task.task_id.value, 'task-1');
    json.close();
  },
);

agentTest('SUBSCRIBED carries the same fields as the real agent’s', async (scope) => {
  const a = await agentWithPlaceholder(scope);
  const stream = await subscribed(a);
  const ours = toMesosJson(Event, Event.decode(stream.records[0] ?? new Uint8Array()));
  const real = toMesosJson(
    Event,
    Event.decode(readFileSync(realMesosFixture('executor/event-01-subscribed.pb'))),
  );
  const sub = (e: Record<string, unknown>): Record<string, Record<string, unknown>> =>
    e['subscribed'] as Record<string, Record<string, unknown>>;
  assert.deepEqual(Object.keys(ours).sort(), Object.keys(real).sort());
  assert.deepEqual(Object.keys(sub(ours)).sort(), Object.keys(sub(real)).sort());
  // agent_info: hostname, resources, attributes, id, port, as the real agent reports itself.
  assert.deepEqual(keysOf(sub(ours)['agent_info']), keysOf(sub(real)['agent_info']));
  const resourceKeys = (e: Record<string, unknown>): string[][] =>
    (sub(e)['agent_info']?.['resources'] as Record<string, unknown>[]).map(keysOf);
  assert.deepEqual(
    new Set(resourceKeys(ours).map(String)),
    new Set(resourceKeys(real).map(String)),
  );
  // executor_info as launched, with the framework id filled in; framework_info with its id.
  assert.equal((sub(ours)['executor_info']?.['framework_id'] as { value: string }).value, 'F-1');
  assert.equal(sub(ours)['executor_info']?.['type'], 'CUSTOM');
  assert.equal((sub(ours)['framework_info']?.['id'] as { value: string }).value, 'F-1');
  assert.equal(sub(ours)['agent_info']?.['hostname'], '127.0.0.1');
  assert.equal((sub(ours)['agent_info']?.['id'] as { value: string }).value, a.agentId);
  assert.match((sub(ours)['container_id'] as { value: string }).value, /^[0-9a-f-]{36}$/);
  stream.close();
});

function keysOf(value: unknown): string[] {
  return Object.keys(value as Record<string, unknown>).sort();
}

agentTest(
  'UPDATE or MESSAGE before SUBSCRIBE: 403; unknown framework or executor: 400; HEARTBEAT: 202',
  async (scope) => {
    const a = await agentWithPlaceholder(scope);
    const ep = a.agent.endpoint;
    const early = await postCall(ep, running(newUuidBytes()));
    assert.deepEqual([early.status, early.body], [403, 'Executor is not subscribed']);
    const message = await postCall(ep, {
      ...ids,
      type: T.MESSAGE,
      message: { data: Buffer.from('x') },
    });
    assert.equal(message.status, 403);
    const unknownFramework = await postCall(ep, {
      ...running(newUuidBytes()),
      framework_id: { value: 'nope' },
    });
    assert.deepEqual(
      [unknownFramework.status, unknownFramework.body],
      [400, 'Framework cannot be found'],
    );
    const unknownExecutor = await postCall(ep, {
      ...subscribeCall,
      executor_id: { value: 'nope' },
    });
    assert.deepEqual(
      [unknownExecutor.status, unknownExecutor.body],
      [400, 'Executor cannot be found'],
    );
    const heartbeat = await postCall(ep, {
      executor_id: { value: '?' },
      framework_id: { value: '?' },
      type: T.HEARTBEAT,
    });
    assert.equal(heartbeat.status, 202);
    const viaAlias = await postRaw(
      ep,
      encode({ ...ids, type: T.HEARTBEAT }),
      { 'Content-Type': PB },
      { path: '/slave(1)/api/v1/executor' },
    );
    assert.equal(viaAlias.status, 202, 'the /slave(1)/api/v1/executor alias');
  },
);

agentTest(
  'UPDATE validation: uuid, source, TASK_STAGING and executor_id are checked (400)',
  async (scope) => {
    const a = await agentWithPlaceholder(scope);
    const ep = a.agent.endpoint;
    const stream = await subscribed(a);
    const cases: [string, mesos.v1.executor.Call.$Properties, string][] = [
      [
        'no uuid',
        {
          ...ids,
          type: T.UPDATE,
          update: {
            status: {
              task_id: { value: 'task-1' },
              state: S.TASK_RUNNING,
              source: mesos.v1.TaskStatus.Source.SOURCE_EXECUTOR,
            },
          },
        },
        "Expecting 'uuid' to be present",
      ],
      ['15 bytes', running(newUuidBytes().subarray(1)), 'Not a valid UUID'],
      [
        'version 7',
        running(
          Uint8Array.from([...newUuidBytes()].map((b, i) => (i === 6 ? 0x70 | (b & 0x0f) : b))),
        ),
        'Not a valid UUID',
      ],
      [
        'source unset',
        running(newUuidBytes(), { source: null }),
        "Received Call from executor exec-1 of framework F-1 with invalid source, expecting 'SOURCE_EXECUTOR'",
      ],
      [
        'TASK_STAGING',
        running(newUuidBytes(), { state: S.TASK_STAGING }),
        'Received TASK_STAGING from executor exec-1 of framework F-1 which is not allowed',
      ],
      [
        'other executor',
        running(newUuidBytes(), { executor_id: { value: 'exec-2' } }),
        'ExecutorID in Call: exec-1 does not match ExecutorID in TaskStatus: exec-2',
      ],
    ];
    for (const [name, call, reason] of cases) {
      const r = await postCall(ep, call);
      assert.deepEqual(
        [r.status, r.body],
        [400, `Failed to validate Executor::Call: ${reason}`],
        name,
      );
    }
    assert.equal(a.master.updates.length, 0);
    stream.close();
  },
);

agentTest(
  'a valid UPDATE: 202, ACKNOWLEDGED after it is stored; the same uuid again is acknowledged but not forwarded',
  async (scope) => {
    const a = await agentWithPlaceholder(scope);
    const stream = await subscribed(a);
    const uuid = newUuidBytes();
    assert.equal((await postCall(a.agent.endpoint, running(uuid))).status, 202);
    const [, , ack] = await stream.next(3);
    const event = Event.decode(ack ?? new Uint8Array());
    assert.equal(event.type, Event.Type.ACKNOWLEDGED);
    assert.deepEqual(Buffer.from(event.acknowledged?.uuid ?? []), Buffer.from(uuid));
    assert.equal(event.acknowledged?.task_id.value, 'task-1');
    assert.equal((await postCall(a.agent.endpoint, running(uuid))).status, 202);
    await stream.next(4);
    await a.master.waitForUpdate('task-1', S.TASK_RUNNING);
    assert.equal(a.master.updates.length, 1, 'a duplicate uuid is not forwarded');
    stream.close();
  },
);

agentTest('a resent update with a new uuid is a second update (§16 item 32)', async (scope) => {
  const a = await agentWithPlaceholder(scope);
  a.master.autoAck = true;
  const stream = await subscribed(a);
  await postCall(a.agent.endpoint, running(newUuidBytes()));
  await postCall(a.agent.endpoint, running(newUuidBytes()));
  await waitFor(() => a.master.updates.length === 2, {
    timeoutMs: 5000,
    what: 'both updates forwarded',
  });
  stream.close();
});

agentTest(
  'an UPDATE naming another agent is accepted (202) and silently dropped, without ACKNOWLEDGED',
  async (scope) => {
    const a = await agentWithPlaceholder(scope);
    const stream = await subscribed(a);
    const r = await postCall(
      a.agent.endpoint,
      running(newUuidBytes(), { agent_id: { value: 'some-other-agent' } }),
    );
    assert.equal(r.status, 202);
    // A valid update sent after it is acknowledged first: the dropped one never was.
    await postCall(a.agent.endpoint, running(newUuidBytes(), { agent_id: { value: a.agentId } }));
    await stream.next(3);
    await a.master.waitForUpdate('task-1', S.TASK_RUNNING);
    assert.equal(stream.records.length, 3);
    assert.equal(a.master.updates.length, 1);
    stream.close();
  },
);

agentTest(
  'TASK_KILLING is passed on even without the capability (§16 item 33); MESSAGE reaches the master',
  async (scope) => {
    const a = await agentWithPlaceholder(scope);
    const stream = await subscribed(a);
    await postCall(a.agent.endpoint, running(newUuidBytes(), { state: S.TASK_KILLING }));
    await a.master.waitForUpdate('task-1', S.TASK_KILLING);
    const r = await postCall(a.agent.endpoint, {
      ...ids,
      type: T.MESSAGE,
      message: { data: Buffer.from('hello') },
    });
    assert.equal(r.status, 202);
    await waitFor(() => a.master.messages.length === 1, {
      timeoutMs: 2000,
      what: 'the executor message at the master',
    });
    assert.equal(Buffer.from(a.master.messages[0]?.data ?? []).toString(), 'hello');
    stream.close();
  },
);

agentTest('UNKNOWN from a subscribed executor: 501', async (scope) => {
  const a = await agentWithPlaceholder(scope);
  const stream = await subscribed(a);
  const r = await postCall(a.agent.endpoint, { ...ids, type: T.UNKNOWN });
  assert.equal(r.status, 501);
  stream.close();
});

agentTest(
  'a second SUBSCRIBE closes the older stream; the newer one gets SUBSCRIBED',
  async (scope) => {
    const a = await agentWithPlaceholder(scope);
    const first = await subscribed(a);
    const second = await RawStream.open(a.agent.endpoint, encode(subscribeCall), {
      'Content-Type': PB,
      Accept: PB,
    });
    const [event] = await second.next(1);
    assert.equal(Event.decode(event ?? new Uint8Array()).type, Event.Type.SUBSCRIBED);
    await waitFor(() => first.ended, { timeoutMs: 2000, what: 'the older stream to end' });
    assert.equal(first.ended, 'clean');
    second.close();
  },
);

agentTest('the scheduler’s MESSAGE and KILL reach the subscribed executor', async (scope) => {
  const a = await agentWithPlaceholder(scope);
  const stream = await subscribed(a);
  a.master.agent.frameworkMessage('F-1', 'exec-1', Buffer.from('ping'));
  a.master.agent.killTask('F-1', 'task-1');
  const [, , message, kill] = await stream.next(4);
  const m = Event.decode(message ?? new Uint8Array());
  assert.equal(m.type, Event.Type.MESSAGE);
  assert.equal(Buffer.from(m.message?.data ?? []).toString(), 'ping');
  const k = Event.decode(kill ?? new Uint8Array());
  assert.equal(k.type, Event.Type.KILL);
  assert.equal(k.kill?.task_id.value, 'task-1');
  stream.close();
});

agentTest(
  'UPDATE in JSON (snake_case, enum names, base64 uuid) is taken like protobuf',
  async (scope) => {
    const a = await agentWithPlaceholder(scope);
    const stream = await subscribed(a);
    const uuid = newUuidBytes();
    const json = JSON.stringify({
      executor_id: { value: 'exec-1' },
      framework_id: { value: 'F-1' },
      type: 'UPDATE',
      update: {
        status: {
          task_id: { value: 'task-1' },
          state: 'TASK_RUNNING',
          source: 'SOURCE_EXECUTOR',
          uuid: Buffer.from(uuid).toString('base64'),
        },
      },
    });
    const r = await postRaw(a.agent.endpoint, json, { 'Content-Type': JSON_TYPE });
    assert.equal(r.status, 202);
    const running = await a.master.waitForUpdate('task-1', S.TASK_RUNNING);
    assert.deepEqual(Buffer.from(running.status.uuid ?? []), Buffer.from(uuid));
    stream.close();
  },
);
