import assert from 'node:assert/strict';
import { test } from 'node:test';
import { mesos } from '@cmf/proto';
import { parseCheckpoint, serializeCheckpoint, type AgentCheckpoint } from './checkpoint-format.js';
import type { ExecutorRun } from './model.js';

const S = mesos.v1.TaskState;

function run(commandExecutor = false): ExecutorRun {
  const task = {
    name: 't',
    task_id: { value: 'task-1' },
    agent_id: { value: 'A' },
    data: Buffer.from('bytes survive'),
  };
  return {
    frameworkId: 'F-1',
    executorId: 'exec-1',
    info: { executor_id: { value: 'exec-1' }, command: { value: 'run', shell: true } },
    containerId: 'c-1',
    sandbox: '/w/slaves/A/frameworks/F-1/executors/exec-1/runs/c-1',
    commandExecutor,
    phase: 'running',
    pid: 4242,
    queued: new Map([['task-2', { ...task, task_id: { value: 'task-2' } }]]),
    launched: new Map([['task-1', { info: task, state: S.TASK_RUNNING }]]),
    everSentTask: true,
  };
}

const uuid = Uint8Array.from({ length: 16 }, (_, i) => i);

function checkpoint(): AgentCheckpoint {
  return {
    agentId: 'A',
    port: 5051,
    resources: [{ name: 'disk', type: mesos.v1.Value.Type.SCALAR, scalar: { value: 100 } }],
    frameworks: [
      {
        info: { user: 'root', name: 'f', id: { value: 'F-1' }, checkpoint: true },
        phase: 'running',
        executors: new Map([['exec-1', run()]]),
      },
    ],
    streams: [
      {
        frameworkId: 'F-1',
        taskId: 'task-1',
        snapshot: {
          pending: [
            {
              uuid: 'aa',
              terminal: false,
              status: { task_id: { value: 'task-1' }, state: S.TASK_RUNNING, uuid },
            },
          ],
          acknowledged: ['bb'],
        },
      },
    ],
    orphans: [{ sandbox: '/w/runs/c0', pid: 7 }, { sandbox: '/w/runs/c1' }],
  };
}

void test('the agent id, port, resources and executors read back the same', () => {
  const back = parseCheckpoint(serializeCheckpoint(checkpoint()));
  assert.equal(back.agentId, 'A');
  assert.equal(back.port, 5051);
  assert.equal(back.resources[0]?.scalar?.value, 100);
  const restored = back.frameworks[0]?.executors.get('exec-1');
  assert.equal(restored?.pid, 4242);
  assert.equal(restored.phase, 'running');
  assert.equal(restored.launched.get('task-1')?.state, S.TASK_RUNNING);
  assert.equal(
    Buffer.from(restored.launched.get('task-1')?.info.data ?? []).toString(),
    'bytes survive',
  );
  assert.deepEqual([...restored.queued.keys()], ['task-2']);
});

void test('status update streams and orphan containers read back the same', () => {
  const back = parseCheckpoint(serializeCheckpoint(checkpoint()));
  const stream = back.streams[0]?.snapshot;
  assert.deepEqual(Buffer.from(stream?.pending[0]?.status.uuid ?? []), Buffer.from(uuid));
  assert.deepEqual(stream?.acknowledged, ['bb']);
  assert.deepEqual(back.orphans, [{ sandbox: '/w/runs/c0', pid: 7 }, { sandbox: '/w/runs/c1' }]);
});

void test('a command executor is still known as one after a restart', () => {
  const c = checkpoint();
  const framework = c.frameworks[0] ?? assert.fail('no framework');
  framework.executors.set('exec-1', run(true));
  const back = parseCheckpoint(serializeCheckpoint(c));
  assert.equal(back.frameworks[0]?.executors.get('exec-1')?.commandExecutor, true);
  const plain = parseCheckpoint(serializeCheckpoint(checkpoint()));
  assert.equal(plain.frameworks[0]?.executors.get('exec-1')?.commandExecutor, false);
});

void test('a checkpoint of another version is refused, not misread', () => {
  assert.throws(() => parseCheckpoint('{"version":2}'), RangeError);
});
