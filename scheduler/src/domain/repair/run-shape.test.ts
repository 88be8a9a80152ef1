import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { RepairConfig } from './config.js';
import { runShape, type RunShape } from './run-shape.js';
import type { RepairTrigger } from './run.js';
import { T0 } from './testing/builders.js';

const CONFIG: Pick<RepairConfig, 'scope' | 'type' | 'primaryRange'> = {
  scope: { include: [], exclude: ['system_traces'] },
  type: 'incremental',
  primaryRange: true,
};
const RING = ['node-0', 'node-1', 'node-2'];
const replace = { itemId: 'op-7', nodeId: 'node-1', replacedAddress: '10.0.0.2' };

const cases: { name: string; trigger: RepairTrigger; want: RunShape }[] = [
  {
    name: 'a scheduled run repairs the ring as configured',
    trigger: { kind: 'schedule', atMs: T0, keyspaces: null },
    want: { scope: CONFIG.scope, nodeIds: RING, type: 'incremental', primaryRange: true },
  },
  {
    name: 'a manual run naming keyspaces repairs exactly those, on the whole ring',
    trigger: { kind: 'manual', atMs: T0, keyspaces: ['ks1'] },
    want: {
      scope: { include: ['ks1'], exclude: [] },
      nodeIds: RING,
      type: 'incremental',
      primaryRange: true,
    },
  },
  {
    name: 'a run after a replace repairs the replacement alone, full, over all its ranges',
    trigger: { kind: 'afterReplace', atMs: T0, keyspaces: null, replace },
    want: { scope: CONFIG.scope, nodeIds: ['node-1'], type: 'full', primaryRange: false },
  },
];

for (const c of cases) {
  void test(`runShape: ${c.name}`, () => {
    assert.deepEqual(runShape(c.trigger, CONFIG, RING), c.want);
  });
}
