// Public API of @cmf/executor.
export {};
export * from './cassandra/index.js';
export { EXECUTOR_MAIN, EXECUTOR_NODE_FLAGS } from './node-flags.js';
