import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isNodeServing, parseRingStatus, type NodeProgress } from './status.js';

// The shape of GET /v1/status as scheduler/src/api/routes.ts writes it.
const body = {
  framework: { id: 'f-1', subscribed: { master: '127.0.0.1:5050' } },
  leadership: { leader: '127.0.0.1:8080 pid 42', isLeader: true },
  reconciliation: 'settled',
  desired: { nodes: 3, seeds: 3, configVersion: 'abc' },
  actual: { nodes: 2, up: 1 },
  nodes: [
    {
      id: 'node-0',
      seed: true,
      phase: 'Up',
      goal: 'Running',
      agentId: 'a-0',
      hostname: '127.0.2.1',
      address: '127.0.2.1',
      rack: 'r1',
      taskId: 'node-0.task.1',
      taskState: 'TASK_RUNNING',
      health: { operationMode: 'NORMAL', probedAtMs: 1, problem: '' },
      failures: 0,
      lastFailure: null,
      configVersion: 'abc',
      reason: 'NORMAL and seen UP',
    },
    {
      id: 'node-1',
      seed: true,
      phase: 'Launching',
      address: null,
      taskId: null,
      taskState: null,
      health: null,
      reason: 'waits for node-0',
    },
  ],
  configErrors: [],
};

void test('reads who leads, reconciliation and every node from a /v1/status body', () => {
  const status = parseRingStatus(body);
  assert.equal(status.isLeader, true);
  assert.equal(status.leader, '127.0.0.1:8080 pid 42');
  assert.equal(status.reconciliation, 'settled');
  assert.equal(status.frameworkId, 'f-1');
  assert.equal(status.desiredNodes, 3);
  assert.deepEqual(
    status.nodes.map((n) => [n.nodeId, n.phase, n.address, n.operationMode, n.reason]),
    [
      ['node-0', 'Up', '127.0.2.1', 'NORMAL', 'NORMAL and seen UP'],
      ['node-1', 'Launching', null, null, 'waits for node-0'],
    ],
  );
});

void test('a standby says it does not lead; missing fields read as unknown, not as errors', () => {
  const status = parseRingStatus({ leadership: { leader: null, isLeader: false } });
  assert.deepEqual(status, {
    isLeader: false,
    leader: null,
    reconciliation: 'unknown',
    frameworkId: null,
    desiredNodes: null,
    nodes: [],
  });
});

void test('a body that is not an object is an error', () => {
  assert.throws(() => parseRingStatus([]), TypeError);
});

const node = (over: Partial<NodeProgress>): NodeProgress => ({
  nodeId: 'node-0',
  seed: true,
  phase: 'Up',
  address: '127.0.2.1',
  taskId: 't',
  taskState: 'TASK_RUNNING',
  operationMode: 'NORMAL',
  problem: '',
  reason: '',
  ...over,
});

for (const [name, over, want] of [
  ['Up and NORMAL serves', {}, true],
  ['Up but JOINING does not', { operationMode: 'JOINING' }, false],
  ['Up with a failed probe does not', { problem: 'jolokia unreachable' }, false],
  ['Starting does not, even NORMAL', { phase: 'Starting' }, false],
  ['Up before any probe does not', { operationMode: null }, false],
] as const) {
  void test(`isNodeServing: ${name}`, () => {
    assert.equal(isNodeServing(node(over)), want);
  });
}
