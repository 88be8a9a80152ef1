// The persister contract against a real ZooKeeper 3.9 server (from `make deps`), plus what only
// ZooKeeper has: digest ACLs on the ring's znodes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { persisterContract } from '../testing/persister-contract.js';
import { ZkPersister } from './zk-persister.js';
import { isStoreError } from './errors.js';
import { PersistedState } from './state-store.js';
import { stateStoreContract } from '../testing/state-store-contract.js';
import { useZooKeeper } from './testing/zookeeper.js';

const zk = useZooKeeper({ sessionTimeoutMs: 6000 });
let counter = 0;
const open = (digest: string | null = null) => zk.open({ digest });

persisterContract(
  'zookeeper',
  async () => new ZkPersister(await open(), `/contract/t${++counter}`),
);

void test('zookeeper: with a digest, other sessions can neither read nor write the ring', async () => {
  const owner = new ZkPersister(await open('sched:s3cret'), '/acl-ring');
  await owner.commit([
    { op: 'create', path: '/framework-id', data: new TextEncoder().encode('F') },
  ]);
  assert.equal(new TextDecoder().decode((await owner.get('/framework-id'))?.data), 'F');
  const stranger = new ZkPersister(await open(), '/acl-ring');
  await assert.rejects(stranger.get('/framework-id'), (e: unknown) => isStoreError(e));
  const wrong = new ZkPersister(await open('sched:wrong'), '/acl-ring');
  await assert.rejects(
    wrong.commit([{ op: 'set', path: '/framework-id', data: new Uint8Array(), version: 0 }]),
    (e: unknown) => isStoreError(e),
  );
});

stateStoreContract(
  'zookeeper',
  async () => new PersistedState(new ZkPersister(await open(), `/state/t${++counter}`)),
);
