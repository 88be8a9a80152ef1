// REPL history kept across runs: one line per command in a file under $XDG_STATE_HOME (or
// ~/.local/state), newest last; CMF_HISTORY_FILE overrides the place (tests use it).
import { appendFile, mkdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Env } from '../args.js';

export const HISTORY_SIZE = 1000;

export function historyPath(env: Env, homeDir: string): string {
  const explicit = env['CMF_HISTORY_FILE'];
  if (explicit !== undefined && explicit !== '') return explicit;
  const state = env['XDG_STATE_HOME'];
  const base = state !== undefined && state !== '' ? state : join(homeDir, '.local', 'state');
  return join(base, 'cassandra-mesos', 'history');
}

/** Lines worth keeping: not blank, and never one that carries a token. */
export function isWorthKeeping(line: string): boolean {
  return line.trim() !== '' && !/(^|\s)--token(\s|=|$)/.test(line);
}

/** Newest first, as readline wants it; a missing file is an empty history. */
export async function loadHistory(path: string): Promise<string[]> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  return text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .slice(-HISTORY_SIZE)
    .reverse();
}

/** Written at once, so a REPL that is killed keeps what was typed before. */
export async function appendHistory(path: string, line: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await appendFile(path, `${line.trim()}\n`, { mode: 0o600 });
}
