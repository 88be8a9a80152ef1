import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { applyEvent, type LaunchRecord, type NodeEvent } from './node-events.js';
import {
  ALLOWED,
  NODE_PHASES,
  canMove,
  renderMermaid,
  type NodePhase,
  type NodeRecord,
} from './node.js';
import { TASK_STATE_NAMES, type TaskStateName } from './task-state.js';
import { epochMs } from './time.js';
import { health, node, T0 } from '../testing/builders.js';
import type { Placement } from './node.js';

const placement: Placement = {
  agentId: 'a1',
  hostname: 'h1',
  address: '10.0.0.1',
  rack: 'r1',
  persistenceId: 'ring1.node-0.volume.l1',
  volumePath: 'data',
  reservedResources: [],
};
const launch: LaunchRecord = {
  taskId: 'node-0.task.l1',
  executorId: 'node-0.executor.l1',
  taskInfo: { name: 'n', task_id: { value: 'node-0.task.l1' }, agent_id: { value: 'a1' } },
  placement,
  configVersion: 'v1',
};
const T1 = epochMs(T0 + 1000);
const status = (
  state: TaskStateName,
  extra: Partial<Extract<NodeEvent, { type: 'taskStatus' }>> = {},
): NodeEvent => ({
  type: 'taskStatus',
  taskId: 'node-0.task.l1',
  state,
  message: '',
  health: null,
  ...extra,
});
const launched = (phase: NodePhase, extra: Partial<NodeRecord> = {}): NodeRecord =>
  node(0, { phase, taskId: launch.taskId, placement, ...extra });

interface Case {
  name: string;
  from: NodeRecord;
  event: NodeEvent;
  phase: NodePhase;
  note?: RegExp;
  check?: (n: NodeRecord) => void;
}

