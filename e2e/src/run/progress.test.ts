import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { NodeProgress, RingStatus } from '../ring/status.js';
import { INITIAL_PROGRESS, contactPoints, nodeLine, progress } from './progress.js';

const node = (id: string, over: Partial<NodeProgress> = {}): NodeProgress => ({
  nodeId: id,
  seed: true,
  phase: 'Pending',
  address: null,
  taskId: null,
  taskState: null,
  operationMode: null,
  problem: null,
  reason: 'no offer yet',
  ...over,
});

const up = (id: string, address: string): NodeProgress =>
  node(id, {
    phase: 'Up',
    address,
    operationMode: 'NORMAL',
    problem: '',
    reason: 'NORMAL and seen UP',
  });

const status = (nodes: NodeProgress[]): RingStatus => ({
  isLeader: true,
  leader: '127.0.0.1:8080 pid 7',
  reconciliation: 'settled',
  frameworkId: 'f',
  desiredNodes: 3,
  nodes,
});

void test('a node line says where the node is, its phase, health and why', () => {
  assert.equal(nodeLine(node('node-0')), 'node-0 (seed) not placed yet: Pending - no offer yet');
  assert.equal(
    nodeLine(
      node('node-3', {
        seed: false,
        phase: 'Up',
        address: '127.0.2.4',
        operationMode: 'JOINING',
        problem: 'slow',
        reason: '',
      }),
    ),
    'node-3 127.0.2.4: Up JOINING [slow]',
  );
});

void test('a reason that carries log lines is cut to its first line', () => {
  const reason =
    'failed 1x (TASK_FAILED: Cassandra exited with code 1; last log lines:\n--- stderr ---\nat Net.bind';
  assert.equal(
    nodeLine(node('node-0', { phase: 'Failed', address: '127.0.2.1', reason })),
    'node-0 (seed) 127.0.2.1: Failed - failed 1x (TASK_FAILED: Cassandra exited with code 1; last log lines: ...',
  );
});

void test('prints the leader and each node once, then only what changed', () => {
  const first = progress(INITIAL_PROGRESS, status([node('node-0'), node('node-1')]), 1_000);
  assert.deepEqual(first.lines, [
    'scheduler leading: 127.0.0.1:8080 pid 7',
    'node-0 (seed) not placed yet: Pending - no offer yet',
    'node-1 (seed) not placed yet: Pending - no offer yet',
  ]);
  const same = progress(first.state, status([node('node-0'), node('node-1')]), 2_000);
  assert.deepEqual(same.lines, []);
  const moved = progress(
    same.state,
    status([
      node('node-0', { phase: 'Launching', address: '127.0.2.1', reason: 'launched' }),
      node('node-1'),
    ]),
    3_000,
  );
  assert.deepEqual(moved.lines, ['node-0 (seed) 127.0.2.1: Launching - launched']);
});

void test('says once that the ring is up, with the CQL contact points, and when it no longer is', () => {
  const all = [up('node-0', '127.0.2.1'), up('node-1', '127.0.2.2'), up('node-2', '127.0.2.3')];
  const two = progress(INITIAL_PROGRESS, status(all.slice(0, 2)), 10_000);
  assert.ok(!two.lines.some((l) => l.startsWith('ring up')), 'two of three nodes is not up');
  const three = progress(two.state, status(all), 41_400);
  assert.deepEqual(three.lines.slice(1), [
    'ring up: 3 nodes Up and NORMAL after 41 s',
    'CQL contact points: 127.0.2.1:9042,127.0.2.2:9042,127.0.2.3:9042',
    '  e.g. cqlsh 127.0.2.1 9042',
  ]);
  assert.deepEqual(progress(three.state, status(all), 50_000).lines, []);
  const down = progress(
    three.state,
    status([
      ...all.slice(0, 2),
      node('node-2', { phase: 'Failed', address: '127.0.2.3', reason: 'TASK_FAILED' }),
    ]),
    60_000,
  );
  assert.deepEqual(down.lines, [
    'node-2 (seed) 127.0.2.3: Failed - TASK_FAILED',
    'ring no longer all Up and NORMAL (see the node lines above)',
  ]);
});

void test('contact points skip nodes without an address', () => {
  assert.deepEqual(contactPoints(status([up('node-0', '127.0.2.1'), node('node-1')])), [
    '127.0.2.1:9042',
  ]);
});
