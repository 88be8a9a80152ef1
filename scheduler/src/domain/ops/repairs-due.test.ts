import assert from 'node:assert/strict';
import { test } from 'node:test';
import { health } from '../../testing/builders.js';
import type { NodeRecord } from '../node.js';
import { planOps } from './plan.js';
import type { OpItem } from './queue.js';
import { forgetRepairDue, noteRepairsDue, repairsDue } from './repairs-due.js';
import type { OpsState } from './state.js';
import {
  addressOf,
  input,
  item,
  later,
  placement,
  probedAt,
  ring,
  SECOND,
  stateWith,
  T0,
  TERM,
  TEST_POLICY,
} from './testing/builders.js';

const replaced = { address: addressOf(1), agentId: 'agent-1' };
const open = (overrides: Partial<OpItem> = {}): OpItem =>
  item({ kind: 'replace', nodeId: 'node-1', seed: true, replaced }, 1, {
    state: 'running',
    step: 'update-seeds',
    ...overrides,
  });
const ended = (state: OpItem['state']): OpItem => ({ ...open(), state, result: 'test' });
const NOW = later(SECOND);

void test('noteRepairsDue: which ends of a replace make its replacement due for a repair', () => {
  const cases: {
    name: string;
    before: OpsState;
    after: OpsState;
    enabled?: boolean;
    due: string[];
  }[] = [
    {
      name: 'a replace this pass ended successfully: one entry for the replacement',
      before: stateWith([open()]),
      after: stateWith([ended('succeeded')]),
      due: ['op-1 node-1 10.0.0.2'],
    },
    {
      name: 'replayed after a failover (already succeeded in the stored state): no second entry',
      before: stateWith([ended('succeeded')]),
      after: stateWith([ended('succeeded')]),
      due: [],
    },
    {
      name: 'the pass is replayed from a state that holds the entry: still one',
      before: stateWith([open()]),
      after: stateWith([ended('succeeded')], {
        repairsDue: [
          { itemId: 'op-1', nodeId: 'node-1', replacedAddress: '10.0.0.2', sinceMs: T0 },
        ],
      }),
      due: ['op-1 node-1 10.0.0.2'],
    },
    {
      name: 'repairAfterReplace off: none',
      before: stateWith([open()]),
      after: stateWith([ended('succeeded')]),
      enabled: false,
      due: [],
    },
    {
      name: 'a replace that failed: none',
      before: stateWith([open()]),
      after: stateWith([ended('failed')]),
      due: [],
    },
    {
      name: 'a replace cancelled: none',
      before: stateWith([open()]),
      after: stateWith([ended('cancelled')]),
      due: [],
    },
    {
      name: 'a restart that succeeded: none (only a replace streams from single replicas)',
      before: stateWith([{ ...open(), kind: 'restart', step: 'await-up' }]),
      after: stateWith([{ ...ended('succeeded'), kind: 'restart', step: 'await-up' }]),
      due: [],
    },
  ];
  for (const c of cases) {
    const next = noteRepairsDue(c.before, c.after, c.enabled ?? true, NOW);
    const due = repairsDue(next).map((d) => `${d.itemId} ${d.nodeId} ${d.replacedAddress ?? '-'}`);
    assert.deepEqual(due, c.due, c.name);
  }
});

void test('forgetRepairDue removes only that replace, and is a no-op when it is gone', () => {
  const a = { itemId: 'op-1', nodeId: 'node-1', replacedAddress: '10.0.0.2', sinceMs: T0 };
  const b = { itemId: 'op-4', nodeId: 'node-2', replacedAddress: '10.0.0.3', sinceMs: T0 };
  const state = stateWith([], { repairsDue: [a, b] });
  assert.deepEqual(repairsDue(forgetRepairDue(state, 'op-1')), [b]);
  assert.equal(forgetRepairDue(state, 'op-9'), state);
  assert.deepEqual(repairsDue(stateWith([])), [], 'a state stored before the field existed');
});

/** The ring once node-1's replacement (10.0.0.9 on agent-9) is Up and seen by everyone. */
function replacedRing(): NodeRecord[] {
  const newPlace = { ...placement(1, 'agent-9'), address: '10.0.0.9' };
  const live = ['10.0.0.1', '10.0.0.9', '10.0.0.3'].map((a) => `/${a}:7000`);
  const nodes = ring(3).map((n) => ({
    ...n,
    health: health({ liveNodes: live }),
    ...(n.index === 1
      ? { placement: newPlace, replaceAddress: addressOf(1), launchMode: 'replace' as const }
      : {}),
  }));
  return probedAt(nodes, NOW);
}

void test('planOps: the pass that ends a replace records the repair in the state it returns (one write)', () => {
  const seedsAcked = open({
    stepStatus: 'sent',
    confirmedTerm: TERM,
    attempts: 1,
    acked: ['node-0', 'node-1', 'node-2'],
  });
  const first = planOps(input({ state: stateWith([seedsAcked]), nodes: replacedRing() }), NOW);
  assert.equal(first.state.items[0]?.state, 'succeeded');
  assert.deepEqual(repairsDue(first.state), [
    { itemId: 'op-1', nodeId: 'node-1', replacedAddress: '10.0.0.2', sinceMs: NOW },
  ]);
  // A new leader passes over the stored state: the replace stays ended and is noted once.
  const replay = planOps(
    input({ state: first.state, nodes: replacedRing(), leaderTerm: 'term-2' }),
    NOW,
  );
  assert.equal(repairsDue(replay.state).length, 1);
  const off = planOps(
    input({
      state: stateWith([seedsAcked]),
      nodes: replacedRing(),
      policy: { ...TEST_POLICY, repairAfterReplace: false },
    }),
    NOW,
  );
  assert.equal(off.state.items[0]?.state, 'succeeded');
  assert.deepEqual(repairsDue(off.state), []);
});
