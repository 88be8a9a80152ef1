// Byte-exact checks of our encoder against bytes written out by hand from the field tables
// (protocol doc §15), so a wrong field number, wire type or label fails here even when our
// encoder and decoder agree with each other. Key: tag = (field << 3) | wire type, where wire
// type 0 = varint, 1 = 64-bit (doubles, little-endian), 2 = length-delimited; the byte after a
// type-2 tag is the payload length. Protobuf writes fields in field-number order, as Mesos does.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mesos } from './index.js';

const ascii = (s: string): number[] => Array.from(s, (c) => c.charCodeAt(0));

const UUID = [
  0x76, 0xf3, 0x19, 0xe3, 0xcf, 0xff, 0x4b, 0xc7, 0xb9, 0xe2, 0xdb, 0xa9, 0xec, 0x86, 0x8b, 0xc9,
];

void test('a first SUBSCRIBE call (no framework id) is the bytes Mesos expects', () => {
  const call = mesos.v1.scheduler.Call.encode({
    type: mesos.v1.scheduler.Call.Type.SUBSCRIBE,
    subscribe: {
      framework_info: {
        user: 'root',
        name: 'cassandra',
        failover_timeout: 604800,
        checkpoint: true,
        roles: ['cassandra'],
        capabilities: [
          { type: mesos.v1.FrameworkInfo.Capability.Type.MULTI_ROLE },
          { type: mesos.v1.FrameworkInfo.Capability.Type.PARTITION_AWARE },
          { type: mesos.v1.FrameworkInfo.Capability.Type.RESERVATION_REFINEMENT },
        ],
      },
    },
  }).finish();

  const frameworkInfo = [
    ...[0x0a, 0x04, ...ascii('root')], // user = 1, type 2: (1<<3)|2 = 0x0a, 4 bytes
    ...[0x12, 0x09, ...ascii('cassandra')], // name = 2: 0x12, 9 bytes
    ...[0x21, 0x00, 0x00, 0x00, 0x00, 0x00, 0x75, 0x22, 0x41], // failover_timeout = 4, double: (4<<3)|1 = 0x21; 604800.0 = 0x4122750000000000
    ...[0x28, 0x01], // checkpoint = 5, varint: 0x28, true
    ...[0x52, 0x02, 0x08, 0x06], // capabilities = 10: (10<<3)|2 = 0x52, 2 bytes: {type = 1 (0x08): MULTI_ROLE = 6}
    ...[0x52, 0x02, 0x08, 0x05], // {type: PARTITION_AWARE = 5}
    ...[0x52, 0x02, 0x08, 0x07], // {type: RESERVATION_REFINEMENT = 7}
    ...[0x62, 0x09, ...ascii('cassandra')], // roles = 12: (12<<3)|2 = 0x62
  ]; // 6 + 11 + 9 + 2 + 12 + 11 = 51 bytes
  const subscribe = [0x0a, 51, ...frameworkInfo]; // framework_info = 1; 53 bytes
  const expected = [
    ...[0x10, 0x01], // type = 2, varint: 0x10, SUBSCRIBE = 1
    ...[0x1a, 53, ...subscribe], // subscribe = 3: 0x1a
  ];
  assert.equal(expected.length, 57);
  assert.deepEqual([...call], expected);
});

