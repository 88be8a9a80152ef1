// Reads a proposed configuration from a file an operator already has: a Marathon app definition
// (its env), a JSON object of variables, KEY=VALUE lines, or a settings file in YAML or JSON.
import type { ProposedConfig } from '../api.js';
import { UsageError } from './command.js';

const ENV_LINE = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/;

export function parseProposal(text: string, path: string): ProposedConfig {
  const json = tryJson(text, path);
  // A settings file written as JSON (JSON is YAML) goes to the scheduler's settings parser.
  if (isSettingsDocument(json)) return { settingsYaml: text };
  if (json !== undefined) return { env: envOf(json, path) };
  const envLines = tryEnvLines(text);
  if (envLines !== null) return { env: envLines };
  return { settingsYaml: text };
}

function tryJson(text: string, path: string): unknown {
  const trimmed = text.trim();
  if (!trimmed.startsWith('{')) return undefined;
  try {
    return JSON.parse(trimmed) as unknown;
  } catch (error) {
    throw new UsageError(`${path}: not valid JSON (${messageOf(error)})`, { cause: error });
  }
}

/**
 * Settings sections (ring, cassandra, node, ...) rather than variables (CASSANDRA_HEAP_MB): an
 * object without a Marathon `env` whose keys all start lower-case.
 */
function isSettingsDocument(json: unknown): boolean {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return false;
  const keys = Object.keys(json);
  return keys.length > 0 && !keys.includes('env') && keys.every((k) => /^[a-z]/.test(k));
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** A Marathon app's `env`, or the object itself when it is already a map of variables. */
function envOf(json: unknown, path: string): Record<string, string> {
  const root = json as Record<string, unknown>;
  const env = typeof root['env'] === 'object' && root['env'] !== null ? root['env'] : root;
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(env as Record<string, unknown>)) {
    if (typeof value !== 'string') {
      throw new UsageError(
        `${path}: env ${key} is ${JSON.stringify(value)}; Marathon takes strings only (write "${String(value)}")`,
      );
    }
    out[key] = value;
  }
  return out;
}

/** KEY=VALUE lines (blank lines and # comments allowed); null when any other line is present. */
function tryEnvLines(text: string): Record<string, string> | null {
  const out: Record<string, string> = {};
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const match = ENV_LINE.exec(line);
    if (!match) return null;
    out[match[1] ?? ''] = unquote(match[2] ?? '');
  }
  return Object.keys(out).length === 0 ? null : out;
}

function unquote(value: string): string {
  const quoted = /^(["'])(.*)\1$/.exec(value);
  return quoted ? (quoted[2] ?? '') : value;
}
