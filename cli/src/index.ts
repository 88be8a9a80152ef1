// Public API of @cmf/cli: the typed API client and response types (the e2e suite drives the
// scheduler through them), and the command runner for embedding.
export * from './api.js';
export { ApiError, type ApiErrorCode, type Transport } from './http.js';
export {
  parseCommandLine,
  DEFAULT_URL,
  type CommandLine,
  type Env,
  type Settings,
} from './args.js';
export { EXIT, type ExitCode } from './commands/command.js';
export { runArgv, runCommandLine, type Deps, type Io } from './run.js';
