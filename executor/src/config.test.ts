import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseExecutorConfig, type ConfigFieldError } from './config.js';
import { realMesosJson } from './testing/fixtures.js';

// What a real Mesos 1.12 agent gave a custom executor (shared/fixtures/real-mesos/executor).
const realEnv = realMesosJson('executor/executor-env.json') as Record<string, string>;

void test('reads the environment a real agent gives a checkpointing executor', () => {
  const parsed = parseExecutorConfig(realEnv);
  assert.ok(parsed.ok, JSON.stringify(parsed));
  assert.deepEqual(parsed.config, {
    frameworkId: '93051df9-1137-4976-a60f-d62c7c49181d-0000',
    executorId: 'exec-capture-executor',
    agent: { host: '127.0.2.1', port: 5051 },
    sandbox: realEnv['MESOS_SANDBOX'],
    checkpoint: true,
    recoveryTimeoutMs: 900_000,
    subscriptionBackoffMaxMs: 2_000,
    shutdownGracePeriodMs: 5_000,
    javaPath: 'java',
    fastStart: false,
  });
});

void test('a non-checkpointing agent leaves out the recovery variables: Mesos defaults apply', () => {
  const env: Record<string, string> = {
    ...realEnv,
    MESOS_CHECKPOINT: '0',
    JAVA_HOME: '/opt/jdk17',
  };
  delete env['MESOS_RECOVERY_TIMEOUT'];
  delete env['MESOS_SUBSCRIPTION_BACKOFF_MAX'];
  const parsed = parseExecutorConfig(env);
  assert.ok(parsed.ok);
  assert.equal(parsed.config.checkpoint, false);
  assert.equal(parsed.config.recoveryTimeoutMs, 900_000);
  assert.equal(parsed.config.subscriptionBackoffMaxMs, 2_000);
  assert.equal(parsed.config.javaPath, '/opt/jdk17/bin/java');
});

void test('falls back to MESOS_DIRECTORY when MESOS_SANDBOX is absent', () => {
  const env: Record<string, string> = { ...realEnv, MESOS_DIRECTORY: '/work/sandbox' };
  delete env['MESOS_SANDBOX'];
  const parsed = parseExecutorConfig(env);
  assert.ok(parsed.ok);
  assert.equal(parsed.config.sandbox, '/work/sandbox');
});

const broken: readonly {
  name: string;
  change: Record<string, string | undefined>;
  want: ConfigFieldError['variable'][];
}[] = [
  {
    name: 'no framework id',
    change: { MESOS_FRAMEWORK_ID: undefined },
    want: ['MESOS_FRAMEWORK_ID'],
  },
  {
    name: 'endpoint with a scheme',
    change: { MESOS_AGENT_ENDPOINT: 'http://127.0.0.1:5051' },
    want: ['MESOS_AGENT_ENDPOINT'],
  },
  {
    name: 'endpoint without a port',
    change: { MESOS_AGENT_ENDPOINT: '127.0.0.1' },
    want: ['MESOS_AGENT_ENDPOINT'],
  },
  {
    name: 'checkpoint spelled true',
    change: { MESOS_CHECKPOINT: 'true' },
    want: ['MESOS_CHECKPOINT'],
  },
  {
    name: 'grace period without a unit',
    change: { MESOS_EXECUTOR_SHUTDOWN_GRACE_PERIOD: '5' },
    want: ['MESOS_EXECUTOR_SHUTDOWN_GRACE_PERIOD'],
  },
  {
    name: 'several problems at once',
    change: { MESOS_EXECUTOR_ID: '', MESOS_RECOVERY_TIMEOUT: '15 minutes' },
    want: ['MESOS_EXECUTOR_ID', 'MESOS_RECOVERY_TIMEOUT'],
  },
];

for (const c of broken) {
  void test(`names the variable at fault: ${c.name}`, () => {
    const env: Record<string, string | undefined> = { ...realEnv, ...c.change };
    const parsed = parseExecutorConfig(env);
    if (parsed.ok) assert.fail('parsed a broken environment');
    assert.deepEqual(
      parsed.errors.map((e) => e.variable),
      c.want,
    );
  });
}
