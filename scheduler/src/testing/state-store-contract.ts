// The StateStore contract: what the runtime relies on, run against the store on memory and on a
// real ZooKeeper.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isStoreError } from '../store/errors.js';
import type { LogEntry, StateStore } from '../ports.js';
import { epochMs } from '../domain/time.js';
import { health, node, spec, T0 } from './builders.js';
import { scalarResource } from '../domain/resources.js';
import { EMPTY_OPS_STATE, type OpsState } from '../domain/ops/index.js';

const entry = (id: string, at: number, reason = 'test'): LogEntry => ({
  id,
  kind: 'launch',
  nodeId: 'node-0',
  state: 'SENT',
  reason,
  atMs: epochMs(at),
});

export function stateStoreContract(name: string, fresh: () => Promise<StateStore>): void {
  void test(`${name}: the framework id is kept and can be replaced`, async () => {
    const store = await fresh();
    assert.equal(await store.frameworkId(), null);
    await store.saveFrameworkId('F-0001');
    assert.equal(await store.frameworkId(), 'F-0001');
    await store.saveFrameworkId('F-0002');
    assert.equal(await store.frameworkId(), 'F-0002');
  });

  void test(`${name}: the target spec round-trips, and only the holder of its version replaces it`, async () => {
    const store = await fresh();
    assert.equal(await store.target(), null);
    const v0 = await store.saveTarget(spec(), null);
    assert.deepEqual((await store.target())?.spec, spec());
    const v1 = await store.saveTarget(spec({ nodeCount: 4 }), v0);
    await assert.rejects(store.saveTarget(spec({ nodeCount: 5 }), v0), (e: unknown) =>
      isStoreError(e, 'CONFLICT'),
    );
    assert.equal((await store.target())?.version, v1);
    assert.equal((await store.target())?.spec.nodeCount, 4);
  });

  void test(`${name}: node records come back whole, in index order`, async () => {
    const store = await fresh();
    const full = node(1, {
      phase: 'Up',
      taskId: 'node-1.task.l1',
      executorId: 'node-1.executor.l1',
      lastTaskState: 'TASK_RUNNING',
      health: health({ liveNodes: ['10.0.0.1:7000'] }),
      taskInfo: {
        name: 'cassandra node-1',
        task_id: { value: 'node-1.task.l1' },
        agent_id: { value: 'a1' },
      },
      placement: {
        agentId: 'a1',
        hostname: 'h1',
        address: '10.0.0.1',
        rack: 'r1',
        persistenceId: 'ring1.node-1.volume.l1',
        volumePath: 'data',
        reservedResources: [scalarResource('cpus', 1)],
      },
    });
    await store.createNodes([full, node(0)], entry('e1', T0));
    const read = await store.nodes();
    assert.deepEqual(
      read.map((v) => v.node.nodeId),
      ['node-0', 'node-1'],
    );
    const back = read[1]?.node;
    assert.ok(back);
    assert.equal(back.taskInfo?.task_id.value, 'node-1.task.l1');
    assert.deepEqual(
      { ...back, taskInfo: null, placement: { ...back.placement, reservedResources: [] } },
      {
        ...full,
        taskInfo: null,
        placement: { ...full.placement, reservedResources: [] },
      },
    );
    assert.equal(back.placement?.reservedResources[0]?.scalar?.value, 1);
  });

  void test(`${name}: an update on a stale version fails with CONFLICT and writes no log entry`, async () => {
    const store = await fresh();
    await store.createNodes([node(0)]);
    const [first] = await store.nodes();
    assert.ok(first);
    const v = await store.updateNode(
      { ...first.node, phase: 'Launching' },
      first.version,
      entry('a', T0 + 1),
    );
    await assert.rejects(
      store.updateNode({ ...first.node, phase: 'Failed' }, first.version, entry('b', T0 + 2)),
      (e: unknown) => isStoreError(e, 'CONFLICT'),
    );
    const [now] = await store.nodes();
    assert.ok(now);
    assert.equal(now.node.phase, 'Launching');
    assert.equal(now.version, v);
    assert.deepEqual(
      (await store.log(10)).map((e) => e.id),
      ['a'],
    );
  });

  void test(`${name}: creating a node twice fails with EXISTS`, async () => {
    const store = await fresh();
    await store.createNodes([node(0)]);
    await assert.rejects(store.createNodes([node(0), node(1)]), (e: unknown) =>
      isStoreError(e, 'EXISTS'),
    );
    assert.equal((await store.nodes()).length, 1);
  });

  void test(`${name}: the log keeps entries in time order and returns the newest`, async () => {
    const store = await fresh();
    await store.createNodes([node(0)]);
    let version = (await store.nodes())[0]?.version ?? 0;
    for (const [id, at] of [
      ['x', T0 + 30],
      ['y', T0 + 10],
      ['z', T0 + 20],
    ] as const) {
      version = await store.updateNode(node(0), version, entry(id, at, `why ${id}`));
    }
    assert.deepEqual(
      (await store.log(2)).map((e) => `${e.id}:${e.reason}`),
      ['z:why z', 'x:why x'],
    );
  });

  void test(`${name}: a node that left is deleted by its holder of the version only`, async () => {
    const store = await fresh();
    await store.createNodes([node(0), node(1)]);
    const [, second] = await store.nodes();
    assert.ok(second);
    await assert.rejects(store.deleteNode('node-1', second.version + 1), (e: unknown) =>
      isStoreError(e, 'CONFLICT'),
    );
    await store.deleteNode('node-1', second.version, entry('gone', T0 + 5, 'left the ring'));
    assert.deepEqual(
      (await store.nodes()).map((v) => v.node.nodeId),
      ['node-0'],
    );
    assert.deepEqual(
      (await store.log(10)).map((e) => e.reason),
      ['left the ring'],
    );
  });

  void test(`${name}: the ops state round-trips with compare-and-set, and its transitions are logged with it`, async () => {
    const store = await fresh();
    assert.equal(await store.opsState(), null);
    const queued: OpsState = {
      ...EMPTY_OPS_STATE,
      nextSeq: 2,
      watches: { 'node-0': { downSinceMs: epochMs(T0), failuresMs: [epochMs(T0)] } },
      stale: [
        {
          nodeId: 'node-2',
          agentId: 'a2',
          persistenceId: 'p2',
          labels: { ring: 'ring1' },
          sinceMs: epochMs(T0),
          sentAtMs: null,
        },
      ],
    };
    const v0 = await store.saveOps(queued, null, [entry('op-1', T0 + 1, 'op-1 new -> queued')]);
    assert.deepEqual(await store.opsState(), { state: queued, version: v0 });
    await assert.rejects(store.saveOps(EMPTY_OPS_STATE, null), (e: unknown) =>
      isStoreError(e, 'EXISTS'),
    );
    const v1 = await store.saveOps({ ...queued, nextSeq: 3 }, v0);
    // A leader that read v0 must not overwrite the newer state, nor log what it believed.
    await assert.rejects(
      store.saveOps({ ...queued, nextSeq: 9 }, v0, [entry('late', T0 + 2)]),
      (e: unknown) => isStoreError(e, 'CONFLICT'),
    );
    assert.deepEqual(await store.opsState(), { state: { ...queued, nextSeq: 3 }, version: v1 });
    assert.deepEqual(
      (await store.log(10)).map((e) => e.id),
      ['op-1'],
    );
  });

  void test(`${name}: a config change writes the target and the queue together, or neither`, async () => {
    const store = await fresh();
    const v0 = await store.saveTarget(spec(), null);
    const queued: OpsState = { ...EMPTY_OPS_STATE, nextSeq: 4 };
    await store.saveChange(spec({ heapMb: 768 }), v0, queued, null);
    assert.equal((await store.target())?.spec.heapMb, 768);
    const ops = await store.opsState();
    assert.deepEqual(ops?.state, queued);
    const target = await store.target();
    assert.ok(target && ops);
    // A stale queue version: the target stays as it was too.
    await assert.rejects(
      store.saveChange(spec({ heapMb: 1024 }), target.version, queued, ops.version + 1),
      (e: unknown) => isStoreError(e, 'CONFLICT'),
    );
    assert.equal((await store.target())?.spec.heapMb, 768);
  });
}
