import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { NodeRecord } from '../node.js';
import { epochMs, type EpochMs } from '../time.js';
import { crashLoop, healWork, replaceDue, updateWatches } from './heal.js';
import type { OpItem } from './queue.js';
import type { NodeWatch } from './state.js';
import {
  failed,
  item,
  later,
  MINUTE,
  ring,
  SECOND,
  T0,
  TEST_POLICY,
  unreachable,
  upNode,
} from './testing/builders.js';

const LOOP = TEST_POLICY.crashLoop; // 3 failures in 10 min; 30 s doubling, capped at 30 min

void test('a node seen down is remembered from the first time, and forgotten once it runs again', () => {
  const down = ring(3, { 1: failed() });
  const first = updateWatches({}, down, later(5 * SECOND), TEST_POLICY);
  assert.deepEqual(first['node-1'], { downSinceMs: later(5 * SECOND), failuresMs: [T0] });
  const second = updateWatches(first, down, later(50 * SECOND), TEST_POLICY);
  assert.equal(second['node-1']?.downSinceMs, later(5 * SECOND));
  const back = updateWatches(second, ring(3), later(60 * SECOND), TEST_POLICY);
  assert.deepEqual(back['node-1'], { downSinceMs: null, failuresMs: [T0] });
  assert.equal(updateWatches(back, ring(3), later(11 * MINUTE), TEST_POLICY)['node-1'], undefined);
});

void test('each failure is counted once however many passes see it', () => {
  let watches: Record<string, NodeWatch> = {};
  for (let s = 1; s < 5; s++)
    watches = updateWatches(watches, ring(2, { 0: failed() }), later(s * SECOND), TEST_POLICY);
  assert.deepEqual(watches['node-0']?.failuresMs, [T0]);
});

const watch = (...failureMinutes: number[]): NodeWatch => ({
  downSinceMs: null,
  failuresMs: failureMinutes.map((m) => later(m * MINUTE)),
});

const loopCases: { name: string; watch: NodeWatch; now: EpochMs; wantNext: EpochMs | null }[] = [
  {
    name: 'two failures are not a crash loop: relaunch at once',
    watch: watch(0, 1),
    now: later(2 * MINUTE),
    wantNext: null,
  },
  {
    name: 'the third failure within the window backs off 30 s',
    watch: watch(0, 1, 2),
    now: later(2 * MINUTE),
    wantNext: later(2 * MINUTE + 30 * SECOND),
  },
  {
    name: 'the fourth doubles it',
    watch: watch(0, 1, 2, 3),
    now: later(3 * MINUTE),
    wantNext: later(3 * MINUTE + 60 * SECOND),
  },
  {
    name: 'failures older than the window no longer count',
    watch: watch(0, 1, 12),
    now: later(12 * MINUTE),
    wantNext: null,
  },
  {
    name: 'the backoff is capped',
    watch: watch(...Array.from({ length: 40 }, (_, i) => i * 0.2)),
    now: later(8 * MINUTE),
    wantNext: later(7.8 * MINUTE + 30 * MINUTE),
  },
];
for (const c of loopCases) {
  void test(c.name, () => {
    assert.equal(crashLoop(c.watch, LOOP, c.now)?.nextTryAtMs ?? null, c.wantNext);
  });
}

void test('a crash loop is reported with its count and the next relaunch time', () => {
  const loop = crashLoop(watch(0, 1, 2), LOOP, later(2 * MINUTE));
  assert.match(
    loop?.reason ?? '',
    /^crash-looping: 3 failures within 10 min; next relaunch at 2023-11-14T22:15:50.000Z$/,
  );
});

interface DueCase {
  readonly name: string;
  readonly node: NodeRecord;
  readonly watch?: NodeWatch;
  readonly offeredAt?: EpochMs;
  readonly now: EpochMs;
  readonly want: RegExp | null;
}
const base = upNode(0, ['10.0.0.1']);
const dueCases: DueCase[] = [
  {
    name: 'an unreachable agent is given replaceAfterMs to come back',
    node: { ...base, ...unreachable },
    watch: { downSinceMs: T0, failuresMs: [] },
    now: later(29 * SECOND),
    want: null,
  },
  {
    name: 'a node whose agent stays unreachable for replaceAfterMs is replaced',
    node: { ...base, ...unreachable },
    watch: { downSinceMs: T0, failuresMs: [] },
    now: later(30 * SECOND),
    want: /^agent agent-0 unreachable since 2023-11-14T22:13:20.000Z$/,
  },
  {
    name: 'a node waiting for its own reservation for replaceAfterMs is replaced (agent gone)',
    node: { ...base, phase: 'Pending', phaseSinceMs: T0, health: null },
    now: later(31 * SECOND),
    want: /^no offer of its reservation on agent agent-0 since/,
  },
  {
    name: 'an offer of its reservation restarts the clock',
    node: { ...base, phase: 'Pending', phaseSinceMs: T0, health: null },
    offeredAt: later(20 * SECOND),
    now: later(31 * SECOND),
    want: null,
  },
  {
    name: 'a crash-looping node on a live agent is not replaced: it is backed off and reported',
    node: { ...base, ...failed(T0) },
    watch: { downSinceMs: T0, failuresMs: [T0] },
    now: later(60 * MINUTE),
    want: null,
  },
  {
    name: 'a node that runs is never replaced',
    node: base,
    now: later(60 * MINUTE),
    want: null,
  },
];
for (const c of dueCases) {
  void test(c.name, () => {
    const due = replaceDue(c.node, c.watch, c.offeredAt, TEST_POLICY, c.now);
    if (c.want === null) assert.equal(due, null);
    else assert.match(due?.reason ?? 'not due', c.want);
  });
}

