// Mesos's JSON flavour, checked against what a real master wrote and accepted
// (shared/fixtures/real-mesos/scheduler/*.json).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MesosJsonError, fromMesosJson, mesos, toMesosJson } from './index.js';
import { must } from './testing/values.js';
import { fixtureBytes, fixtureJson } from './testing/fixtures.js';

const Event = mesos.v1.scheduler.Event;
const Call = mesos.v1.scheduler.Call;

type Json = Record<string, unknown>;
const clone = (value: unknown): Json => structuredClone(value) as Json;

/** The recorded ACCEPT, with its resource placeholder replaced by what the placeholder says. */
function acceptedCall(): Json {
  const call = clone(fixtureJson('scheduler/accepted-call-accept-reserve-create-launch.json'));
  const accept = call['accept'] as { operations: Json[] };
  const [reserve, create, launch] = accept.operations as [Json, Json, Json];
  const reserved = (reserve['reserve'] as { resources: Json[] }).resources;
  const volume = (create['create'] as { volumes: Json[] }).volumes[0];
  const task = must((launch['launch'] as { task_infos: Json[] }).task_infos[0], 'task');
  assert.match(String((task['resources'] as unknown[])[0]), /exactly as in RESERVE above/);
  task['resources'] = [...reserved.filter((r) => r['name'] !== 'disk'), volume];
  return call;
}

function rejection(type: Parameters<typeof fromMesosJson>[0], json: unknown): string {
  try {
    fromMesosJson(type, json);
  } catch (err) {
    assert.ok(err instanceof MesosJsonError);
    assert.equal(err.code, 'MESOS_JSON_INVALID');
    return err.message;
  }
  return assert.fail('expected a MesosJsonError');
}

void test('reads the JSON SUBSCRIBED a real master sent, and writes it back identically', () => {
  const json = fixtureJson('scheduler/json-event-subscribed.json');
  const event = fromMesosJson(Event, json);
  assert.equal(event.type, Event.Type.SUBSCRIBED);
  assert.equal(event.subscribed?.heartbeat_interval_seconds, 15);
  assert.equal(event.subscribed.master_info?.address?.port, 5050);
  assert.equal(event.subscribed.master_info.capabilities[2]?.type, 3); // QUOTA_V2
  assert.deepEqual(toMesosJson(Event, event), json);
});

void test('reads and writes the JSON HEARTBEAT', () => {
  const json = fixtureJson('scheduler/json-event-heartbeat.json');
  const event = fromMesosJson(Event, json);
  assert.equal(event.type, Event.Type.HEARTBEAT);
  assert.deepEqual(toMesosJson(Event, event), json);
});

void test('the protobuf SUBSCRIBED, written as JSON, has the shape of the JSON one Mesos sent', () => {
  const fromPb = toMesosJson(Event, Event.decode(fixtureBytes('scheduler/event-01-subscribed.pb')));
  const real = clone(fixtureJson('scheduler/json-event-subscribed.json'));
  // The two recordings come from two subscriptions: only the framework id differs.
  const id = (e: Json): Json => (e['subscribed'] as { framework_id: Json }).framework_id;
  id(real)['value'] = id(fromPb)['value'];
  assert.deepEqual(fromPb, real);
});

void test('reads the ACCEPT (RESERVE + CREATE + LAUNCH) that a real master took, and writes it back', () => {
  const json = acceptedCall();
  const call = fromMesosJson(Call, json);
  const accept = must(call.accept, 'accept');
  const Op = mesos.v1.Offer.Operation.Type;
  assert.deepEqual(
    accept.operations.map((o) => o.type),
    [Op.RESERVE, Op.CREATE, Op.LAUNCH],
  );
  const [reserve, create, launch] = accept.operations;
  const ports = must(reserve?.reserve, 'reserve').resources.find((r) => r.name === 'ports');
  assert.deepEqual(
    must(ports?.ranges, 'ranges').range.map((r) => [r.begin, r.end]),
    [[9042, 9042]],
  );
  const volume = must(must(create?.create, 'create').volumes[0]?.disk, 'disk info');
  assert.equal(volume.persistence?.id, 'capture-vol-1');
  assert.equal(volume.volume?.mode, mesos.v1.Volume.Mode.RW);
  const task = must(must(launch?.launch, 'launch').task_infos[0], 'task');
  assert.equal(task.resources.length, 4);
  assert.equal(task.command?.shell, true);
  assert.equal(accept.filters?.refuse_seconds, 1);
  assert.deepEqual(toMesosJson(Call, call), json);
});

void test('refuses JSON that lacks a required field, naming it', () => {
  const json = acceptedCall();
  const launch = must((json['accept'] as { operations: Json[] }).operations[2], 'launch');
  delete must((launch['launch'] as { task_infos: Json[] }).task_infos[0], 'task')['name'];
  // protobufjs names the path without list indexes.
  assert.match(
    rejection(Call, json),
    /^Call: accept\.operations\.launch\.task_infos\.name: string expected$/,
  );
});

void test('refuses camelCase JSON (protobufjs default names): Mesos would ignore those keys', () => {
  const camel = {
    executorId: { value: 'E' },
    frameworkId: { value: 'F' },
    type: 'HEARTBEAT',
  };
  assert.match(rejection(mesos.v1.executor.Call, camel), /executor_id/);
});

void test('refuses a required enum it cannot name, and what is not a JSON object', () => {
  assert.match(
    rejection(mesos.v1.Resource, { name: 'cpus', type: 'NUMBER', scalar: { value: 1 } }),
    /type: enum value expected/,
  );
  assert.match(rejection(Call, [{ type: 'TEARDOWN' }]), /a JSON object is needed/);
  assert.match(rejection(Call, null), /a JSON object is needed/);
});

void test('ignores unknown keys and null values, as Mesos does', () => {
  const call = fromMesosJson(Call, {
    type: 'REVIVE',
    framework_id: { value: 'F', added_in_mesos_9: true },
    revive: null,
    future_field: 1,
  });
  assert.deepEqual(toMesosJson(Call, call), { type: 'REVIVE', framework_id: { value: 'F' } });
});

void test('writes bytes as base64 and reads them back', () => {
  const event = Event.create({
    type: Event.Type.MESSAGE,
    message: {
      agent_id: { value: 'A' },
      executor_id: { value: 'E' },
      data: Uint8Array.from([0, 1, 254, 255]),
    },
  });
  const json = toMesosJson(Event, event);
  assert.deepEqual(json['message'], {
    agent_id: { value: 'A' },
    executor_id: { value: 'E' },
    data: 'AAH+/w==',
  });
  const back = fromMesosJson(Event, JSON.parse(JSON.stringify(json)));
  assert.deepEqual([...(back.message?.data ?? [])], [0, 1, 254, 255]);
});
