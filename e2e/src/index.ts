// Public API of @cmf/e2e.
export * from './runtime/cassandra-node.js';
export * from './runtime/deps.js';
export * from './runtime/reaper.js';
export * from './runtime/sockets.js';
export * from './runtime/wait-for.js';
export * from './runtime/zookeeper.js';
export { Agent, type AgentConfig } from './cluster/agent/index.js';
export { TEST_EXECUTOR, taskData, type TestTaskMode } from './testing/test-executor-plan.js';
export {
  startCluster,
  ClusterError,
  type AgentRef,
  type Cluster,
  type ClusterAgent,
  type ClusterOptions,
  type Faults,
} from './cluster/cluster.js';
export { parseClusterConfig, type AgentSpec, type ClusterConfig } from './cluster/config.js';
export { MESOS_TIMINGS, makeTimings, type Timings } from './cluster/common/timings.js';
export { Master, type MasterOptions } from './cluster/master/master.js';
export { StandbyMaster, type StandbyOptions } from './cluster/master/standby.js';
export type {
  AgentLifecycle,
  AgentOptions,
  AgentPort,
  AgentRegistration,
  Logger,
  MasterPort,
} from './cluster/link.js';
// The real-ring harness, for end-to-end tests outside this package (the CLI's).
export { startRing, type Ring, type RingOptions } from './ring/ring.js';
export { figures, scenarioRingOptions, step } from './ring/scenario.js';
export { connectCql, createKeyspace, writeQuorum } from './ring/cql.js';
