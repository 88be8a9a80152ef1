import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ExecutorSettingsError, executorSettings } from './settings.js';

const env = {
  MESOS_AGENT_ENDPOINT: '127.0.2.1:5051',
  MESOS_FRAMEWORK_ID: 'F-0000',
  MESOS_EXECUTOR_ID: 'task-1',
  MESOS_DIRECTORY: '/w/runs/c1',
  MESOS_CHECKPOINT: '1',
  MESOS_SUBSCRIPTION_BACKOFF_MAX: '2secs',
  MESOS_RECOVERY_TIMEOUT: '15mins',
  MESOS_EXECUTOR_SHUTDOWN_GRACE_PERIOD: '5secs',
};

void test('the recorded agent environment gives the executor its agent, ids, timings and sandbox', () => {
  assert.deepEqual(executorSettings(env), {
    session: {
      endpoint: '127.0.2.1:5051',
      frameworkId: 'F-0000',
      executorId: 'task-1',
      backoffMaxMs: 2000,
      recoveryTimeoutMs: 900_000,
    },
    checkpoint: true,
    shutdownGraceMs: 5000,
    sandbox: '/w/runs/c1',
  });
});

void test('a non-checkpointing executor is not given recovery settings: Mesos’s defaults apply', () => {
  const settings = executorSettings({
    ...env,
    MESOS_CHECKPOINT: '0',
    MESOS_SUBSCRIPTION_BACKOFF_MAX: undefined,
    MESOS_RECOVERY_TIMEOUT: undefined,
  });
  assert.equal(settings.checkpoint, false);
  assert.equal(settings.session.backoffMaxMs, 2000);
  assert.equal(settings.session.recoveryTimeoutMs, 900_000);
});

void test('started without the variables every agent sets: a named error', () => {
  assert.throws(
    () => executorSettings({ ...env, MESOS_AGENT_ENDPOINT: undefined }),
    (err: unknown) =>
      err instanceof ExecutorSettingsError && err.message.startsWith('MESOS_AGENT_ENDPOINT'),
  );
});
