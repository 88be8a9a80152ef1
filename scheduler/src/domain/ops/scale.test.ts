import assert from 'node:assert/strict';
import { test } from 'node:test';
import { health } from '../../testing/builders.js';
import type { NodeRecord } from '../node.js';
import type { KeyspaceRf } from './guard.js';
import type { OpItem } from './queue.js';
import { observeRing } from './ring.js';
import { cleanupDue, decommissionGate, scaleWork } from './scale.js';
import { failed, item, KEYSPACES, ring, spec } from './testing/builders.js';

interface WorkCase {
  readonly name: string;
  readonly nodeCount: number;
  readonly nodes: readonly NodeRecord[];
  readonly items?: readonly OpItem[];
  readonly enqueue: readonly string[];
  readonly cancel?: readonly string[];
}

const leaving: Partial<NodeRecord> = {
  phase: 'Decommissioning',
  goal: 'Decommissioned',
  health: health({ operationMode: 'LEAVING' }),
};

const workCases: WorkCase[] = [
  {
    name: 'a brand-new ring bootstraps its nodes one by one, lowest index first',
    nodeCount: 3,
    nodes: [],
    enqueue: ['bootstrap node-0', 'bootstrap node-1', 'bootstrap node-2'],
  },
  {
    name: 'raising the count adds the new nodes one at a time, lowest index first',
    nodeCount: 5,
    nodes: ring(3),
    enqueue: ['scale-up node-3', 'scale-up node-4'],
  },
  {
    name: 'a node already queued to join is not queued twice',
    nodeCount: 4,
    nodes: ring(3),
    items: [item({ kind: 'scale-up', nodeId: 'node-3' })],
    enqueue: [],
  },
  {
    name: 'lowering the count decommissions the surplus, highest index first',
    nodeCount: 3,
    nodes: ring(5),
    enqueue: ['decommission node-4', 'decommission node-3'],
  },
  {
    name: 'raising the count again cancels a decommission that has not started',
    nodeCount: 5,
    nodes: ring(5),
    items: [
      item({ kind: 'decommission', nodeId: 'node-4' }, 1, {
        state: 'running',
        step: 'decommission',
        stepStatus: 'pending',
      }),
      item({ kind: 'decommission', nodeId: 'node-3' }, 2),
    ],
    enqueue: [],
    cancel: ['op-1', 'op-2'],
  },
  {
    name: 'a decommission already sent runs to its end; the node is added back afresh after it',
    nodeCount: 5,
    nodes: ring(5, { 4: leaving }),
    items: [
      item({ kind: 'decommission', nodeId: 'node-4' }, 1, {
        state: 'running',
        step: 'decommission',
        stepStatus: 'sent',
      }),
    ],
    enqueue: ['scale-up node-4'],
  },
  {
    name: 'lowering the count cancels a scale-up that has not launched',
    nodeCount: 3,
    nodes: ring(3),
    items: [
      item({ kind: 'scale-up', nodeId: 'node-3' }),
      item({ kind: 'scale-up', nodeId: 'node-4' }, 2),
    ],
    enqueue: [],
    cancel: ['op-1', 'op-2'],
  },
  {
    name: 'a record left unplaced by a cancelled scale-up joins again when it is wanted again',
    nodeCount: 4,
    nodes: [
      ...ring(3),
      { ...ring(4)[3], placement: null, phase: 'Pending', health: null } as NodeRecord,
    ],
    items: [item({ kind: 'scale-up', nodeId: 'node-3' }, 1, { state: 'cancelled' })],
    enqueue: ['scale-up node-3'],
  },
  {
    name: 'a node already joining finishes joining, then is decommissioned',
    nodeCount: 3,
    nodes: ring(4, { 3: { phase: 'Starting', health: health({ operationMode: 'JOINING' }) } }),
    items: [
      item({ kind: 'scale-up', nodeId: 'node-3' }, 1, { state: 'running', step: 'await-up' }),
    ],
    enqueue: ['decommission node-3'],
  },
];

for (const c of workCases) {
  void test(c.name, () => {
    const work = scaleWork({
      spec: { nodeCount: c.nodeCount },
      nodes: c.nodes,
      items: c.items ?? [],
      nextSeq: 9,
    });
    assert.deepEqual(
      work.enqueue.map((i) => `${i.kind} ${i.nodeId}`),
      c.enqueue,
    );
    assert.deepEqual(
      work.cancel.map((x) => x.itemId),
      c.cancel ?? [],
    );
    assert.ok(
      work.enqueue.every((i) => i.group === 'scale@9'),
      'one batch is one group: its items start in order',
    );
  });
}

