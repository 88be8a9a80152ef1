import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { ACKNOWLEDGED_MEMORY, UpdateStream, type StreamUpdate } from './update-stream.js';

const policy = { minMs: 10_000, maxMs: 600_000 };
const u = (uuid: string, terminal = false): StreamUpdate<string> => ({
  uuid,
  terminal,
  status: uuid,
});

void test('forwards the first update at once and arms the retry after minMs', () => {
  const s = new UpdateStream<string>(policy);
  assert.deepEqual(s.receive(u('a'), 0, true), { outcome: 'queued', forward: 'a' });
  assert.equal(s.retryAtMs, 10_000);
});

void test('holds the next update until the head is acknowledged', () => {
  const s = new UpdateStream<string>(policy);
  s.receive(u('running'), 0, true);
  assert.deepEqual(s.receive(u('finished', true), 1, true), { outcome: 'queued' });
  assert.deepEqual(s.acknowledge('running', 5, true), {
    outcome: 'acknowledged',
    forward: 'finished',
  });
  assert.equal(s.retryAtMs, 10_005);
});

void test('ignores an acknowledgement that is not for the head', () => {
  const s = new UpdateStream<string>(policy);
  s.receive(u('a'), 0, true);
  s.receive(u('b'), 0, true);
  assert.deepEqual(s.acknowledge('b', 1, true), { outcome: 'unexpected' });
  assert.equal(s.head?.uuid, 'a');
});

void test('calls a second acknowledgement of the same update a duplicate', () => {
  const s = new UpdateStream<string>(policy);
  s.receive(u('a'), 0, true);
  s.acknowledge('a', 1, true);
  assert.deepEqual(s.acknowledge('a', 2, true), { outcome: 'duplicate' });
});

void test('drops an update whose uuid it has seen, pending or acknowledged', () => {
  const s = new UpdateStream<string>(policy);
  s.receive(u('a'), 0, true);
  assert.deepEqual(s.receive(u('a'), 1, true), { outcome: 'duplicate' });
  s.acknowledge('a', 2, true);
  assert.deepEqual(s.receive(u('a'), 3, true), { outcome: 'duplicate' });
  assert.equal(s.pendingCount, 0);
});

void test('a resent update with a new uuid is a second update', () => {
  const s = new UpdateStream<string>(policy);
  s.receive(u('a'), 0, true);
  assert.deepEqual(s.receive(u('a2'), 1, true), { outcome: 'queued' });
  assert.equal(s.pendingCount, 2);
});

void test('retries the head after 10 s, then 20 s, doubling up to 10 min', () => {
  const s = new UpdateStream<string>(policy);
  s.receive(u('a'), 0, true);
  assert.deepEqual(s.retryDue(9_999), { outcome: 'idle' });
  const due: number[] = [];
  for (let i = 0; i < 8; i++) {
    const now = s.retryAtMs ?? -1;
    assert.deepEqual(s.retryDue(now), { outcome: 'resent', forward: 'a' });
    due.push(now);
  }
  assert.deepEqual(due, [10_000, 30_000, 70_000, 150_000, 310_000, 630_000, 1_230_000, 1_830_000]);
});

void test('terminates after the terminal update is acknowledged and drops what is queued behind it', () => {
  const s = new UpdateStream<string>(policy);
  s.receive(u('killed', true), 0, true);
  s.receive(u('late'), 1, true);
  assert.deepEqual(s.acknowledge('killed', 2, true), { outcome: 'acknowledged' });
  assert.equal(s.terminated, true);
});

void test('does not forward while the agent is not registered; resume sends the head', () => {
  const s = new UpdateStream<string>(policy);
  assert.deepEqual(s.receive(u('a'), 0, false), { outcome: 'queued' });
  assert.equal(s.retryAtMs, undefined);
  assert.deepEqual(s.resume(100), { outcome: 'resent', forward: 'a' });
  assert.equal(s.retryAtMs, 10_100);
});

void test('resume resets the backoff to the first interval', () => {
  const s = new UpdateStream<string>(policy);
  s.receive(u('a'), 0, true);
  s.retryDue(10_000);
  s.retryDue(30_000);
  s.resume(31_000);
  assert.equal(s.retryAtMs, 41_000);
});

void test('a snapshot restores pending updates and the memory of acknowledged ones', () => {
  const s = new UpdateStream<string>(policy);
  s.receive(u('a'), 0, true);
  s.receive(u('b'), 0, true);
  s.acknowledge('a', 1, true);
  const restored = new UpdateStream<string>(policy, s.snapshot());
  assert.equal(restored.head?.uuid, 'b');
  assert.deepEqual(restored.receive(u('a'), 2, true), { outcome: 'duplicate' });
  assert.deepEqual(restored.resume(3), { outcome: 'resent', forward: 'b' });
});

void test('remembers only the latest acknowledged uuids', () => {
  const s = new UpdateStream<string>(policy);
  for (let i = 0; i <= ACKNOWLEDGED_MEMORY; i++) {
    s.receive(u(`u${i}`), i, true);
    s.acknowledge(`u${i}`, i, true);
  }
  assert.equal(s.hasSeen('u0'), false);
  assert.equal(s.hasSeen(`u${ACKNOWLEDGED_MEMORY}`), true);
});

void test('forwards every update exactly once in order when each head is acknowledged', () => {
  fc.assert(
    fc.property(fc.array(fc.integer({ min: 0, max: 30 }), { maxLength: 60 }), (ids) => {
      const s = new UpdateStream<string>(policy);
      const forwarded: string[] = [];
      const distinct = [...new Set(ids.map(String))];
      for (const id of ids) {
        const step = s.receive(u(String(id)), 0, true);
        if (step.forward !== undefined) forwarded.push(step.forward);
      }
      while (s.head !== undefined) {
        const step = s.acknowledge(s.head.uuid, 0, true);
        if (step.forward !== undefined) forwarded.push(step.forward);
      }
      assert.deepEqual(forwarded, distinct);
    }),
  );
});
