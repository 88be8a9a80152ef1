// Public API of @cmf/e2e.
export * from './runtime/cassandra-node.js';
export * from './runtime/deps.js';
export * from './runtime/reaper.js';
export * from './runtime/sockets.js';
export * from './runtime/wait-for.js';
export * from './runtime/zookeeper.js';
export { Agent, type AgentConfig } from './cluster/agent/index.js';
export { TEST_EXECUTOR, taskData, type TestTaskMode } from './testing/test-executor-plan.js';
