import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { mesos } from '@cmf/proto';
import { TaskReconciler, isBelievedAlive } from './task-reconciler.js';
import { World } from './world.js';
import { node } from '../testing/builders.js';
import { RecordingLogger } from '../testing/recording-logger.js';
import type { NodeRecord } from '../domain/node.js';

class Calls {
  readonly sent: mesos.v1.scheduler.Call.$Properties[] = [];
  call(call: mesos.v1.scheduler.Call.$Properties): Promise<void> {
    this.sent.push(call);
    return Promise.resolve();
  }
  asked(): string[][] {
    return this.sent.map((c) => (c.reconcile?.tasks ?? []).map((t) => t.task_id.value));
  }
}

function setup(nodes: NodeRecord[]): { world: World; calls: Calls; reconciler: TaskReconciler } {
  const world = new World();
  world.replaceNodes(nodes.map((n) => ({ node: n, version: 0 })));
  const calls = new Calls();
  const reconciler = new TaskReconciler(world, calls, new RecordingLogger(), {
    minMs: 1000,
    maxMs: 8000,
  });
  return { world, calls, reconciler };
}

const running = (i: number): NodeRecord =>
  node(i, { taskId: `t${i}`, lastTaskState: 'TASK_RUNNING', phase: 'Up' });

void test('only tasks believed alive are asked about: launched and not known to have ended', () => {
  assert.ok(isBelievedAlive(node(0, { taskId: 't0', lastTaskState: null })));
  assert.ok(isBelievedAlive(running(1)));
  assert.ok(isBelievedAlive(node(2, { taskId: 't2', lastTaskState: 'TASK_UNREACHABLE' })));
  assert.ok(!isBelievedAlive(node(3, { taskId: 't3', lastTaskState: 'TASK_FAILED' })));
  assert.ok(!isBelievedAlive(node(4)));
});

void test('asks about every live task, re-asks with backoff about the unheard, then settles with an implicit ask', async () => {
  const { world, calls, reconciler } = setup([
    running(0),
    running(1),
    node(2, { taskId: 't2', lastTaskState: 'TASK_KILLED' }),
  ]);
  await reconciler.start(0);
  assert.deepEqual(calls.asked(), [['t0', 't1']]);
  assert.equal(world.reconciliation.state, 'pending');
  await reconciler.heard('t0');
  await reconciler.tick(999);
  assert.equal(calls.sent.length, 1, 'not again before the backoff');
  await reconciler.tick(1000);
  assert.deepEqual(calls.asked().at(-1), ['t1'], 're-asks only about the unheard');
  await reconciler.tick(2000);
  assert.equal(calls.sent.length, 2, 'the backoff doubled');
  await reconciler.tick(3000);
  assert.equal(calls.sent.length, 3);
  await reconciler.heard('t1');
  assert.equal(world.reconciliation.state, 'settled');
  assert.deepEqual(calls.asked().at(-1), [], 'then implicit reconciliation');
  await reconciler.tick(100_000);
  assert.equal(calls.sent.length, 4, 'nothing more once settled');
});

void test('with no live task it settles at once', async () => {
  const { world, calls, reconciler } = setup([node(0), node(1)]);
  await reconciler.start(0);
  assert.equal(world.reconciliation.state, 'settled');
  assert.deepEqual(calls.asked(), [[]]);
});

void test('a launch without a status is asked about at most every 30 s', async () => {
  const { calls, reconciler } = setup([]);
  await reconciler.askAbout('t9', 'a1', 0);
  await reconciler.askAbout('t9', 'a1', 29_999);
  await reconciler.askAbout('t9', 'a1', 30_000);
  assert.deepEqual(calls.asked(), [['t9'], ['t9']]);
});
