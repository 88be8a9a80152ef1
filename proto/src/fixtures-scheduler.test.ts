// Decodes what a real Mesos 1.12 master sent a framework (shared/fixtures/real-mesos/scheduler)
// and checks that our .proto subset reads everything in it, with the meaning the scheduler needs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isRfc4122Uuid, mesos } from './index.js';
import { must, plain } from './testing/values.js';
import { fixtureBytes, pbFixtures } from './testing/fixtures.js';
import { decodeKeepingUnknowns, unknownFields } from './testing/unknown-fields.js';

const Event = mesos.v1.scheduler.Event;
const { SCALAR, RANGES, TEXT } = mesos.v1.Value.Type;

const event = (name: string): mesos.v1.scheduler.Event =>
  Event.decode(fixtureBytes(`scheduler/${name}.pb`));

const FRAMEWORK_ID = /^[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}-\d{4}$/;

/** name -> scalar value, or the ranges as [begin, end] pairs. */
function summary(resources: readonly mesos.v1.Resource.$Properties[]): Record<string, unknown> {
  return Object.fromEntries(
    resources.map((r) => [
      r.name,
      r.type === RANGES ? (r.ranges?.range ?? []).map((x) => [x.begin, x.end]) : r.scalar?.value,
    ]),
  );
}

void test('every scheduler fixture decodes, with no field our subset does not know', () => {
  const files = pbFixtures('scheduler');
  assert.equal(files.length, 9);
  for (const file of files) {
    const decoded = decodeKeepingUnknowns(Event, fixtureBytes(file));
    assert.notEqual(decoded.type, Event.Type.UNKNOWN, file);
    assert.deepEqual(unknownFields(decoded), [], file);
  }
});

void test('re-encoding any real event gives back exactly the bytes Mesos sent', () => {
  for (const file of pbFixtures('scheduler')) {
    const bytes = fixtureBytes(file);
    assert.deepEqual([...Event.encode(Event.decode(bytes)).finish()], [...bytes], file);
  }
});

void test('SUBSCRIBED names the framework, a 15 s heartbeat and the master', () => {
  const e = event('event-01-subscribed');
  assert.equal(e.type, Event.Type.SUBSCRIBED);
  const subscribed = must(e.subscribed, 'subscribed');
  assert.match(subscribed.framework_id.value, FRAMEWORK_ID);
  assert.equal(subscribed.heartbeat_interval_seconds, 15);
  const master = must(subscribed.master_info, 'master_info');
  assert.deepEqual(plain(master.address), { hostname: '127.0.0.1', ip: '127.0.0.1', port: 5050 });
  assert.equal(master.ip, 16777343); // 127.0.0.1 packed in network order, read as a little-endian uint32
  assert.equal(master.port, 5050);
  assert.equal(master.version, '1.12.0');
  assert.deepEqual(
    master.capabilities.map((c) => c.type),
    [
      mesos.v1.MasterInfo.Capability.Type.AGENT_UPDATE,
      mesos.v1.MasterInfo.Capability.Type.AGENT_DRAINING,
      mesos.v1.MasterInfo.Capability.Type.QUOTA_V2,
    ],
  );
});

void test('HEARTBEAT carries nothing but its type', () => {
  const e = event('event-02-heartbeat');
  assert.equal(e.type, Event.Type.HEARTBEAT);
  assert.deepEqual(Event.toObject(e), { type: Event.Type.HEARTBEAT });
});

void test('the first offer holds all agent resources, unreserved, allocated to role cassandra', () => {
  const subscribed = must(event('event-01-subscribed').subscribed, 'subscribed');
  const offers = must(event('event-03-offers-unreserved').offers, 'offers').offers;
  assert.equal(offers.length, 1);
  const offer = must(offers[0], 'offer');
  assert.match(offer.id.value, /-O0$/);
  assert.equal(offer.framework_id.value, subscribed.framework_id.value);
  assert.match(offer.agent_id.value, /-S0$/);
  assert.equal(offer.hostname, '127.0.2.1');
  assert.equal(offer.allocation_info?.role, 'cassandra');
  assert.deepEqual(summary(offer.resources), {
    ports: [
      [7000, 7001],
      [7199, 7199],
      [8778, 8778],
      [9042, 9042],
      [31000, 32000],
    ],
    cpus: 2,
    mem: 4096,
    disk: 10000,
  });
  for (const r of offer.resources) {
    assert.equal(r.allocation_info?.role, 'cassandra', r.name);
    assert.equal(r.reservations.length, 0, `${r.name} is unreserved`);
    assert.equal(r.type, r.name === 'ports' ? RANGES : SCALAR);
  }
  assert.deepEqual(plain(offer.attributes), [{ name: 'rack', type: TEXT, text: { value: 'r1' } }]);
  assert.equal(offer.url?.scheme, 'http');
  assert.deepEqual(plain(offer.url.address), {
    hostname: '127.0.2.1',
    ip: '127.0.2.1',
    port: 5051,
  });
  assert.equal(offer.url.path, '/slave(1)');
});

