import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cmf } from '@cmf/proto';
import { MemoryPersister } from './memory-persister.js';
import { PersistedState } from './state-store.js';
import { stateStoreContract } from '../testing/state-store-contract.js';
import { encodeNodeRecord } from '../codec/node-record.js';
import { isStoreError } from './errors.js';
import { node } from '../testing/builders.js';

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