const cases: Case[] = [
  {
    name: 'a recorded launch moves Pending to Launching and pins the placement',
    from: node(0),
    event: { type: 'launchRecorded', launch },
    phase: 'Launching',
    check: (n) => {
      assert.equal(n.taskId, launch.taskId);
      assert.equal(n.placement?.agentId, 'a1');
      assert.equal(n.phaseSinceMs, T1);
    },
  },
  {
    name: 'TASK_RUNNING without a NORMAL report is Starting',
    from: launched('Launching'),
    event: status('TASK_RUNNING'),
    phase: 'Starting',
  },
  {
    name: 'TASK_RUNNING with a NORMAL report is Up, and resets the failure count',
    from: launched('Starting', { failureCount: 2 }),
    event: status('TASK_RUNNING', { health: health() }),
    phase: 'Up',
    check: (n) => {
      assert.equal(n.failureCount, 0);
    },
  },
  {
    name: 'a JOINING report keeps the node Starting',
    from: launched('Starting'),
    event: status('TASK_RUNNING', { health: health({ operationMode: 'JOINING' }) }),
    phase: 'Starting',
  },
  {
    name: 'an Up node whose report stops saying NORMAL goes back to Starting',
    from: launched('Up', { lastTaskState: 'TASK_RUNNING', health: health() }),
    event: status('TASK_RUNNING', { health: health({ operationMode: 'DRAINED' }) }),
    phase: 'Starting',
  },
  {
    name: 'TASK_FAILED fails the node and counts it, with the message',
    from: launched('Up'),
    event: status('TASK_FAILED', { message: 'Executor terminated' }),
    phase: 'Failed',
    check: (n) => {
      assert.equal(n.failureCount, 1);
      assert.equal(n.lastFailureReason, 'TASK_FAILED: Executor terminated');
      assert.equal(n.lastFailureAtMs, T1);
    },
  },
  {
    name: 'a launch dropped by the master (TASK_DROPPED) fails the node for a retry',
    from: launched('Launching'),
    event: status('TASK_DROPPED'),
    phase: 'Failed',
  },
  {
    name: 'TASK_UNREACHABLE keeps the phase: the agent may come back',
    from: launched('Up'),
    event: status('TASK_UNREACHABLE'),
    phase: 'Up',
    check: (n) => {
      assert.equal(n.lastTaskState, 'TASK_UNREACHABLE');
    },
  },
  {
    name: 'a lost task that comes back RUNNING and NORMAL is Up again',
    from: launched('Failed', { lastTaskState: 'TASK_LOST' }),
    event: status('TASK_RUNNING', { health: health() }),
    phase: 'Up',
  },
  {
    name: 'a report that differs only in its probe time is a duplicate (nothing to write)',
    from: launched('Up', { lastTaskState: 'TASK_RUNNING', health: health() }),
    event: status('TASK_RUNNING', { health: health({ probedAtMs: T0 + 5000 }) }),
    phase: 'Up',
    note: /^duplicate: TASK_RUNNING/,
  },
  {
    name: 'a status of an older task is stale: unchanged, with a note',
    from: launched('Up'),
    event: status('TASK_FAILED', { taskId: 'node-0.task.old' }),
    phase: 'Up',
    note: /^stale: status of node-0\.task\.old, node-0 runs node-0\.task\.l1$/,
  },
  {
    name: 'the same status twice is a duplicate: unchanged, with a note',
    from: launched('Starting', { lastTaskState: 'TASK_RUNNING' }),
    event: status('TASK_RUNNING'),
    phase: 'Starting',
    note: /^duplicate: TASK_RUNNING/,
  },
  {
    name: 'a drained node whose task ends is Stopped, not Failed',
    from: launched('Draining'),
    event: status('TASK_KILLED'),
    phase: 'Stopped',
  },
  {
    name: 'a retry deadline moves a failed placed node back to Pending in restart mode',
    from: launched('Failed'),
    event: { type: 'deadlinePassed' },
    phase: 'Pending',
    check: (n) => {
      assert.equal(n.launchMode, 'restart');
    },
  },
  {
    name: 'a deadline for an Up node changes nothing',
    from: launched('Up'),
    event: { type: 'deadlinePassed' },
    phase: 'Up',
    note: /^nothing due/,
  },
  {
    name: 'a second launch while Launching is ignored',
    from: launched('Launching'),
    event: { type: 'launchRecorded', launch: { ...launch, taskId: 'node-0.task.l2' } },
    phase: 'Launching',
    note: /^ignored: launch of node-0 while Launching$/,
  },
  {
    name: 'decommissioning a Pending node ends it at once',
    from: node(0),
    event: { type: 'decommissionRequested', reason: 'shrink' },
    phase: 'Decommissioned',
  },
  {
    name: 'a restart request relaunches a failed node in place, on its own data',
    from: launched('Failed', { failureCount: 2 }),
    event: { type: 'restartRequested', reason: 'op-1' },
    phase: 'Pending',
    check: (n) => {
      assert.equal(n.launchMode, 'restart');
      assert.equal(n.goal, 'Running');
      assert.deepEqual(n.placement, placement);
    },
  },
  {
    name: 'a restart request after a drain wants the stopped node running again',
    from: launched('Stopped', { goal: 'Stopped' }),
    event: { type: 'restartRequested', reason: 'op-1' },
    phase: 'Pending',
    check: (n) => {
      assert.equal(n.goal, 'Running');
    },
  },
  {
    name: 'a restart request for a node already waiting for its relaunch changes nothing',
    from: launched('Pending', { launchMode: 'restart' }),
    event: { type: 'restartRequested', reason: 'op-1' },
    phase: 'Pending',
    note: /duplicate/,
  },
  {
    name: 'a restart request never takes down a node that runs',
    from: launched('Up'),
    event: { type: 'restartRequested', reason: 'op-1' },
    phase: 'Up',
    note: /ignored/,
  },
  {
    name: 'a replace request lets go of the lost placement and launches anew with replace_address',
    from: launched('Up', { lastTaskState: 'TASK_UNREACHABLE', seed: true }),
    event: { type: 'replaceRequested', replaceAddress: '10.0.0.1', reason: 'op-2' },
    phase: 'Pending',
    check: (n) => {
      assert.equal(n.placement, null);
      assert.equal(n.taskId, null);
      assert.equal(n.launchMode, 'replace');
      assert.equal(n.replaceAddress, '10.0.0.1');
      assert.equal(n.seed, true, 'a replaced seed stays a seed');
    },
  },
  {
    name: 'a replace request sent again (failover) changes nothing',
    from: node(0, { phase: 'Pending', launchMode: 'replace', replaceAddress: '10.0.0.1' }),
    event: { type: 'replaceRequested', replaceAddress: '10.0.0.1', reason: 'op-2' },
    phase: 'Pending',
    note: /duplicate/,
  },
  {
    name: 'a replace request never touches a node on its way out',
    from: launched('Decommissioning', { goal: 'Decommissioned' }),
    event: { type: 'replaceRequested', replaceAddress: '10.0.0.1', reason: 'op-2' },
    phase: 'Decommissioning',
    note: /ignored/,
  },
];

