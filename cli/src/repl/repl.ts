// The interactive shell: the same commands as the CLI, one per line, with Tab completion of
// command words and ids, and a history kept across runs. Ends on exit, quit or Ctrl-D.
import { createInterface, type Interface } from 'node:readline';
import type { Command } from '../commands/command.js';
import { complete, expectation } from './completion.js';
import { appendHistory, HISTORY_SIZE, isWorthKeeping, loadHistory } from './history.js';
import type { IdCache } from './ids.js';
import { splitWords } from './words.js';

export interface ReplOptions {
  readonly input: NodeJS.ReadableStream;
  readonly output: NodeJS.WritableStream;
  readonly commands: readonly Command[];
  readonly historyFile: string;
  readonly ids: IdCache;
  /** Runs one command line's words; its output is the caller's. */
  readonly execute: (words: readonly string[]) => Promise<unknown>;
  readonly err: (text: string) => void;
  readonly prompt: string;
}

export async function runRepl(options: ReplOptions): Promise<void> {
  const rl = createInterface({
    input: options.input,
    output: options.output,
    terminal: true,
    prompt: options.prompt,
    history: await loadHistory(options.historyFile),
    historySize: HISTORY_SIZE,
    removeHistoryDuplicates: true,
    completer: (line: string, done: (error: null, result: [string[], string]) => void) => {
      void completeLine(line, options).then((result) => {
        done(null, result);
      });
    },
  });
  clearLineOnInterrupt(rl, options.output);
  rl.prompt();
  for await (const line of rl) {
    if (/^\s*(exit|quit)\s*$/.test(line)) break;
    await handleLine(line, options);
    rl.prompt();
  }
  rl.close();
}

async function handleLine(line: string, options: ReplOptions): Promise<void> {
  const { words, closed } = splitWords(line);
  if (words.length === 0) return;
  if (isWorthKeeping(line)) {
    await appendHistory(options.historyFile, line).catch((error: unknown) => {
      options.err(`history not saved: ${error instanceof Error ? error.message : String(error)}`);
    });
  }
  if (!closed) {
    options.err('unclosed quote');
    return;
  }
  if (words[0] === 'repl') {
    options.err('already in the REPL');
    return;
  }
  await options.execute(words);
}

async function completeLine(line: string, options: ReplOptions): Promise<[string[], string]> {
  const { current, fits } = expectation(line, options.commands);
  if (fits === 'nothing') return [[], current];
  const candidates = typeof fits === 'string' ? await options.ids.get(fits) : fits;
  return complete(current, candidates);
}

/** Ctrl-C clears the line being typed; on an empty line it says how to leave. */
function clearLineOnInterrupt(rl: Interface, output: NodeJS.WritableStream): void {
  rl.on('SIGINT', () => {
    if (rl.line !== '') {
      rl.write(null, { ctrl: true, name: 'e' });
      rl.write(null, { ctrl: true, name: 'u' });
      return;
    }
    output.write('\n(exit, quit or Ctrl-D to leave)\n');
    rl.prompt();
  });
}
