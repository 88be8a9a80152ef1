import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ReplaceRepairDue } from './after-replace.js';
import { nextRepairDecision, type RepairDecision } from './decide.js';
import type { RepairRun } from './run.js';
import { later, run, situation, T0, trigger, withSteps } from './testing/builders.js';

const due = (itemId = 'op-7', nodeId = 'node-1'): ReplaceRepairDue => ({
  itemId,
  nodeId,
  replacedAddress: '10.0.0.2',
  sinceMs: T0,
});

/** A run started for a due entry (one step, the replacement's). */
function afterReplaceRun(entry: ReplaceRepairDue, overrides: Partial<RepairRun> = {}): RepairRun {
  const base = run([entry.nodeId], { primaryRange: false, ...overrides });
  return {
    ...base,
    trigger: {
      kind: 'afterReplace',
      atMs: T0,
      keyspaces: null,
      replace: {
        itemId: entry.itemId,
        nodeId: entry.nodeId,
        replacedAddress: entry.replacedAddress,
      },
    },
  };
}

const summary = (d: RepairDecision): string =>
  d.kind === 'start-run'
    ? `start-run ${d.trigger.kind} ${d.trigger.replace?.nodeId ?? '-'} ${d.trigger.replace?.itemId ?? '-'}`
    : d.kind === 'forget-due'
      ? `forget-due ${d.itemId}`
      : d.kind;

void test('nextRepairDecision with replacements due for a repair', () => {
  const scheduled = run();
  const cases: { name: string; s: Parameters<typeof nextRepairDecision>[0]; want: string }[] = [
    {
      name: 'a replace succeeded, no run: one run for the replacement, after that replace',
      s: situation({ repairsDue: [due()] }),
      want: 'start-run afterReplace node-1 op-7',
    },
    {
      name: 'failover between starting the run and forgetting the entry: forget it, no second run',
      s: situation({ repairsDue: [due()], run: afterReplaceRun(due()) }),
      want: 'forget-due op-7',
    },
    {
      name: 'the same, found after that run finished: still no second run',
      s: situation({
        repairsDue: [due()],
        run: afterReplaceRun(due(), { result: 'succeeded', endedAtMs: later(T0, 5) }),
      }),
      want: 'forget-due op-7',
    },
    {
      name: 'nothing due (setting off, or the replace failed: the ops pass recorded none): idle',
      s: situation({ repairsDue: [] }),
      want: 'idle',
    },
    {
      name: 'a scheduled run is going: it goes on, the entry waits',
      s: situation({ repairsDue: [due()], run: scheduled }),
      want: 'start-node',
    },
    {
      name: 'the scheduled run ended: now the replacement run starts',
      s: situation({ repairsDue: [due()], run: { ...scheduled, result: 'succeeded' } }),
      want: 'start-run afterReplace node-1 op-7',
    },
    {
      name: 'a schedule trigger waits too: it is decided first (and starts its run)',
      s: situation({ repairsDue: [due()], trigger: trigger('schedule') }),
      want: 'start-run schedule - -',
    },
    {
      name: 'two replaces due: the oldest first',
      s: situation({ repairsDue: [due('op-3', 'node-2'), due('op-7', 'node-1')] }),
      want: 'start-run afterReplace node-2 op-3',
    },
  ];
  for (const c of cases) {
    assert.equal(summary(nextRepairDecision(c.s, later(T0, 1))), c.want, c.name);
  }
});

void test('the trigger names the node and the address it replaced', () => {
  const d = nextRepairDecision(situation({ repairsDue: [due()] }), T0);
  assert.equal(d.kind, 'start-run');
  assert.equal(
    d.trigger.reason,
    'repair node-1 after it replaced 10.0.0.2 (op-7): it streamed each range from one replica',
  );
  assert.equal(d.trigger.keyspaces, null, 'the configured keyspace scope, as for a scheduled run');
});

void test('a run after a replace keeps its one step even when the ring differs, and waits for the queue', () => {
  const entry = due();
  const planned = afterReplaceRun(entry);
  const busy = situation({
    run: planned,
    queue: { operation: 'scale-up', nodeId: 'node-3' },
    ring: [
      { nodeId: 'node-0', isUp: true },
      { nodeId: 'node-1', isUp: true },
      { nodeId: 'node-2', isUp: true },
    ],
  });
  const waiting = nextRepairDecision(busy, T0);
  assert.equal(waiting.kind, 'wait', 'no replan to the whole ring');
  assert.match(waiting.reason, /serial queue busy: scale-up of node-3/);
  const free = nextRepairDecision({ ...busy, queue: null }, T0);
  assert.equal(free.kind, 'start-node');
  assert.equal(free.nodeId, 'node-1');
  const failedOnce = withSteps(planned, {
    'node-1': { status: 'attemptFailed', attempts: 1, endedAtMs: T0, lastError: 'session failed' },
  });
  const retry = nextRepairDecision({ ...busy, queue: null, run: failedOnce }, later(T0, 6));
  assert.equal(retry.kind, 'retry', 'retried with the backoff of any run');
});
