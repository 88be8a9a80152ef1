import assert from 'node:assert/strict';
import { test } from 'node:test';
import { mountPointInSandbox, sandboxPath, volumePath } from './paths.js';

void test('lays out a sandbox like a Mesos agent', () => {
  const ids = { agentId: 'M-S0', frameworkId: 'M-0000', executorId: 'exec-1', containerId: 'c1' };
  assert.equal(sandboxPath('/w', ids), '/w/slaves/M-S0/frameworks/M-0000/executors/exec-1/runs/c1');
});

void test('puts a volume under volumes/roles/<role>/<persistence id>', () => {
  assert.equal(volumePath('/w', 'cassandra', 'vol-1'), '/w/volumes/roles/cassandra/vol-1');
  assert.equal(volumePath('/w', 'eng/backend', 'v'), '/w/volumes/roles/eng/backend/v');
});

void test('refuses ids that would leave the work dir', () => {
  assert.throws(() => volumePath('/w', 'r', '../../etc'), RangeError);
  assert.throws(() => volumePath('/w', '..', 'v'), RangeError);
  const ids = { agentId: 'a', frameworkId: 'f', executorId: '..', containerId: 'c' };
  assert.throws(() => sandboxPath('/w', ids), RangeError);
});

void test('places a volume at its relative container path inside the sandbox', () => {
  assert.equal(mountPointInSandbox('/s', 'data'), '/s/data');
  assert.equal(mountPointInSandbox('/s', './var/data/'), '/s/var/data');
  assert.throws(() => mountPointInSandbox('/s', '../data'), RangeError);
});