interface WorkCase {
  readonly name: string;
  readonly nodes: readonly NodeRecord[];
  readonly items?: readonly OpItem[];
  readonly watches?: Readonly<Record<string, NodeWatch>>;
  readonly now?: EpochMs;
  readonly enqueue: readonly string[];
  readonly cancel?: readonly string[];
}
const workCases: WorkCase[] = [
  {
    name: 'a failed node is restarted in place',
    nodes: ring(3, { 2: failed() }),
    enqueue: ['restart node-2 heal'],
  },
  {
    name: 'a node already being restarted gets no second item',
    nodes: ring(3, { 2: failed() }),
    items: [item({ kind: 'restart', nodeId: 'node-2', origin: 'heal' })],
    enqueue: [],
  },
  {
    name: 'a node whose rolling restart is running is brought back by that item',
    nodes: ring(3, { 2: failed() }),
    items: [
      item({ kind: 'rolling-restart', nodeId: 'node-2' }, 1, {
        state: 'running',
        step: 'await-up',
      }),
    ],
    enqueue: [],
  },
  {
    name: 'a node failing during its repair still gets a restart: repair does not relaunch',
    nodes: ring(3, { 2: failed() }),
    items: [item({ kind: 'repair', nodeId: 'node-2' }, 1, { state: 'running', step: 'repair' })],
    enqueue: ['restart node-2 heal'],
  },
  {
    name: 'an unreachable node cannot be restarted: it waits for its agent or for replaceAfterMs',
    nodes: ring(3, { 1: unreachable }),
    watches: { 'node-1': { downSinceMs: T0, failuresMs: [] } },
    now: later(10 * SECOND),
    enqueue: [],
  },
  {
    name: 'a lost node is replaced, and its open restart is superseded',
    nodes: ring(3, { 1: { ...failed(), phase: 'Pending', phaseSinceMs: T0 } }),
    items: [
      item({ kind: 'restart', nodeId: 'node-1', origin: 'heal' }, 4, {
        state: 'running',
        step: 'relaunch',
        stepStatus: 'sent',
      }),
    ],
    now: later(40 * SECOND),
    enqueue: ['replace node-1 heal'],
    cancel: ['op-4'],
  },
  {
    name: 'a node that came back by itself (its agent returned) is neither restarted nor replaced',
    nodes: ring(3),
    items: [
      item({ kind: 'replace', nodeId: 'node-1', origin: 'heal' }, 1),
      item({ kind: 'restart', nodeId: 'node-2', origin: 'heal' }, 2),
      item({ kind: 'restart', nodeId: 'node-0', origin: 'operator' }, 3),
    ],
    enqueue: [],
    cancel: ['op-1', 'op-2'],
  },
  {
    name: 'a decommissioned or stopped-by-operator node is not healed',
    nodes: ring(3, {
      1: { ...failed(), goal: 'Decommissioned' },
      2: { phase: 'Stopped', goal: 'Stopped' },
    }),
    enqueue: [],
  },
];
for (const c of workCases) {
  void test(c.name, () => {
    const now = c.now ?? later(SECOND);
    const work = healWork({
      nodes: c.nodes,
      items: c.items ?? [],
      watches: c.watches ?? updateWatches({}, c.nodes, epochMs(T0), TEST_POLICY),
      offeredAtMs: new Map(),
      policy: TEST_POLICY,
      now,
    });
    assert.deepEqual(
      work.enqueue.map((i) => `${i.kind} ${i.nodeId} ${i.origin}`),
      c.enqueue,
    );
    assert.deepEqual(
      work.cancel.map((x) => x.itemId),
      c.cancel ?? [],
    );
  });
}

void test('a replacement remembers the address and agent it replaces', () => {
  const nodes = ring(3, { 1: unreachable });
  const work = healWork({
    nodes,
    items: [],
    watches: { 'node-1': { downSinceMs: T0, failuresMs: [] } },
    offeredAtMs: new Map(),
    policy: TEST_POLICY,
    now: later(30 * SECOND),
  });
  const [replace] = work.enqueue;
  assert.deepEqual(replace?.replaced, { address: '10.0.0.2', agentId: 'agent-1' });
  assert.equal(replace.seed, true);
});