interface GateCase {
  readonly name: string;
  readonly nodes: readonly NodeRecord[];
  readonly target: string;
  readonly keyspaces?: readonly KeyspaceRf[] | null;
  readonly loadsMb?: Readonly<Record<string, number>>;
  readonly seedCount?: number;
  readonly want: RegExp | 'ok';
}

const loads = (mb: number, count: number): Record<string, number> =>
  Object.fromEntries(Array.from({ length: count }, (_, i) => [`node-${i}`, mb]));

const gateCases: GateCase[] = [
  {
    name: 'a healthy 4-node ring may lose one node to RF 3',
    nodes: ring(4),
    target: 'node-3',
    want: 'ok',
  },
  {
    name: 'never below the largest replication factor',
    nodes: ring(3),
    target: 'node-2',
    want: /decommissioning node-2 would leave 2 nodes, below keyspace shop's RF 3/,
  },
  {
    name: 'no decommission before the replication factors are known',
    nodes: ring(4),
    target: 'node-3',
    keyspaces: null,
    want: /replication factors not reported yet/,
  },
  {
    name: 'a seed still needed as one stays',
    nodes: ring(4, { 1: { seed: false }, 2: { seed: false }, 3: { seed: true } }),
    target: 'node-3',
    seedCount: 2,
    want: /node-3 is a seed still needed: 1 seeds would remain, the ring wants 2/,
  },
  {
    name: 'a seed the smaller ring no longer needs may go',
    nodes: ring(3),
    target: 'node-2',
    keyspaces: [{ name: 'shop', rf: 2 }],
    want: 'ok',
  },
  {
    name: "the others must have room for the leaving node's data",
    nodes: ring(4),
    target: 'node-3',
    loadsMb: loads(2500, 4),
    want: /node-0 would hold about 3333 MB of its 4096 MB disk \(limit 70%\)/,
  },
  {
    name: 'room enough: 2000 MB each plus a third of 2000 stays under 70% of 4096 MB',
    nodes: ring(4),
    target: 'node-3',
    loadsMb: loads(2000, 4),
    want: 'ok',
  },
  {
    name: 'no decommission without a load report from every node',
    nodes: ring(4),
    target: 'node-3',
    loadsMb: { 'node-0': 1, 'node-1': 1, 'node-3': 1 },
    want: /no load report from node-2 yet/,
  },
  {
    name: 'the availability guard still applies: another node down blocks',
    nodes: ring(4, { 1: failed() }),
    target: 'node-3',
    want: /node-1 is DN/,
  },
  {
    name: 'a node that never joined is forgotten without any check',
    nodes: [
      ...ring(3),
      { ...ring(4)[3], placement: null, phase: 'Pending', health: null } as NodeRecord,
    ],
    target: 'node-3',
    keyspaces: null,
    want: 'ok',
  },
];

for (const c of gateCases) {
  void test(c.name, () => {
    const target = c.nodes.find((n) => n.nodeId === c.target);
    assert.ok(target);
    const answer = decommissionGate({
      target,
      members: observeRing(c.nodes),
      keyspaces: c.keyspaces === undefined ? KEYSPACES : c.keyspaces,
      loadsMb: new Map(Object.entries(c.loadsMb ?? loads(100, c.nodes.length))),
      spec: spec({ seedCount: c.seedCount ?? 3 }),
      policy: { maxDiskFill: 0.7 },
    });
    if (c.want === 'ok') assert.equal(answer.kind, 'ok', JSON.stringify(answer));
    else assert.match(answer.kind === 'wait' ? answer.reason : 'ok', c.want);
  });
}

void test('after a scale-up the old nodes are offered a cleanup, once, never the new node', () => {
  const members = observeRing(ring(4));
  const grown = item({ kind: 'scale-up', nodeId: 'node-3' }, 5, { state: 'succeeded' });
  assert.deepEqual(cleanupDue([grown], members), ['node-0', 'node-1', 'node-2']);
  const cleaned = ['node-0', 'node-1', 'node-2'].map((id, i) =>
    item({ kind: 'cleanup', nodeId: id }, 6 + i),
  );
  assert.deepEqual(cleanupDue([grown, ...cleaned], members), []);
  const stillGrowing = item({ kind: 'scale-up', nodeId: 'node-4' }, 9);
  assert.deepEqual(
    cleanupDue([grown, stillGrowing], members),
    [],
    'not before the last node has joined',
  );
});
