// The local Mesos agent, for the local cluster and for tests that drive the executor API directly.
export { Agent } from './agent.js';
export type { AgentConfig } from './core.js';
export { EXECUTOR_API_PATHS } from './executor-api.js';
