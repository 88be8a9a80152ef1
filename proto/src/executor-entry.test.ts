// '@cmf/proto/executor' is a second generated module, built from a subset of the .proto files:
// it must read and write the executor's wire exactly as the full module does, and stay apart
// from it when one process (the local cluster's agent, a test) loads both.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as executorEntry from './executor.js';
import * as fullEntry from './index.js';
import { fixtureBytes, pbFixtures } from './testing/fixtures.js';

const slim = executorEntry.mesos.v1.executor;
const full = fullEntry.mesos.v1.executor;

interface Codec<T> {
  decode(bytes: Uint8Array): T;
  encode(message: T): { finish(): Uint8Array };
}

const roundTrip = <T>(type: Codec<T>, bytes: Uint8Array): number[] => [
  ...type.encode(type.decode(bytes)).finish(),
];

void test('the real agent recordings decode and re-encode to the same bytes with either entry', () => {
  const files = pbFixtures('executor').filter((f) => !f.includes('/scheduler-side-'));
  assert.equal(files.length, 5);
  for (const file of files) {
    const bytes = fixtureBytes(file);
    if (file.includes('/accepted-call-'))
      assert.deepEqual(roundTrip(slim.Call, bytes), roundTrip(full.Call, bytes), file);
    else assert.deepEqual(roundTrip(slim.Event, bytes), roundTrip(full.Event, bytes), file);
  }
});

void test('what the scheduler writes into TaskInfo.data and MESSAGE reads the same in the executor', () => {
  const config = fullEntry.cmf.v1.NodeConfig.encode({
    cluster_name: 'ring',
    seeds: ['10.0.0.1'],
    ports: { native: 9042 },
    yaml_overrides: { num_tokens: '16' },
  }).finish();
  const decoded = executorEntry.cmf.v1.NodeConfig.decode(config);
  assert.equal(decoded.cluster_name, 'ring');
  assert.deepEqual(decoded.seeds, ['10.0.0.1']);
  assert.equal(decoded.ports?.native, 9042);
  assert.deepEqual(decoded.yaml_overrides, { num_tokens: '16' });
  const request = fullEntry.cmf.v1.AdminRequest.encode({
    request_id: 'r1',
    repair: { keyspaces: ['ks'], full: true },
  }).finish();
  const asked = executorEntry.cmf.v1.AdminRequest.decode(request);
  assert.equal(asked.op, 'repair');
  assert.deepEqual(asked.repair.keyspaces, ['ks']);
  const report = executorEntry.cmf.v1.AdminReport.encode({
    request_id: 'r1',
    state: executorEntry.cmf.v1.AdminReport.State.SUCCEEDED,
  }).finish();
  assert.equal(fullEntry.cmf.v1.AdminReport.decode(report).state, 3);
});

void test('the executor entry leaves out the scheduler API and records, which it never needs', () => {
  assert.equal('scheduler' in executorEntry.mesos.v1, false);
  assert.equal('Offer' in executorEntry.mesos.v1, false);
  assert.equal('NodeRecord' in executorEntry.cmf.v1, false);
  assert.equal('toObject' in executorEntry.mesos.v1.TaskInfo, false);
});

void test('loading both entries keeps two sets of classes: neither overwrites the other', () => {
  const bytes = fullEntry.cmf.v1.NodeRecord.encode({
    node_id: 'node-0',
    task_info: { name: 't', task_id: { value: 't' }, agent_id: { value: 'a' } },
  }).finish();
  const record = fullEntry.cmf.v1.NodeRecord.decode(bytes);
  assert.ok(record.task_info instanceof fullEntry.mesos.v1.TaskInfo);
  assert.ok(!(record.task_info instanceof executorEntry.mesos.v1.TaskInfo));
  const launch = slim.Event.decode(
    full.Event.encode({
      type: full.Event.Type.LAUNCH,
      launch: { task: record.task_info },
    }).finish(),
  );
  assert.ok(launch.launch?.task instanceof executorEntry.mesos.v1.TaskInfo);
  assert.equal(launch.launch.task.task_id.value, 't');
});
