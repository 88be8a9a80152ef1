// Splits a REPL line into words the way a shell would for simple cases: whitespace separates,
// single or double quotes group, a backslash escapes the next character.

export interface SplitLine {
  readonly words: string[];
  /** False when a quote was left open. */
  readonly closed: boolean;
}

interface Splitting {
  readonly words: string[];
  current: string | null;
  quote: '"' | "'" | null;
}

export function splitWords(line: string): SplitLine {
  const state: Splitting = { words: [], current: null, quote: null };
  for (let i = 0; i < line.length; i++) i = step(state, line, i);
  if (state.current !== null) state.words.push(state.current);
  return { words: state.words, closed: state.quote === null };
}

/** Consumes the character at i (and the one after a backslash); returns the last index used. */
function step(state: Splitting, line: string, i: number): number {
  const ch = line[i] ?? '';
  if (ch === '\\' && state.quote !== "'" && i + 1 < line.length) {
    state.current = join(state.current, line[i + 1]);
    return i + 1;
  }
  if (state.quote !== null) {
    if (ch === state.quote) state.quote = null;
    else state.current = join(state.current, ch);
  } else if (ch === '"' || ch === "'") {
    state.quote = ch;
    state.current ??= '';
  } else if (/\s/.test(ch)) {
    if (state.current !== null) state.words.push(state.current);
    state.current = null;
  } else {
    state.current = join(state.current, ch);
  }
  return i;
}

function join(current: string | null, ch: string | undefined): string {
  return (current ?? '') + (ch ?? '');
}
