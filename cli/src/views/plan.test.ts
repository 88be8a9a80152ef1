import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { PlanStep, StepStatus } from '../api.js';
import { PLAN } from '../testing/fixtures.js';
import { groupStatus, renderPlan } from './plan.js';

const steps = (...statuses: StepStatus[]) => statuses.map((status) => ({ status }));

const groups: [string, { status: StepStatus }[], string][] = [
  ['no steps', [], 'PENDING'],
  ['all done', steps('done', 'done'), 'COMPLETE'],
  ['one failed wins over everything', steps('done', 'inProgress', 'failed'), 'ERROR'],
  ['some done, some waiting', steps('done', 'waiting'), 'IN_PROGRESS'],
  ['one in progress', steps('waiting', 'inProgress'), 'IN_PROGRESS'],
  ['all waiting', steps('waiting', 'waiting'), 'WAITING'],
];

for (const [name, input, expected] of groups) {
  void test(`groupStatus: ${name} -> ${expected}`, () => {
    assert.equal(groupStatus(input), expected);
  });
}

function step(nodeId: string, seed: boolean, status: StepStatus): PlanStep {
  return { nodeId, seed, phase: status === 'done' ? 'Up' : 'Pending', status, reason: '' };
}

void test('a complete plan has no progress bar; steps sort by node number, seeds first', () => {
  const plan = {
    steps: [
      step('node-10', false, 'done'),
      step('node-2', false, 'done'),
      step('node-0', true, 'done'),
    ],
    actions: [],
  };
  assert.equal(
    renderPlan(plan),
    [
      'deploy (COMPLETE)',
      '├─ seeds (COMPLETE)',
      '│  └─ node-0 (COMPLETE, Up)',
      '└─ nodes (COMPLETE)',
      '   ├─ node-2 (COMPLETE, Up)',
      '   └─ node-10 (COMPLETE, Up)',
    ].join('\n'),
  );
});

void test('a ring of seeds only has one phase; an empty plan is just its root', () => {
  assert.equal(
    renderPlan({ steps: [step('node-0', true, 'waiting')], actions: [] }),
    [
      'deploy (WAITING)  [....................] 0/1 nodes',
      '└─ seeds (WAITING)',
      '   └─ node-0 (WAITING, Pending)',
    ].join('\n'),
  );
  assert.equal(renderPlan({ steps: [], actions: [] }), 'deploy (PENDING)');
});

void test('the last pass lists each action with its reason', () => {
  assert.match(renderPlan(PLAN), /\n\nlast pass:\n {2}suppress: no node waits for an offer$/);
});
