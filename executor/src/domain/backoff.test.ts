import assert from 'node:assert/strict';
import { test } from 'node:test';
import { decideResubscribe, resubscribeDelayMs, type ResubscribeInputs } from './backoff.js';

void test('waits grow from 100 ms and stay within ¾ of MESOS_SUBSCRIPTION_BACKOFF_MAX', () => {
  const atMost = [0, 1, 2, 3, 4, 5, 10, 40].map((attempt) =>
    resubscribeDelayMs(attempt, 2_000, 0.999999),
  );
  assert.deepEqual(atMost, [100, 200, 400, 800, 1500, 1500, 1500, 1500]);
  const atLeast = [0, 1, 5, 40].map((attempt) => resubscribeDelayMs(attempt, 2_000, 0));
  assert.deepEqual(atLeast, [50, 100, 750, 750]);
});

const base: ResubscribeInputs = {
  checkpoint: true,
  wasSubscribed: true,
  disconnectedAtMs: 1_000,
  nowMs: 1_000,
  attempt: 0,
  recoveryTimeoutMs: 900_000,
  registrationTimeoutMs: 60_000,
  backoffMaxMs: 2_000,
  random: 0.5,
};

const cases: readonly { name: string; change: Partial<ResubscribeInputs>; retry: boolean }[] = [
  { name: 'checkpointing: retries right after the stream broke', change: {}, retry: true },
  {
    name: 'checkpointing: still retries 14 minutes later',
    change: { nowMs: 1_000 + 14 * 60_000, attempt: 400 },
    retry: true,
  },
  {
    name: 'checkpointing: gives up once MESOS_RECOVERY_TIMEOUT has passed',
    change: { nowMs: 1_000 + 900_000, attempt: 450 },
    retry: false,
  },
  {
    name: 'not checkpointing: exits at once after losing the agent',
    change: { checkpoint: false },
    retry: false,
  },
  {
    name: 'not checkpointing: the first SUBSCRIBE is retried while the agent comes up',
    change: { checkpoint: false, wasSubscribed: false },
    retry: true,
  },
  {
    name: 'first SUBSCRIBE: gives up after the registration budget',
    change: { wasSubscribed: false, nowMs: 61_500 },
    retry: false,
  },
];

for (const c of cases) {
  void test(c.name, () => {
    const decision = decideResubscribe({ ...base, ...c.change });
    assert.equal(decision.retry, c.retry, JSON.stringify(decision));
    if (decision.retry) assert.ok(decision.delayMs <= base.backoffMaxMs);
  });
}
