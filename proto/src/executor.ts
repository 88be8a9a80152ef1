// '@cmf/proto/executor': the messages an executor speaks (the v1 executor API, the Mesos types it
// carries, and cmf.v1 NodeConfig, NodeHealth and the admin messages), encode/decode/create only.
// One executor runs beside every Cassandra node; this module costs it ~1.8 MB less resident
// memory (idle, after GC) than '@cmf/proto', which also holds the scheduler API, offers and the
// scheduler's records.
// Its classes are not the full module's: pass bytes or plain objects between the two.
import './int64.js';
export { mesos, cmf } from '#gen/executor.js';
export * from './shared.js';
