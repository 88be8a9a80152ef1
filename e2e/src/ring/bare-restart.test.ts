import assert from 'node:assert/strict';
import { test } from 'node:test';
import { carriesMarker, markerEntries } from '../cluster/agent/container-processes.js';
import { environWithoutMarkers } from './bare-restart.js';

const SANDBOX = '/tmp/agent/slaves/S0/frameworks/F/executors/node-1.executor.x/runs/r1';

void test('a JVM started by hand keeps its environment but not the container markers', () => {
  const environ = [
    'PATH=/usr/bin:/bin',
    'JAVA_HOME=/usr/lib/jvm/java-17',
    `MESOS_DIRECTORY=${SANDBOX}`,
    `MESOS_SANDBOX=${SANDBOX}`,
    'MESOS_EXECUTOR_ID=node-1.executor.x',
    'CASSANDRA_OPTS=-Da=b=c',
    '',
  ].join('\0');
  const env = environWithoutMarkers(environ);
  assert.deepEqual(env, {
    PATH: '/usr/bin:/bin',
    JAVA_HOME: '/usr/lib/jvm/java-17',
    MESOS_EXECUTOR_ID: 'node-1.executor.x',
    CASSANDRA_OPTS: '-Da=b=c',
  });
  const asEnviron = Object.entries(env)
    .map(([k, v]) => `${k}=${v}`)
    .join('\0');
  assert.equal(carriesMarker(asEnviron, new Set(markerEntries(SANDBOX))), false);
  assert.equal(carriesMarker(environ, new Set(markerEntries(SANDBOX))), true);
});
