import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { NodeRecord } from '../node.js';
import { health } from '../../testing/builders.js';
import { observeRing, type MemberStatus } from './ring.js';
import {
  addressOf,
  failed,
  placement,
  ring,
  seenDown,
  unreachable,
  upNode,
} from './testing/builders.js';

interface Case {
  readonly name: string;
  readonly nodes: readonly NodeRecord[];
  /** nodeId -> status, for every member. */
  readonly want: Readonly<Record<string, MemberStatus>>;
  readonly why?: readonly [string, RegExp];
}

const cases: Case[] = [
  {
    name: 'a healthy ring is UN everywhere',
    nodes: ring(3),
    want: { 'node-0': 'UN', 'node-1': 'UN', 'node-2': 'UN' },
  },
  {
    name: 'a node whose Cassandra died is DN, with the task state as evidence',
    nodes: ring(3, { 1: failed() }),
    want: { 'node-0': 'UN', 'node-1': 'DN', 'node-2': 'UN' },
    why: ['node-1', /node is Failed \(TASK_FAILED: exited 137\)/],
  },
  {
    name: 'a node whose agent is unreachable is DN although its record still says Up',
    nodes: ring(3, { 2: unreachable }),
    want: { 'node-0': 'UN', 'node-1': 'UN', 'node-2': 'DN' },
    why: ['node-2', /agent unreachable/],
  },
  {
    name: 'a node its peers see unreachable is DN even if it reports itself fine',
    nodes: seenDown(ring(3), addressOf(1)),
    want: { 'node-0': 'UN', 'node-1': 'DN', 'node-2': 'UN' },
    why: ['node-1', /node-0 sees it unreachable/],
  },
  {
    name: 'a bootstrapping node is UJ',
    nodes: ring(4, {
      3: { phase: 'Starting', launchMode: 'fresh', health: health({ operationMode: 'JOINING' }) },
    }),
    want: { 'node-0': 'UN', 'node-1': 'UN', 'node-2': 'UN', 'node-3': 'UJ' },
  },
  {
    name: 'a node others list as joining is UJ',
    nodes: ring(3).map((n) =>
      n.index === 0
        ? { ...n, health: health({ joiningNodes: [`/${addressOf(2)}:7000`], liveNodes: [] }) }
        : n,
    ),
    want: { 'node-0': 'UN', 'node-1': 'UN', 'node-2': 'UJ' },
  },
  {
    name: 'a decommissioning node is UL',
    nodes: ring(4, {
      3: {
        phase: 'Decommissioning',
        goal: 'Decommissioned',
        health: health({ operationMode: 'LEAVING' }),
      },
    }),
    want: { 'node-0': 'UN', 'node-1': 'UN', 'node-2': 'UN', 'node-3': 'UL' },
  },
  {
    name: 'a steady report is not taken as stale however old: only content changes are recorded',
    nodes: ring(2),
    want: { 'node-0': 'UN', 'node-1': 'UN' },
  },
  {
    name: 'a node whose probe fails is DN, with the probe error as evidence',
    nodes: ring(2, { 1: { health: health({ problem: 'jolokia unreachable: ECONNREFUSED' }) } }),
    want: { 'node-0': 'UN', 'node-1': 'DN' },
    why: ['node-1', /probe failed: jolokia unreachable: ECONNREFUSED/],
  },
  {
    name: 'a replacement not launched yet stands for the old address, down and joining',
    nodes: ring(3, {
      1: {
        phase: 'Pending',
        placement: null,
        launchMode: 'replace',
        replaceAddress: addressOf(1),
        health: null,
      },
    }),
    want: { 'node-0': 'UN', 'node-1': 'DJ', 'node-2': 'UN' },
  },
  {
    name: 'nodes never placed and decommissioned ones are not members',
    nodes: [
      ...ring(2),
      { ...upNode(2, []), phase: 'Pending', placement: null, health: null, launchMode: 'fresh' },
      {
        ...upNode(3, []),
        phase: 'Decommissioned',
        goal: 'Decommissioned',
        placement: placement(3),
      },
    ],
    want: { 'node-0': 'UN', 'node-1': 'UN' },
  },
];

for (const c of cases) {
  void test(c.name, () => {
    const members = observeRing(c.nodes);
    assert.deepEqual(Object.fromEntries(members.map((m) => [m.nodeId, m.status])), c.want);
    if (c.why) {
      const [id, pattern] = c.why;
      assert.match(members.find((m) => m.nodeId === id)?.why ?? '', pattern);
    }
  });
}
