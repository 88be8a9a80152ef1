// Runs one parsed command line: finds the command, checks its arguments, calls the API, prints
// the answer, and turns every failure into its documented exit code.
import { ApiClient } from './api.js';
import { parseCommandLine, type CommandLine, type Env, type Settings } from './args.js';
import {
  EXIT,
  usageOf,
  UsageError,
  type Command,
  type ExitCode,
  type Input,
} from './commands/command.js';
import { COMMANDS, resolve, type Resolution } from './commands/index.js';
import { commandList, helpText, PROGRAM } from './help.js';
import { ApiError } from './http.js';

export interface Io {
  /** One block of output; a newline is added. */
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
}

export interface Deps {
  readonly nowMs: () => number;
  readonly readText: (path: string) => Promise<string>;
  readonly version: string;
}

/** Parses argv, then runs it; a bad flag is a usage error like any other. */
export async function runArgv(
  argv: readonly string[],
  env: Env,
  deps: Deps,
  io: Io,
): Promise<ExitCode> {
  const line = parseOrReport(argv, env, io);
  return line === null ? EXIT.usage : runCommandLine(line, deps, io);
}

/** The parsed command line, or null once the usage error has been printed. */
export function parseOrReport(argv: readonly string[], env: Env, io: Io): CommandLine | null {
  try {
    return parseCommandLine(argv, env);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    reportUsage(error, io);
    return null;
  }
}

function reportUsage(error: UsageError, io: Io): ExitCode {
  io.err(`${PROGRAM}: ${error.message}\n(try '${PROGRAM} --help')`);
  return EXIT.usage;
}

export async function runCommandLine(line: CommandLine, deps: Deps, io: Io): Promise<ExitCode> {
  try {
    return await dispatch(line, deps, io);
  } catch (error) {
    return report(error, line.settings, io);
  }
}

async function dispatch(line: CommandLine, deps: Deps, io: Io): Promise<ExitCode> {
  if (line.version) {
    io.out(deps.version);
    return EXIT.ok;
  }
  if (line.words.length === 0 || line.words[0] === 'help') return help(line.words.slice(1), io);
  const resolution = resolve(line.words);
  if (line.help) return help(line.words, io);
  if (resolution.kind !== 'command') throw new UsageError(notACommand(resolution));
  const input = checkInput(resolution.command, resolution.args, line);
  const api = new ApiClient({
    baseUrl: line.settings.url,
    token: line.settings.token,
    timeoutMs: line.settings.timeoutMs,
  });
  const ctx = { api, json: line.settings.json, nowMs: deps.nowMs, readText: deps.readText };
  const output = await resolution.command.run(ctx, input);
  io.out(output.text);
  return output.exit;
}

function help(words: readonly string[], io: Io): ExitCode {
  const resolution = resolve(words);
  if (words.length === 0 || resolution.kind === 'unknown') io.out(helpText(COMMANDS));
  else if (resolution.kind === 'group')
    io.out(`${resolution.group} commands:\n${commandList(resolution.commands)}`);
  else io.out(`usage: ${PROGRAM} ${usageOf(resolution.command)}\n\n${resolution.command.summary}`);
  return EXIT.ok;
}

function notACommand(resolution: Exclude<Resolution, { kind: 'command' }>): string {
  if (resolution.kind === 'unknown') return `unknown command '${resolution.word}'`;
  return `${resolution.group}: which one?\n${commandList(resolution.commands)}`;
}

function checkInput(command: Command, args: readonly string[], line: CommandLine): Input {
  const required = command.args.filter((a) => a.optional !== true).length;
  if (args.length < required || args.length > command.args.length) {
    throw new UsageError(`usage: ${PROGRAM} ${usageOf(command)}`);
  }
  const refused = line.given.find((option) => !command.options.includes(option));
  if (refused !== undefined) {
    throw new UsageError(`--${refused} does not apply to '${command.words.join(' ')}'`);
  }
  return { args, keyspaces: line.keyspaces, running: line.given.includes('running') };
}

function report(error: unknown, settings: Settings, io: Io): ExitCode {
  if (error instanceof UsageError) return reportUsage(error, io);
  if (!(error instanceof ApiError)) throw error;
  if (settings.json && error.body !== null) io.out(JSON.stringify(error.body, null, 2));
  const unauthorized = error.status === 401 || error.status === 403;
  const hint =
    unauthorized && settings.token === null
      ? '\n(no token sent: set CMF_API_TOKEN or pass --token)'
      : '';
  io.err(`${PROGRAM}: ${error.message}${hint}`);
  switch (error.code) {
    case 'UNREACHABLE':
      return EXIT.unreachable;
    case 'REJECTED':
      return EXIT.refused;
    case 'SERVER_ERROR':
    case 'BAD_RESPONSE':
      return EXIT.serverError;
  }
}
