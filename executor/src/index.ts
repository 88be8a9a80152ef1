// Public API of @cmf/executor.
export {};
export * from './cassandra/index.js';
