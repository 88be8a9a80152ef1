import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { NodeHealth } from '../api.js';
import { byNodeNumber, stateLetters } from './nodes.js';

const health = (operationMode: string, problem = ''): NodeHealth => ({
  operationMode,
  problem,
  probedAtMs: 0,
});

const letters: [string, NodeHealth | null, string][] = [
  ['never probed', null, '--'],
  ['normal', health('NORMAL'), 'UN'],
  ['joining', health('JOINING'), 'UJ'],
  ['leaving', health('LEAVING'), 'UL'],
  ['decommissioned counts as left/leaving', health('DECOMMISSIONED'), 'UL'],
  ['moving', health('MOVING'), 'UM'],
  ['a failed probe is down', health('NORMAL', 'Jolokia: connection refused'), 'DN'],
  ['mode names are not case-sensitive', health('joining'), 'UJ'],
];

for (const [name, input, expected] of letters) {
  void test(`stateLetters: ${name} -> ${expected}`, () => {
    assert.equal(stateLetters({ health: input }), expected);
  });
}

void test('byNodeNumber: numeric order, then ids without numbers by name', () => {
  const ids = ['node-10', 'node-2', 'b', 'node-0', 'a'].map((id) => ({ id }));
  assert.deepEqual(
    ids.sort(byNodeNumber).map((n) => n.id),
    ['node-0', 'node-2', 'node-10', 'a', 'b'],
  );
});
