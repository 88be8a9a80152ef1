// The RepairStore contract against a real ZooKeeper 3.9 server (from `make deps`).
import { after, before } from 'node:test';
import { startZooKeeper, type RunningZooKeeper } from '@cmf/e2e';
import { repairStoreContract } from './repair-store-contract.js';
import { PersistedRepairs } from './repair-store.js';
import { ZkPersister } from './zk-persister.js';
import { ZkSession } from './zk-session.js';

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

repairStoreContract('zookeeper', async () => {
  const session = await ZkSession.open({
    connect: zk.connectString,
    sessionTimeoutMs: 6000,
    digest: null,
  });
  sessions.push(session);
  return new PersistedRepairs(new ZkPersister(session, `/repair-contract/t${++counter}`));
});
