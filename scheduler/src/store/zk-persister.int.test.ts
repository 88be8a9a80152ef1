// The persister contract against a real ZooKeeper 3.9 server (from `make deps`), plus what only
// ZooKeeper has: digest ACLs on the ring's znodes.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { startZooKeeper, type RunningZooKeeper } from '@cmf/e2e';
import { persisterContract } from '../testing/persister-contract.js';
import { ZkPersister } from './zk-persister.js';
import { ZkSession } from './zk-session.js';
import { isStoreError } from './errors.js';
import { PersistedState } from './state-store.js';
import { stateStoreContract } from '../testing/state-store-contract.js';

let zk: RunningZooKeeper;
const sessions: ZkSession[] = [];
let counter = 0;

const depsDir = process.env['DEPS_DIR'] ?? new URL('../../../.deps', import.meta.url).pathname;

before(async () => {
  zk = await startZooKeeper({ depsDir });
});
after(async () => {
  for (const s of sessions) s.close();
  await zk.stop();
});

async function open(digest: string | null = null): Promise<ZkSession> {
  const session = await ZkSession.open({
    connect: zk.connectString,
    sessionTimeoutMs: 6000,
    digest,
  });
  sessions.push(session);
  return session;
}

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
