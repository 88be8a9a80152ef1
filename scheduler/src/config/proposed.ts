// A proposed config as the dry run receives it (POST /v1/config/diff, the CLI's `config diff`):
// Marathon-style env variables, or the text of a settings YAML file. Parsed exactly as main.ts
// parses the config it starts with, so the diff shows what a restart with it would do.
import { parse as parseYaml } from 'yaml';
import { applyEnv } from './env.js';
import type { FieldError } from './fields.js';
import { parseSchedulerConfig, type ConfigResult } from './parse.js';

function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function fromYaml(text: string): ConfigResult {
  let raw: unknown;
  try {
    raw = parseYaml(text) as unknown;
  } catch (error) {
    return {
      ok: false,
      errors: [{ key: 'settingsYaml', reason: `does not parse: ${String(error)}` }],
    };
  }
  return parseSchedulerConfig(raw);
}

export function parseProposed(body: unknown): ConfigResult {
  if (isRecord(body) && typeof body['settingsYaml'] === 'string') {
    return fromYaml(body['settingsYaml']);
  }
  if (isRecord(body) && isRecord(body['env'])) return fromEnv(body['env']);
  return {
    ok: false,
    errors: [{ key: 'body', reason: 'expected {"env": {...}} or {"settingsYaml": "..."}' }],
  };
}

/**
 * Marathon env values are strings; any other value is refused by name rather than dropped, which
 * would show a diff without the change the operator asked about.
 */
function fromEnv(variables: Readonly<Record<string, unknown>>): ConfigResult {
  const env: Record<string, string> = {};
  const errors: FieldError[] = [];
  for (const [k, v] of Object.entries(variables)) {
    if (typeof v === 'string') env[k] = v;
    else errors.push({ key: `env.${k}`, reason: `must be a string, got ${JSON.stringify(v)}` });
  }
  if (errors.length > 0) return { ok: false, errors };
  const { raw, sources } = applyEnv({}, env);
  return parseSchedulerConfig(raw, sources, env);
}
