// Tab completion, pure: from the line typed so far, what the word under the cursor could be —
// command words, fixed choices, option names, or ids the caller fetched from the API.
import type { ArgKind, Command } from '../commands/command.js';

export const REPL_WORDS = ['help', 'exit', 'quit'] as const;
const OPTIONS = ['--json', '--url', '--token', '--timeout', '--keyspace', '--running', '--help'];
const TAKES_VALUE = new Set(['--url', '--token', '--timeout', '--keyspace', '-k']);

export interface Expectation {
  /** The word being typed (may be empty). */
  readonly current: string;
  /** What fits there: fixed words, or ids of a kind the caller must look up. */
  readonly fits: readonly string[] | 'node' | 'repair' | 'nothing';
}

export function expectation(line: string, commands: readonly Command[]): Expectation {
  const tokens = line.split(/\s+/);
  const current = tokens.pop() ?? '';
  if (current.startsWith('-')) return { current, fits: OPTIONS };
  const before = withoutOptions(tokens.filter((t) => t !== ''));
  const words = before[0] === 'help' ? before.slice(1) : before;
  const next = nextWords(words, commands);
  if (next.length > 0)
    return {
      current,
      fits: words.length === 0 && before.length === 0 ? [...next, ...REPL_WORDS] : next,
    };
  return { current, fits: argumentFits(words, commands) };
}

function withoutOptions(tokens: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] ?? '';
    if (TAKES_VALUE.has(token)) i++;
    else if (!token.startsWith('-')) out.push(token);
  }
  return out;
}

/** Command words that can follow `words`, in table order. */
function nextWords(words: readonly string[], commands: readonly Command[]): string[] {
  const next = commands
    .filter((c) => c.words.length > words.length && words.every((w, i) => c.words[i] === w))
    .map((c) => c.words[words.length] ?? '');
  return [...new Set(next)];
}

function argumentFits(words: readonly string[], commands: readonly Command[]): Expectation['fits'] {
  const command = commands.find(
    (c) => c.words.length <= words.length && c.words.every((w, i) => words[i] === w),
  );
  const spec = command?.args[words.length - command.words.length];
  if (spec === undefined) return 'nothing';
  return fitsOf(spec.kind);
}

function fitsOf(kind: ArgKind): Expectation['fits'] {
  if (typeof kind !== 'string') return kind;
  return kind === 'file' ? 'nothing' : kind;
}

/** readline's completer answer: the matching candidates and the word they complete. */
export function complete(current: string, candidates: readonly string[]): [string[], string] {
  const hits = [...new Set(candidates.filter((c) => c.startsWith(current)))].sort();
  // One hit: finish the word and move on, as a shell does.
  return [hits.length === 1 ? [`${hits[0] ?? ''} `] : hits, current];
}