void test('an ACCEPT with RESERVE, CREATE and LAUNCH is the bytes Mesos expects', () => {
  const reservation = {
    principal: 'p',
    role: 'r',
    type: mesos.v1.Resource.ReservationInfo.Type.DYNAMIC,
  };
  const cpus = {
    name: 'cpus',
    type: mesos.v1.Value.Type.SCALAR,
    scalar: { value: 0.5 },
    reservations: [reservation],
  };
  const disk = {
    name: 'disk',
    type: mesos.v1.Value.Type.SCALAR,
    scalar: { value: 64 },
    reservations: [reservation],
  };
  const volume = {
    ...disk,
    disk: {
      persistence: { id: 'v' },
      volume: { container_path: 'data', mode: mesos.v1.Volume.Mode.RW },
    },
  };
  const Op = mesos.v1.Offer.Operation.Type;
  const call = mesos.v1.scheduler.Call.encode({
    framework_id: { value: 'F' },
    type: mesos.v1.scheduler.Call.Type.ACCEPT,
    accept: {
      offer_ids: [{ value: 'O' }],
      operations: [
        { type: Op.RESERVE, reserve: { resources: [cpus, disk] } },
        { type: Op.CREATE, create: { volumes: [volume] } },
        {
          type: Op.LAUNCH,
          launch: {
            task_infos: [
              {
                name: 'n',
                task_id: { value: 't' },
                agent_id: { value: 'A' },
                resources: [cpus, volume],
                command: { value: 'true' },
              },
            ],
          },
        },
      ],
      filters: { refuse_seconds: 1 },
    },
  }).finish();

  // ReservationInfo: principal = 1 (0x0a), role = 3 (0x1a), type = 4 varint (0x20) DYNAMIC = 2.
  const reservationBytes = [0x0a, 0x01, ...ascii('p'), 0x1a, 0x01, ...ascii('r'), 0x20, 0x02]; // 8
  const reservations = [0x6a, 0x08, ...reservationBytes]; // reservations = 13: (13<<3)|2 = 0x6a; 10
  const cpusBytes = [
    ...[0x0a, 0x04, ...ascii('cpus')], // name = 1
    ...[0x10, 0x00], // type = 2: SCALAR = 0, written although it is the zero value (required)
    ...[0x1a, 0x09, 0x09, 0, 0, 0, 0, 0, 0, 0xe0, 0x3f], // scalar = 3 {value = 1, double 0.5}
    ...reservations,
  ]; // 6 + 2 + 11 + 10 = 29
  const diskHead = [
    ...[0x0a, 0x04, ...ascii('disk')],
    ...[0x10, 0x00],
    ...[0x1a, 0x09, 0x09, 0, 0, 0, 0, 0, 0, 0x50, 0x40], // 64.0 = 0x4050000000000000
  ];
  const diskBytes = [...diskHead, ...reservations]; // 29
  const diskInfo = [
    ...[0x0a, 0x03, 0x0a, 0x01, ...ascii('v')], // persistence = 1 {id = 1}
    ...[0x12, 0x08, 0x0a, 0x04, ...ascii('data'), 0x18, 0x01], // volume = 2 {container_path = 1, mode = 3: RW = 1}
  ]; // 15
  const volumeBytes = [...diskHead, 0x3a, 15, ...diskInfo, ...reservations]; // disk = 7: 0x3a; 19 + 17 + 10 = 46

  const reserveOp = [
    ...[0x08, 0x02], // type = 1: RESERVE = 2
    ...[0x1a, 62, 0x0a, 29, ...cpusBytes, 0x0a, 29, ...diskBytes], // reserve = 3 {resources = 1 x2}
  ]; // 66
  const createOp = [
    ...[0x08, 0x04], // type: CREATE = 4
    ...[0x2a, 48, 0x0a, 46, ...volumeBytes], // create = 5 {volumes = 1}
  ]; // 52
  const taskInfo = [
    ...[0x0a, 0x01, ...ascii('n')], // name = 1
    ...[0x12, 0x03, 0x0a, 0x01, ...ascii('t')], // task_id = 2 {value = 1}
    ...[0x1a, 0x03, 0x0a, 0x01, ...ascii('A')], // agent_id = 3
    ...[0x22, 29, ...cpusBytes], // resources = 4: (4<<3)|2 = 0x22
    ...[0x22, 46, ...volumeBytes],
    ...[0x3a, 0x06, 0x1a, 0x04, ...ascii('true')], // command = 7 {value = 3}
  ]; // 3 + 5 + 5 + 31 + 48 + 8 = 100
  const launchOp = [
    ...[0x08, 0x01], // type: LAUNCH = 1
    ...[0x12, 102, 0x0a, 100, ...taskInfo], // launch = 2 {task_infos = 1}
  ]; // 106
  const accept = [
    ...[0x0a, 0x03, 0x0a, 0x01, ...ascii('O')], // offer_ids = 1
    ...[0x12, 66, ...reserveOp], // operations = 2, in the order given
    ...[0x12, 52, ...createOp],
    ...[0x12, 106, ...launchOp],
    ...[0x1a, 0x09, 0x09, 0, 0, 0, 0, 0, 0, 0xf0, 0x3f], // filters = 3 {refuse_seconds = 1: 1.0}
  ]; // 5 + 68 + 54 + 108 + 11 = 246
  const expected = [
    ...[0x0a, 0x03, 0x0a, 0x01, ...ascii('F')], // framework_id = 1
    ...[0x10, 0x03], // type = 2: ACCEPT = 3
    ...[0x22, 0xf6, 0x01, ...accept], // accept = 4: 0x22; length 246 as a two-byte varint (0x76|0x80, 0x01)
  ];
  assert.equal(accept.length, 246);
  assert.deepEqual([...call], expected);
});

