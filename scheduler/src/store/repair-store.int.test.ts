// The RepairStore contract against a real ZooKeeper 3.9 server (from `make deps`).
import { repairStoreContract } from './repair-store-contract.js';
import { PersistedRepairs } from './repair-store.js';
import { useZooKeeper } from './testing/zookeeper.js';
import { ZkPersister } from './zk-persister.js';

const zk = useZooKeeper({ sessionTimeoutMs: 6000 });
let counter = 0;

repairStoreContract(
  'zookeeper',
  async () =>
    new PersistedRepairs(new ZkPersister(await zk.open(), `/repair-contract/t${++counter}`)),
);