for (const c of cases) {
  void test(`applyEvent: ${c.name}`, () => {
    const { node: after, note } = applyEvent(c.from, c.event, T1);
    assert.equal(after.phase, c.phase);
    if (c.note) assert.match(note ?? '', c.note);
    else assert.equal(note, undefined);
    if (c.note) assert.deepEqual(after, c.from, 'a noted event leaves the node unchanged');
    c.check?.(after);
  });
}

const events: fc.Arbitrary<NodeEvent> = fc.oneof(
  fc.constant<NodeEvent>({ type: 'launchRecorded', launch }),
  fc
    .record({
      taskId: fc.constantFrom('node-0.task.l1', 'node-0.task.old'),
      state: fc.constantFrom(...TASK_STATE_NAMES),
      mode: fc.constantFrom('NORMAL', 'JOINING', 'DRAINED', null),
    })
    .map(({ taskId, state, mode }): NodeEvent => ({
      type: 'taskStatus',
      taskId,
      state,
      message: '',
      health: mode === null ? null : health({ operationMode: mode }),
    })),
  fc.constant<NodeEvent>({ type: 'drainRequested', reason: 'test' }),
  fc.constant<NodeEvent>({ type: 'decommissionRequested', reason: 'test' }),
  fc.constant<NodeEvent>({ type: 'deadlinePassed' }),
  fc.constant<NodeEvent>({ type: 'restartRequested', reason: 'test' }),
  fc.constant<NodeEvent>({ type: 'replaceRequested', replaceAddress: '10.0.0.1', reason: 'test' }),
);

void test('property: no event sequence leaves the ALLOWED table, and none throws', () => {
  fc.assert(
    fc.property(fc.array(events, { maxLength: 40 }), (sequence) => {
      let current = node(0);
      let t = T0;
      for (const event of sequence) {
        t = epochMs(t + 1);
        const { node: next } = applyEvent(current, event, t);
        assert.ok(canMove(current.phase, next.phase), `${current.phase} -> ${next.phase}`);
        current = next;
      }
    }),
    { numRuns: 500 },
  );
});

void test('ALLOWED names only known phases, and only Decommissioned is final', () => {
  for (const from of NODE_PHASES) {
    for (const to of ALLOWED[from]) assert.ok(NODE_PHASES.includes(to), `${from} -> ${to}`);
    assert.equal(ALLOWED[from].length === 0, from === 'Decommissioned', from);
  }
});

void test('renderMermaid draws every allowed move once', () => {
  const diagram = renderMermaid(ALLOWED);
  assert.match(diagram, /^stateDiagram-v2\n {2}\[\*\] --> Pending\n/);
  const edges = Object.values(ALLOWED).reduce((n, to) => n + to.length, 0);
  assert.equal(
    diagram.split('\n').filter((l) => l.includes(' --> ') && !l.includes('[*]')).length,
    edges,
  );
});
