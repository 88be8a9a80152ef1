// What a command is (its words, arguments, options and handler), what it may use (the context),
// and the exit codes scripts can rely on.
import type { Answer, ApiClient } from '../api.js';

/**
 * 0 ok; 1 the scheduler answered no (4xx), or the answer says something failed (an invalid
 * config, a plan in ERROR); 2 usage error; 3 scheduler unreachable; 4 the scheduler failed (5xx
 * or an unreadable answer).
 */
export const EXIT = { ok: 0, refused: 1, usage: 2, unreachable: 3, serverError: 4 } as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

export class UsageError extends Error {
  override readonly name = 'UsageError';
  readonly code = 'USAGE';
}

export interface Context {
  readonly api: ApiClient;
  /** Print the API's JSON instead of tables. */
  readonly json: boolean;
  readonly nowMs: () => number;
  readonly readText: (path: string) => Promise<string>;
}

/** What completes an argument in the REPL: node ids from the API, or a fixed list. */
export type ArgKind = 'node' | 'repair' | 'file' | readonly string[];

export interface ArgSpec {
  readonly name: string;
  readonly kind: ArgKind;
  readonly optional?: boolean;
}

export type CommandOption = 'keyspace' | 'running';

export interface Input {
  readonly args: readonly string[];
  readonly keyspaces: readonly string[];
  readonly running: boolean;
}

export interface Output {
  readonly text: string;
  readonly exit: ExitCode;
}

export interface Command {
  readonly words: readonly string[];
  readonly args: readonly ArgSpec[];
  readonly options: readonly CommandOption[];
  readonly summary: string;
  readonly run: (ctx: Context, input: Input) => Promise<Output>;
}

/** The answer as pretty JSON (--json) or rendered for people. */
export function shown<T>(
  ctx: Context,
  answer: Answer<T>,
  render: (body: T) => string,
  exit: ExitCode = EXIT.ok,
): Output {
  return { text: ctx.json ? JSON.stringify(answer.body, null, 2) : render(answer.body), exit };
}

/** The sentence a mutation answered with, or a plain acknowledgement. */
export function acknowledged(body: unknown, fallback: string): string {
  if (typeof body === 'object' && body !== null) {
    const message = (body as Record<string, unknown>)['message'];
    if (typeof message === 'string' && message !== '') return message;
  }
  return fallback;
}

export function usageOf(command: Command): string {
  const args = command.args.map((a) => (a.optional === true ? `[${a.name}]` : `<${a.name}>`));
  const options = command.options.map((o) =>
    o === 'keyspace' ? '[--keyspace <ks>]...' : '[--running]',
  );
  return [...command.words, ...args, ...options].join(' ');
}