void test('executor-sourced updates carry a uuid to acknowledge and the container address', () => {
  const cases = [
    { name: 'event-04-update-task-starting', state: mesos.v1.TaskState.TASK_STARTING },
    { name: 'event-05-update-task-running', state: mesos.v1.TaskState.TASK_RUNNING },
    { name: 'event-08-update-task-killed', state: mesos.v1.TaskState.TASK_KILLED },
  ];
  for (const c of cases) {
    const e = event(c.name);
    assert.equal(e.type, Event.Type.UPDATE, c.name);
    const status = must(e.update, 'update').status;
    assert.equal(status.state, c.state, c.name);
    assert.equal(status.task_id.value, 'capture-task-1');
    assert.equal(status.source, mesos.v1.TaskStatus.Source.SOURCE_EXECUTOR);
    assert.ok(isRfc4122Uuid(must(status.uuid, 'uuid')), `${c.name}: uuid must be acknowledgeable`);
    assert.match(must(status.agent_id, 'agent_id').value, /-S0$/);
    assert.equal(status.executor_id?.value, 'capture-task-1'); // the command executor takes the task's id
    assert.ok((status.timestamp ?? 0) > 1.7e9, 'timestamp in epoch seconds');
    const container = must(status.container_status, 'container_status');
    assert.equal(container.network_infos[0]?.ip_addresses[0]?.ip_address, '127.0.2.1');
    assert.ok((container.executor_pid ?? 0) > 0);
    assert.match(must(container.container_id, 'container_id').value, /^[0-9a-f-]{36}$/);
  }
  const killed = must(event('event-08-update-task-killed').update, 'update').status;
  assert.equal(killed.message, 'Command terminated with signal Terminated');
});

void test('a reconciliation answer comes from the master, has a reason and no uuid to acknowledge', () => {
  const status = must(event('event-06-update-reconciliation').update, 'update').status;
  assert.equal(status.state, mesos.v1.TaskState.TASK_RUNNING);
  assert.equal(status.reason, mesos.v1.TaskStatus.Reason.REASON_RECONCILIATION);
  assert.equal(status.message, 'Reconciliation: Latest task state');
  // SOURCE_MASTER is the zero value: Mesos still writes it, and we still see it as set.
  assert.ok(Object.hasOwn(status, 'source'));
  assert.equal(status.source, mesos.v1.TaskStatus.Source.SOURCE_MASTER);
  assert.equal(Object.hasOwn(status, 'uuid'), false);
  assert.equal(status.uuid?.length ?? 0, 0);
  assert.equal(Object.hasOwn(status, 'executor_id'), false);
});

void test('the remainder offer lacks what the task took', () => {
  const offer = must(must(event('event-07-offers-remainder').offers, 'offers').offers[0], 'offer');
  assert.match(offer.id.value, /-O1$/);
  assert.deepEqual(summary(offer.resources), {
    ports: [
      [7000, 7001],
      [7199, 7199],
      [8778, 8778],
      [31000, 32000],
    ],
    cpus: 1.5,
    mem: 3840,
    disk: 9900,
  });
});

void test('reserved resources and the persistent volume come back in one offer, refinement format', () => {
  const offer = must(
    must(event('event-09-offers-reserved-with-volume').offers, 'offers').offers[0],
    'offer',
  );
  assert.equal(offer.allocation_info?.role, 'cassandra');
  assert.deepEqual(summary(offer.resources), {
    ports: [[9042, 9042]],
    mem: 256,
    cpus: 0.5,
    disk: 100,
  });
  for (const r of offer.resources) {
    assert.deepEqual(
      plain(r.reservations),
      [
        {
          type: mesos.v1.Resource.ReservationInfo.Type.DYNAMIC,
          role: 'cassandra',
          principal: 'cassandra-principal',
        },
      ],
      r.name,
    );
    assert.equal(r.allocation_info?.role, 'cassandra');
    // The pre-refinement fields stay unset: role reads as its default "*".
    assert.equal(Object.hasOwn(r, 'role'), false);
    assert.equal(Object.hasOwn(r, 'reservation'), false);
  }
  const disk = must(
    offer.resources.find((r) => r.name === 'disk'),
    'disk',
  );
  const info = must(disk.disk, 'disk info');
  assert.deepEqual(plain(info.persistence), {
    id: 'capture-vol-1',
    principal: 'cassandra-principal',
  });
  assert.deepEqual(plain(info.volume), {
    container_path: 'data',
    mode: mesos.v1.Volume.Mode.RW,
  });
});
