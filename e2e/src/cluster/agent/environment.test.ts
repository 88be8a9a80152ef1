import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { realMesosFixture } from '../../testing/fixtures.js';
import { executorEnvironment, type ExecutorEnvironmentInput } from './environment.js';

const FIXTURE = realMesosFixture('executor/executor-env.json');

const input: ExecutorEnvironmentInput = {
  frameworkId: 'F-0000',
  executorId: 'exec-1',
  agentId: 'F-S0',
  agentIp: '127.0.2.1',
  agentPort: 5051,
  sandbox: '/w/slaves/F-S0/frameworks/F-0000/executors/exec-1/runs/c1',
  checkpoint: true,
  shutdownGraceNs: 5_000_000_000n,
  recoveryTimeoutMs: 900_000,
  reregistrationTimeoutMs: 2_000,
  user: [],
};

void test('a checkpointing executor gets what a real agent gives it, with the same value formats', () => {
  const real = JSON.parse(readFileSync(FIXTURE, 'utf8')) as Record<string, string>;
  const ours = executorEnvironment(input);
  // PWD is set by the /bin/sh that runs the command, not by the agent.
  const agentSet = Object.keys(real).filter((k) => k !== 'PWD');
  assert.deepEqual(Object.keys(ours).sort(), agentSet.sort());
  for (const name of [
    'LIBPROCESS_IP',
    'LIBPROCESS_PORT',
    'MESOS_AGENT_ENDPOINT',
    'MESOS_CHECKPOINT',
    'MESOS_EXECUTOR_SHUTDOWN_GRACE_PERIOD',
    'MESOS_HTTP_COMMAND_EXECUTOR',
    'MESOS_RECOVERY_TIMEOUT',
    'MESOS_SLAVE_PID',
    'MESOS_SUBSCRIPTION_BACKOFF_MAX',
    'PATH',
  ]) {
    assert.equal(ours[name], real[name], name);
  }
  assert.equal(ours['MESOS_SANDBOX'], ours['MESOS_DIRECTORY']);
});

void test('a non-checkpointing executor is not told to recover', () => {
  const env = executorEnvironment({ ...input, checkpoint: false });
  assert.equal(env['MESOS_CHECKPOINT'], '0');
  assert.equal(env['MESOS_RECOVERY_TIMEOUT'], undefined);
  assert.equal(env['MESOS_SUBSCRIPTION_BACKOFF_MAX'], undefined);
});

void test('the executor grace period comes from ExecutorInfo in stout format', () => {
  const env = executorEnvironment({ ...input, shutdownGraceNs: 90_000_000_000n });
  assert.equal(env['MESOS_EXECUTOR_SHUTDOWN_GRACE_PERIOD'], '90secs');
});

void test("the command's environment comes last and overrides the agent's", () => {
  const env = executorEnvironment({
    ...input,
    user: [
      { name: 'PATH', value: '/opt/bin' },
      { name: 'CASSANDRA_HOME', value: '/opt/c' },
    ],
  });
  assert.equal(env['PATH'], '/opt/bin');
  assert.equal(env['CASSANDRA_HOME'], '/opt/c');
});
