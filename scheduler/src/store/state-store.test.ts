import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cmf } from '@cmf/proto';
import { MemoryPersister } from './memory-persister.js';
import { PersistedState } from './state-store.js';
import { stateStoreContract } from '../testing/state-store-contract.js';
import { encodeNodeRecord } from '../codec/node-record.js';
import { isStoreError } from './errors.js';
import { node, T0 } from '../testing/builders.js';
import { epochMs } from '../domain/time.js';

stateStoreContract('memory', () => Promise.resolve(new PersistedState(new MemoryPersister())));

void test('a record with a phase name this build does not know is CORRUPT, not a default', async () => {
  const persister = new MemoryPersister();
  const bytes = cmf.v1.NodeRecord.encode({
    ...cmf.v1.NodeRecord.toObject(cmf.v1.NodeRecord.decode(encodeNodeRecord(node(0)))),
    phase: 'Hibernating',
  }).finish();
  await persister.commit([{ op: 'create', path: '/nodes/node-0', data: bytes }]);
  await assert.rejects(new PersistedState(persister).nodes(), (e: unknown) =>
    isStoreError(e, 'CORRUPT'),
  );
});

void test('the operation log keeps only the newest entries', async () => {
  const store = new PersistedState(new MemoryPersister(), 20);
  await store.createNodes([node(0)]);
  let version = 0;
  for (let i = 0; i < 100; i++) {
    version = await store.updateNode(node(0), version, {
      id: `e${i}`,
      kind: 'taskStatus',
      nodeId: 'node-0',
      state: 'Up',
      reason: `entry ${i}`,
      atMs: epochMs(T0 + i),
    });
  }
  const kept = await store.log(1000);
  assert.equal(kept.length, 20);
  assert.equal(kept.at(-1)?.id, 'e99');
  assert.equal(kept[0]?.id, 'e80');
});
