// Public API of @cmf/scheduler: the config schema (for tools that write or check a scheduler's
// config), the node state machine (for the README diagram check), and the API description. The
// scheduler itself runs as a process: node scheduler/dist/main.js.
export { applyEnv, ENV_KEYS } from './config/env.js';
export { parseSchedulerConfig, type ConfigResult } from './config/parse.js';
export type { SchedulerConfig } from './config/schema.js';
export { ALLOWED, NODE_PHASES, renderMermaid, type NodePhase } from './domain/node.js';
export { OPENAPI } from './api/openapi.js';
