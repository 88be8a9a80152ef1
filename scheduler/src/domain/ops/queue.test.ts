import assert from 'node:assert/strict';
import { test } from 'node:test';
import { candidates, nextStep, queueBlock, STEPS, type OpKind } from './queue.js';
import { enqueue, EMPTY_OPS_STATE, trimFinished } from './state.js';
import { item, later, SECOND, T0 } from './testing/builders.js';

void test('the queue considers a down node first, then replacements, bootstrap, planned work, cleanup, repair', () => {
  const items = [
    item({ kind: 'repair', nodeId: 'node-0', origin: 'repair' }, 1),
    item({ kind: 'cleanup', nodeId: 'node-0' }, 2),
    item({ kind: 'rolling-restart', nodeId: 'node-1', origin: 'config' }, 3),
    item({ kind: 'restart', nodeId: 'node-2', origin: 'operator' }, 4),
    item({ kind: 'bootstrap', nodeId: 'node-3', origin: 'scale' }, 5),
    item({ kind: 'replace', nodeId: 'node-4', origin: 'heal' }, 6),
    item({ kind: 'restart', nodeId: 'node-5', origin: 'heal' }, 7),
    item({ kind: 'decommission', nodeId: 'node-6', origin: 'scale' }, 8),
  ];
  assert.deepEqual(
    candidates(items).map((i) => i.id),
    ['op-7', 'op-6', 'op-5', 'op-3', 'op-4', 'op-8', 'op-2', 'op-1'],
  );
});

void test('finished and running items are not candidates', () => {
  const items = [
    item({ kind: 'restart', nodeId: 'node-1' }, 1, { state: 'running' }),
    item({ kind: 'restart', nodeId: 'node-2' }, 2, { state: 'succeeded' }),
    item({ kind: 'restart', nodeId: 'node-3' }, 3),
  ];
  assert.deepEqual(
    candidates(items).map((i) => i.id),
    ['op-3'],
  );
});

void test('an item backing off does not start before its time', () => {
  const backing = item({ kind: 'restart', nodeId: 'node-1' }, 1, {
    notBeforeMs: later(30 * SECOND),
  });
  assert.match(
    queueBlock(backing, [backing], later(10 * SECOND)) ?? '',
    /backing off until 2023-11-14T22:13:50.000Z/,
  );
  assert.equal(queueBlock(backing, [backing], later(30 * SECOND)), null);
});

void test('items of one change start in order: node-2 waits for node-1 of the same change', () => {
  const first = item(
    { kind: 'rolling-restart', nodeId: 'node-1', origin: 'config', group: 'config@1' },
    1,
  );
  const second = item(
    { kind: 'rolling-restart', nodeId: 'node-2', origin: 'config', group: 'config@1' },
    2,
  );
  assert.match(
    queueBlock(second, [first, second], T0) ?? '',
    /waits for rolling-restart of node-1 \(op-1\) of the same config change/,
  );
  assert.equal(queueBlock(first, [first, second], T0), null);
});

void test('repair waits for any other work and says which', () => {
  const repair = item({ kind: 'repair', nodeId: 'node-0', origin: 'repair' }, 2);
  const cleanup = item({ kind: 'cleanup', nodeId: 'node-1' }, 1);
  assert.equal(
    queueBlock(repair, [cleanup, repair], T0),
    'repair waits for cleanup of node-1 (op-1) (queued)',
  );
  assert.equal(queueBlock(repair, [repair], T0), null);
});

void test('a node that failed on its way up goes back to relaunch, which always leads to await-up', () => {
  for (const kind of Object.keys(STEPS) as OpKind[]) {
    assert.equal(nextStep(kind, 'relaunch'), 'await-up', kind);
  }
  assert.equal(nextStep('decommission', 'decommission'), 'kill');
  assert.equal(nextStep('cleanup', 'cleanup'), null);
});

void test('enqueue numbers items from the state; trimming keeps open items and the newest finished', () => {
  const state = enqueue(
    EMPTY_OPS_STATE,
    [1, 2, 3].map((i) => ({
      kind: 'cleanup' as const,
      nodeId: `node-${i}`,
      seed: false,
      origin: 'operator' as const,
      reason: 'r',
    })),
    T0,
  );
  assert.deepEqual(
    state.items.map((i) => i.id),
    ['op-1', 'op-2', 'op-3'],
  );
  assert.equal(state.nextSeq, 4);
  const done = {
    ...state,
    items: state.items.map((i, n) =>
      n < 2 ? { ...i, state: 'succeeded' as const, updatedAtMs: later(n) } : i,
    ),
  };
  assert.deepEqual(
    trimFinished(done, 1).items.map((i) => i.id),
    ['op-2', 'op-3'],
  );
});