void test('an ACKNOWLEDGE carries the 16 raw uuid bytes, not text', () => {
  const call = mesos.v1.scheduler.Call.encode({
    framework_id: { value: 'F' },
    type: mesos.v1.scheduler.Call.Type.ACKNOWLEDGE,
    acknowledge: { agent_id: { value: 'A' }, task_id: { value: 't' }, uuid: Uint8Array.from(UUID) },
  }).finish();
  const expected = [
    ...[0x0a, 0x03, 0x0a, 0x01, ...ascii('F')], // framework_id = 1
    ...[0x10, 0x08], // type = 2: ACKNOWLEDGE = 8
    ...[0x42, 28], // acknowledge = 8: (8<<3)|2 = 0x42; 5 + 5 + 18 = 28 bytes
    ...[0x0a, 0x03, 0x0a, 0x01, ...ascii('A')], // agent_id = 1
    ...[0x12, 0x03, 0x0a, 0x01, ...ascii('t')], // task_id = 2
    ...[0x1a, 0x10, ...UUID], // uuid = 3: 16 bytes
  ];
  assert.deepEqual([...call], expected);
});

void test('an executor UPDATE call is the bytes the agent expects', () => {
  const call = mesos.v1.executor.Call.encode({
    executor_id: { value: 'E' },
    framework_id: { value: 'F' },
    type: mesos.v1.executor.Call.Type.UPDATE,
    update: {
      status: {
        task_id: { value: 't' },
        state: mesos.v1.TaskState.TASK_RUNNING,
        data: Uint8Array.from(ascii('ok')),
        timestamp: 1.5,
        executor_id: { value: 'E' },
        healthy: true,
        source: mesos.v1.TaskStatus.Source.SOURCE_EXECUTOR,
        uuid: Uint8Array.from(UUID),
      },
    },
  }).finish();
  const status = [
    ...[0x0a, 0x03, 0x0a, 0x01, ...ascii('t')], // task_id = 1
    ...[0x10, 0x01], // state = 2: TASK_RUNNING = 1
    ...[0x1a, 0x02, ...ascii('ok')], // data = 3
    ...[0x31, 0, 0, 0, 0, 0, 0, 0xf8, 0x3f], // timestamp = 6, double: (6<<3)|1 = 0x31; 1.5
    ...[0x3a, 0x03, 0x0a, 0x01, ...ascii('E')], // executor_id = 7
    ...[0x40, 0x01], // healthy = 8: (8<<3)|0 = 0x40
    ...[0x48, 0x02], // source = 9: 0x48, SOURCE_EXECUTOR = 2
    ...[0x5a, 0x10, ...UUID], // uuid = 11: (11<<3)|2 = 0x5a
  ]; // 47
  const expected = [
    ...[0x0a, 0x03, 0x0a, 0x01, ...ascii('E')], // executor_id = 1 (required)
    ...[0x12, 0x03, 0x0a, 0x01, ...ascii('F')], // framework_id = 2 (required)
    ...[0x18, 0x02], // type = 3: UPDATE = 2
    ...[0x2a, 49, 0x0a, 47, ...status], // update = 5 {status = 1}
  ];
  assert.equal(status.length, 47);
  assert.deepEqual([...call], expected);
});

void test('an executor MESSAGE puts its data in field 2, as Mesos does', () => {
  const call = mesos.v1.executor.Call.encode({
    executor_id: { value: 'E' },
    framework_id: { value: 'F' },
    type: mesos.v1.executor.Call.Type.MESSAGE,
    message: { data: Uint8Array.from([0xff]) },
  }).finish();
  assert.deepEqual(
    [...call].slice(-5),
    [0x32, 0x03, 0x12, 0x01, 0xff], // message = 6 {data = 2: (2<<3)|2 = 0x12}
  );
});
