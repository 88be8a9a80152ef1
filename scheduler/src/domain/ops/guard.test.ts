import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import {
  checkAvailability,
  type GuardAnswer,
  type GuardPurpose,
  type KeyspaceRf,
} from './guard.js';
import type { Member, MemberStatus } from './ring.js';

const member = (index: number, status: MemberStatus = 'UN', why = ''): Member => ({
  nodeId: `node-${index}`,
  index,
  seed: index < 3,
  address: `10.0.0.${index + 1}`,
  status,
  why,
});
const healthy = (count: number): Member[] => Array.from({ length: count }, (_, i) => member(i));
const RF3: KeyspaceRf[] = [{ name: 'shop', rf: 3 }];

interface Case {
  readonly name: string;
  readonly target: string;
  readonly purpose: GuardPurpose;
  readonly members: readonly Member[];
  readonly keyspaces?: readonly KeyspaceRf[];
  readonly want: GuardAnswer['kind'];
  /** For waits: the node and state named. */
  readonly blocker?: readonly [string, MemberStatus | 'absent'];
  readonly reason?: RegExp;
  readonly notes?: readonly RegExp[];
}

const cases: Case[] = [
  {
    name: 'restarting one node of a healthy RF 3 ring is fine',
    target: 'node-1',
    purpose: 'restart',
    members: healthy(3),
    want: 'ok',
  },
  {
    name: 'a restart waits while another node is down, naming it and its state',
    target: 'node-0',
    purpose: 'restart',
    members: [member(0), member(1), member(2, 'DN', 'node is Failed')],
    want: 'wait',
    blocker: ['node-2', 'DN'],
    reason: /node-2 is DN \(node is Failed\); restart of node-0 waits until every other node is UN/,
  },
  {
    name: 'a restart waits while another node is joining',
    target: 'node-0',
    purpose: 'restart',
    members: [...healthy(3), member(3, 'UJ', 'operation mode JOINING')],
    want: 'wait',
    blocker: ['node-3', 'UJ'],
  },
  {
    name: 'a decommission waits while another node is leaving',
    target: 'node-4',
    purpose: 'decommission',
    members: [...healthy(4), member(4), member(5, 'UL')],
    want: 'wait',
    blocker: ['node-5', 'UL'],
  },
  {
    name: 'a replace needs every other node UN (one replacement at a time, none while another is down)',
    target: 'node-1',
    purpose: 'replace',
    members: [member(0), member(1, 'DN'), member(2, 'DN')],
    want: 'wait',
    blocker: ['node-2', 'DN'],
  },
  {
    name: 'a replace of a node that is down while all others are UN may go',
    target: 'node-1',
    purpose: 'replace',
    members: [member(0), member(1, 'DN'), member(2)],
    want: 'ok',
  },
  {
    name: 'a live node is never replaced: Cassandra would refuse',
    target: 'node-1',
    purpose: 'replace',
    members: healthy(3),
    want: 'wait',
    blocker: ['node-1', 'UN'],
    reason: /refuses to replace a live node/,
  },
  {
    name: 'a decommission needs its node UN',
    target: 'node-3',
    purpose: 'decommission',
    members: [...healthy(3), member(3, 'DN', 'no health report yet')],
    want: 'wait',
    blocker: ['node-3', 'DN'],
  },
  {
    name: 'a node joins only when every member is UN; it need not be a member yet',
    target: 'node-3',
    purpose: 'join',
    members: healthy(3),
    want: 'ok',
  },
  {
    name: 'a join waits for a down member',
    target: 'node-3',
    purpose: 'join',
    members: [member(0), member(1, 'DN'), member(2)],
    want: 'wait',
    blocker: ['node-1', 'DN'],
    reason: /node-3 joining waits/,
  },
  {
    name: 'a two-node ring cannot restart a node without losing QUORUM of an RF 3 keyspace',
    target: 'node-0',
    purpose: 'restart',
    members: healthy(2),
    want: 'wait',
    blocker: ['node-0', 'UN'],
    reason:
      /keyspace shop \(RF 3\) needs 2 replicas for QUORUM; with node-0 down only 1 of 2 nodes remain/,
  },
  {
    name: 'RF 1 and 2 keyspaces are noted, not waited on: they lose QUORUM whatever we do',
    target: 'node-1',
    purpose: 'restart',
    members: healthy(3),
    keyspaces: [...RF3, { name: 'system_auth', rf: 1 }, { name: 'system_traces', rf: 2 }],
    want: 'ok',
    notes: [/system_auth \(RF 1\) cannot keep QUORUM on node-1's ranges/, /system_traces \(RF 2\)/],
  },
  {
    name: 'a node that is not in the ring cannot be restarted',
    target: 'node-7',
    purpose: 'restart',
    members: healthy(3),
    want: 'wait',
    blocker: ['node-7', 'absent'],
  },
];

for (const c of cases) {
  void test(c.name, () => {
    const answer = checkAvailability({
      target: c.target,
      purpose: c.purpose,
      members: c.members,
      keyspaces: c.keyspaces ?? RF3,
    });
    assert.equal(answer.kind, c.want, JSON.stringify(answer));
    if (answer.kind === 'wait') {
      if (c.blocker) assert.deepEqual([answer.nodeId, answer.status], c.blocker);
      if (c.reason) assert.match(answer.reason, c.reason);
    } else {
      const notes = c.notes ?? [];
      assert.equal(answer.notes.length, notes.length, answer.notes.join('\n'));
      notes.forEach((n, i) => {
        assert.match(answer.notes[i] ?? '', n);
      });
    }
  });
}

const status = fc.constantFrom<MemberStatus>('UN', 'UN', 'UN', 'DN', 'UJ', 'UL', 'UM', 'DJ');

void test('property: the guard never lets a node go down or join while another member is not UN', () => {
  fc.assert(
    fc.property(
      fc.array(status, { minLength: 1, maxLength: 7 }),
      fc.nat(),
      fc.constantFrom<GuardPurpose>('restart', 'decommission', 'replace', 'join'),
      fc.array(fc.integer({ min: 1, max: 5 }), { maxLength: 3 }),
      (statuses, pick, purpose, rfs) => {
        const members = statuses.map((s, i) => member(i, s));
        const target = `node-${pick % statuses.length}`;
        const keyspaces = rfs.map((rf, i) => ({ name: `ks${i}`, rf }));
        const answer = checkAvailability({ target, purpose, members, keyspaces });
        if (answer.kind === 'ok') {
          const others = members.filter((m) => m.nodeId !== target);
          assert.ok(
            others.every((m) => m.status === 'UN'),
            JSON.stringify({ statuses, target, purpose }),
          );
        }
      },
    ),
    { numRuns: 500 },
  );
});
