import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MemoryPersister } from './memory-persister.js';
import { persisterContract } from '../testing/persister-contract.js';
import { isStoreError } from './errors.js';

persisterContract('memory', () => Promise.resolve(new MemoryPersister()));

void test('memory: an injected failure is UNAVAILABLE (retryable) and writes nothing', async () => {
  const p = new MemoryPersister();
  p.failNextCommits = 1;
  await assert.rejects(
    p.commit([{ op: 'create', path: '/x', data: new Uint8Array() }]),
    (e: unknown) => isStoreError(e, 'UNAVAILABLE') && e.retryable,
  );
  assert.equal(await p.get('/x'), null);
});
