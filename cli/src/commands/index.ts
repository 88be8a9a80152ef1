// Every command the CLI and the REPL know, and how a list of words finds one.
import type { Command } from './command.js';
import { CONFIG_COMMANDS } from './config.js';
import { REPAIR_COMMANDS } from './repair.js';
import { RING_COMMANDS } from './ring.js';

export const COMMANDS: readonly Command[] = [
  ...RING_COMMANDS,
  ...REPAIR_COMMANDS,
  ...CONFIG_COMMANDS,
];

export type Resolution =
  | { readonly kind: 'command'; readonly command: Command; readonly args: readonly string[] }
  /** The first word names a group (`nodes`) but no command of it followed. */
  | { readonly kind: 'group'; readonly group: string; readonly commands: readonly Command[] }
  | { readonly kind: 'unknown'; readonly word: string };

export function resolve(words: readonly string[], commands = COMMANDS): Resolution {
  let best: Command | undefined;
  for (const command of commands) {
    const matches = command.words.every((word, i) => words[i] === word);
    if (matches && command.words.length > (best?.words.length ?? 0)) best = command;
  }
  if (best) return { kind: 'command', command: best, args: words.slice(best.words.length) };
  const first = words[0] ?? '';
  const group = commands.filter((c) => c.words.length > 1 && c.words[0] === first);
  if (group.length > 0) return { kind: 'group', group: first, commands: group };
  return { kind: 'unknown', word: first };
}
