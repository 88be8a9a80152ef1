import assert from 'node:assert/strict';
import { test } from 'node:test';
import { carriesMarker, markerEntries } from './container-processes.js';

const sandbox = '/w/slaves/S0/frameworks/F/executors/e/runs/c1';
const markers = new Set(markerEntries(sandbox));

void test('a process started with the sandbox in MESOS_DIRECTORY or MESOS_SANDBOX is in the container', () => {
  assert.ok(carriesMarker(`PATH=/bin\0MESOS_DIRECTORY=${sandbox}\0HOME=/`, markers));
  assert.ok(carriesMarker(`MESOS_SANDBOX=${sandbox}\0`, markers), 'one of the two is enough');
});

void test('only whole entries count: another run, a sub-path or a look-alike value is not the container', () => {
  assert.ok(!carriesMarker(`MESOS_DIRECTORY=${sandbox}2\0`, markers), 'another container id');
  assert.ok(!carriesMarker(`MESOS_DIRECTORY=${sandbox}/cassandra\0`, markers));
  assert.ok(!carriesMarker(`X_MESOS_DIRECTORY=${sandbox}\0`, markers));
  assert.ok(!carriesMarker(`NOTE=MESOS_DIRECTORY=${sandbox}\0`, markers));
  assert.ok(!carriesMarker('', markers), 'a zombie has no environment left');
});
