import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  executorId,
  IdFormatError,
  nodeId,
  parseExecutorId,
  parseNodeId,
  parseTaskId,
  parseVolumeId,
  taskId,
  volumeId,
} from './ids.js';

const LAUNCH = '3f2a9c1e-0b4d-4c8e-9a7f-1d2e3f4a5b6c';

void test('names have the persisted formats', () => {
  assert.equal(nodeId(0), 'node-0');
  assert.equal(nodeId(12), 'node-12');
  assert.equal(taskId('node-2', LAUNCH), `node-2.task.${LAUNCH}`);
  assert.equal(executorId('node-2', LAUNCH), `node-2.executor.${LAUNCH}`);
  assert.equal(volumeId('ring1', 'node-2', LAUNCH), `ring1.node-2.volume.${LAUNCH}`);
});

const parseCases: [string, string, ReturnType<typeof parseTaskId>][] = [
  ['a task id', `node-1.task.${LAUNCH}`, { nodeId: 'node-1', launchId: LAUNCH }],
  ['an executor id is not a task id', `node-1.executor.${LAUNCH}`, null],
  ['a leading zero', 'node-01.task.abc', null],
  ['upper case launch id', 'node-1.task.ABC', null],
  ['a slash (Mesos refuses it)', 'node-1.task.a/b', null],
  ['nothing after task', 'node-1.task.', null],
  ["another framework's id", 'cassandra.node-1', null],
];
for (const [name, id, want] of parseCases) {
  void test(`parseTaskId: ${name}`, () => {
    assert.deepEqual(parseTaskId(id), want);
  });
}

void test('parseNodeId accepts node-<n> only', () => {
  assert.equal(parseNodeId('node-0'), 0);
  assert.equal(parseNodeId('node-9999'), 9999);
  for (const bad of ['node-', 'node-00', 'node--1', 'Node-1', 'node-1 ', 'node-10000']) {
    assert.equal(parseNodeId(bad), null, bad);
  }
});

void test('formatting refuses what it could not parse back', () => {
  assert.throws(() => nodeId(-1), IdFormatError);
  assert.throws(() => nodeId(1.5), IdFormatError);
  assert.throws(() => taskId('node-x', LAUNCH), IdFormatError);
  assert.throws(() => taskId('node-1', 'Has Space'), IdFormatError);
  assert.throws(() => volumeId('bad/ring', 'node-1', LAUNCH), IdFormatError);
});

const launchIds = fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,63}$/);
const indexes = fc.integer({ min: 0, max: 9999 });

void test('property: task, executor and volume names parse back to what made them', () => {
  fc.assert(
    fc.property(indexes, launchIds, (index, launch) => {
      const node = nodeId(index);
      assert.equal(parseNodeId(node), index);
      assert.deepEqual(parseTaskId(taskId(node, launch)), { nodeId: node, launchId: launch });
      assert.deepEqual(parseExecutorId(executorId(node, launch)), {
        nodeId: node,
        launchId: launch,
      });
      assert.deepEqual(parseVolumeId(volumeId('ring1', node, launch)), {
        ring: 'ring1',
        nodeId: node,
      });
    }),
  );
});

void test('property: every task id is a valid Mesos task id (<= 255 bytes, no / \\ or controls)', () => {
  fc.assert(
    fc.property(indexes, launchIds, (index, launch) => {
      const id = taskId(nodeId(index), launch);
      assert.ok(Buffer.byteLength(id) <= 255);
      assert.doesNotMatch(id, /[/\\\p{Cc}]/u);
      assert.notEqual(id, '.');
    }),
  );
});
