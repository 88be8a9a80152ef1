// The command line (and each REPL line) into words and settings: flags first from argv, then the
// environment, then defaults. Only main.ts hands in process.env.
import { parseArgs } from 'node:util';
import { UsageError, type CommandOption } from './commands/command.js';

export const DEFAULT_URL = 'http://127.0.0.1:8080';
const DEFAULT_TIMEOUT_S = 10;

export type Env = Readonly<Record<string, string | undefined>>;

export interface Settings {
  readonly url: string;
  readonly token: string | null;
  readonly timeoutMs: number;
  readonly json: boolean;
}

export interface CommandLine {
  readonly settings: Settings;
  readonly words: readonly string[];
  readonly keyspaces: readonly string[];
  /** Command options that were given, to refuse them on commands that take none. */
  readonly given: readonly CommandOption[];
  readonly help: boolean;
  readonly version: boolean;
}

const OPTIONS = {
  json: { type: 'boolean' },
  url: { type: 'string' },
  token: { type: 'string' },
  timeout: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean' },
  keyspace: { type: 'string', short: 'k', multiple: true },
  running: { type: 'boolean' },
} as const;

export function parseCommandLine(argv: readonly string[], env: Env): CommandLine {
  const { values, positionals } = parseStrict(argv);
  const keyspaces = (values.keyspace ?? []).flatMap((k) => k.split(',')).filter((k) => k !== '');
  const given: CommandOption[] = [];
  if (values.keyspace !== undefined) given.push('keyspace');
  if (values.running === true) given.push('running');
  return {
    settings: {
      url: apiUrl(values.url ?? nonEmpty(env['CMF_API_URL']) ?? DEFAULT_URL),
      token:
        nonEmpty(values.token) ??
        nonEmpty(env['CMF_API_TOKEN']) ??
        nonEmpty(env['API_TOKEN']) ??
        null,
      timeoutMs: timeoutMs(values.timeout),
      json: values.json === true,
    },
    words: positionals,
    keyspaces,
    given,
    help: values.help === true,
    version: values.version === true,
  };
}

function parseStrict(argv: readonly string[]) {
  try {
    return parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    // parseArgs says e.g. "Unknown option '--jsn'. To specify...": the first sentence is enough.
    const message = error instanceof Error ? error.message : String(error);
    throw new UsageError(message.split(/\.\s/)[0] ?? message);
  }
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === '' ? undefined : value.trim();
}

function apiUrl(text: string): string {
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `http://${text}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    throw new UsageError(`--url / CMF_API_URL: '${text}' is not a URL (e.g. http://10.0.0.5:8080)`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new UsageError(`--url / CMF_API_URL: '${text}' must be http:// or https://`);
  }
  return url.origin + url.pathname.replace(/\/+$/, '');
}

function timeoutMs(text: string | undefined): number {
  if (text === undefined) return DEFAULT_TIMEOUT_S * 1000;
  const seconds = Number(text);
  if (!Number.isFinite(seconds) || seconds <= 0) {
    throw new UsageError(`--timeout: '${text}' is not a positive number of seconds`);
  }
  return seconds * 1000;
}
