// How the generated code treats proto2 required fields and defaults: the rules
// the local master, the agent and our clients rely on (protocol doc §14).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cmf, mesos, enumName } from './index.js';

void test('decoding throws when a proto2 required field is missing from the bytes', () => {
  // Acknowledge{agent_id=1 {value="a"}, task_id=2 {value="t"}} without uuid=3.
  const bytes = Uint8Array.from([0x0a, 0x03, 0x0a, 0x01, 0x61, 0x12, 0x03, 0x0a, 0x01, 0x74]);
  assert.throws(() => mesos.v1.scheduler.Call.Acknowledge.decode(bytes), /missing required 'uuid'/);
});

void test('decoding throws when a nested required field is missing', () => {
  // TaskStatus{task_id=1 {} (no value), state=2 TASK_RUNNING}
  const bytes = Uint8Array.from([0x0a, 0x00, 0x10, 0x01]);
  assert.throws(() => mesos.v1.TaskStatus.decode(bytes), /missing required 'value'/);
});

void test('encoding writes a required enum even when it is the zero value', () => {
  // Resource{name=1 "cpus", type=2 SCALAR(0), scalar=3 {value=1 0.5}}
  const bytes = mesos.v1.Resource.encode({
    name: 'cpus',
    type: mesos.v1.Value.Type.SCALAR,
    scalar: { value: 0.5 },
  }).finish();
  assert.deepEqual(
    [...bytes],
    [
      0x0a, 0x04, 0x63, 0x70, 0x75, 0x73, 0x10, 0x00, 0x1a, 0x09, 0x09, 0, 0, 0, 0, 0, 0, 0xe0,
      0x3f,
    ],
  );
});

void test('encoding refuses a message whose required string is missing instead of sending garbage', () => {
  assert.throws(() => mesos.v1.TaskID.encode({} as mesos.v1.TaskID.$Properties));
});

void test('absent optional fields read as null, so presence is explicit', () => {
  const command = mesos.v1.CommandInfo.decode(new Uint8Array(0));
  assert.equal(command.shell, null); // Mesos treats this as shell = true
  assert.equal(mesos.v1.Filters.decode(new Uint8Array(0)).refuse_seconds, null);
  const status = mesos.v1.TaskStatus.decode(
    Uint8Array.from([0x0a, 0x03, 0x0a, 0x01, 0x74, 0x10, 0x01]),
  );
  assert.equal(status.uuid, null); // a master-generated update: nothing to acknowledge
  assert.deepEqual(status.labels, null);
});

void test('an absent cmf message field reads as null, and its type says so', () => {
  const record = cmf.v1.NodeRecord.decode(new Uint8Array(0));
  assert.equal(record.last_health, null);
  assert.equal(record.task_info, null);
  assert.equal(cmf.v1.NodeConfig.decode(new Uint8Array(0)).ports, null);
  assert.equal(cmf.v1.OperationRecord.decode(new Uint8Array(0)).request, null);
  // @ts-expect-error the generated type must admit null (a plain proto3 message field would not)
  const health: cmf.v1.NodeHealth = record.last_health;
  assert.equal(health, null);
});

void test('proto3 `optional` on a message field leaves the wire as it was', () => {
  // NodeConfig{ports=6 {native=2 9042}}: the same bytes with or without `optional`.
  const bytes = cmf.v1.NodeConfig.encode({ ports: { native: 9042 } }).finish();
  assert.deepEqual([...bytes], [0x32, 0x03, 0x10, 0xd2, 0x46]);
  assert.equal(cmf.v1.NodeConfig.decode(bytes).ports?.native, 9042);
  assert.deepEqual([...cmf.v1.NodeConfig.encode({ ports: null }).finish()], []);
});

void test('toObject with defaults fills in the proto2 defaults Mesos applies', () => {
  const command = mesos.v1.CommandInfo.toObject(mesos.v1.CommandInfo.decode(new Uint8Array(0)), {
    defaults: true,
  });
  assert.equal(command['shell'], true);
  const resource = mesos.v1.Resource.decode(Uint8Array.from([0x0a, 0x01, 0x78, 0x10, 0x00]));
  assert.equal(mesos.v1.Resource.toObject(resource, { defaults: true })['role'], '*');
  assert.equal(
    mesos.v1.Filters.toObject(new mesos.v1.Filters(), { defaults: true })['refuse_seconds'],
    5,
  );
});

void test('an absent optional TaskState reads as null', () => {
  // Task{name, task_id, framework_id, agent_id, state=RUNNING} without status_update_state.
  const task = mesos.v1.Task.decode(
    mesos.v1.Task.encode({
      name: 'n',
      task_id: { value: 't' },
      framework_id: { value: 'f' },
      agent_id: { value: 'a' },
      state: mesos.v1.TaskState.TASK_RUNNING,
    }).finish(),
  );
  assert.equal(task.state, mesos.v1.TaskState.TASK_RUNNING);
  assert.equal(task.status_update_state, null);
});

void test('an event type from a newer Mesos reads as null, so callers can ignore it', () => {
  const event = mesos.v1.scheduler.Event.decode(Uint8Array.from([0x08, 0x63])); // type=99
  assert.equal(event.type, null);
});

void test('enumName names known values and marks unknown ones', () => {
  assert.equal(enumName(mesos.v1.TaskState, 1), 'TASK_RUNNING');
  assert.equal(enumName(mesos.v1.TaskState, 6), 'TASK_STAGING');
  assert.equal(enumName(mesos.v1.TaskStatus.Reason, 9), 'REASON_RECONCILIATION');
  assert.equal(enumName(mesos.v1.TaskState, 99), 'UNKNOWN(99)');
});
