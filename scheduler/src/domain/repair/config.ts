// The repair settings an operator gives (file or environment), checked into a frozen RepairConfig
// or a list of problems that each name the key and the reason. A schedule that never fires or a
// window that never opens is a problem here, not a silent no-op later.
import { parseCron } from './cron.js';
import {
  fieldProblem,
  readBoolean,
  readChoice,
  readInteger,
  readList,
  readText,
  type ConfigProblem,
  type FieldRead,
} from './config-fields.js';
import { keyspaceNameProblem, type KeyspaceScope } from './keyspaces.js';
import type { CronSchedule } from './next-fire.js';
import { parseWindow, type RepairWindow } from './window.js';
import { canonicalZone } from './zone.js';

export type RepairType = 'full' | 'incremental';

export interface RetryPolicy {
  /** Tries per node, the first included, before the node is marked failed. */
  readonly maxAttempts: number;
  /** Wait after the first failure; doubles after each further one, up to maxBackoffMs. */
  readonly backoffMs: number;
  readonly maxBackoffMs: number;
}

export interface RepairConfig {
  /** null: no scheduled runs; runs start only when asked for. */
  readonly schedule: CronSchedule | null;
  /** The zone of the schedule and of the window. */
  readonly zone: string;
  readonly scope: KeyspaceScope;
  readonly type: RepairType;
  /** Each node repairs only the ranges it owns first (nodetool repair -pr). */
  readonly primaryRange: boolean;
  readonly nodeTimeoutMs: number;
  readonly window: RepairWindow | null;
  readonly retry: RetryPolicy;
  /** For keyspaces whose tables' gc_grace_seconds the scheduler has not read. */
  readonly gcGraceSeconds: number;
}

/** Field names as a settings file spells them; the environment maps onto these. */
export interface RawRepairConfig {
  readonly schedule?: unknown;
  readonly timezone?: unknown;
  readonly keyspaces?: unknown;
  readonly excludeKeyspaces?: unknown;
  readonly type?: unknown;
  readonly primaryRange?: unknown;
  readonly nodeTimeoutMinutes?: unknown;
  readonly window?: unknown;
  readonly maxAttempts?: unknown;
  readonly retryBackoffMinutes?: unknown;
  readonly gcGraceSeconds?: unknown;
}

export type RepairConfigParse =
  | { readonly ok: true; readonly config: RepairConfig }
  | { readonly ok: false; readonly problems: readonly ConfigProblem[] };

export const REPAIR_DEFAULTS = {
  schedule: '0 2 * * 0',
  timezone: 'UTC',
  type: 'full',
  primaryRange: true,
  nodeTimeoutMinutes: 240,
  maxAttempts: 3,
  retryBackoffMinutes: 5,
  gcGraceSeconds: 864_000,
} as const;

const MINUTE_MS = 60_000;
const MAX_BACKOFF_MS = 3_600_000;

/** `keyName` spells a field the way the operator wrote it (e.g. REPAIR_SCHEDULE for the env). */
export function parseRepairConfig(
  raw: RawRepairConfig,
  keyName: (field: keyof RawRepairConfig) => string = (field) => `repair.${field}`,
): RepairConfigParse {
  const problems: ConfigProblem[] = [];
  const take = <T>(read: FieldRead<T>, fallback: T): T => {
    if (read.ok) return read.value;
    problems.push(read.problem);
    return fallback;
  };
  const key = keyName;
  const d = REPAIR_DEFAULTS;
  const zone = take(readZone(key('timezone'), raw.timezone), d.timezone);
  const schedule = take(readSchedule(key('schedule'), raw.schedule, zone), null);
  const window = take(readWindow(key('window'), raw.window), null);
  const scope = take(readScope(key('keyspaces'), key('excludeKeyspaces'), raw), emptyScope);
  const type = take(
    readChoice<RepairType>(key('type'), raw.type, d.type, ['full', 'incremental']),
    d.type,
  );
  const primaryRange = take(readBoolean(key('primaryRange'), raw.primaryRange, true), true);
  const count = (name: keyof typeof LIMITS & keyof RawRepairConfig): number => {
    const { fallback, min, max } = LIMITS[name];
    return take(readInteger(key(name), raw[name], fallback, { min, max }), fallback);
  };
  const nodeTimeoutMs = count('nodeTimeoutMinutes') * MINUTE_MS;
  const backoffMs = count('retryBackoffMinutes') * MINUTE_MS;
  const maxBackoffMs = Math.max(MAX_BACKOFF_MS, backoffMs);
  const retry: RetryPolicy = { maxAttempts: count('maxAttempts'), backoffMs, maxBackoffMs };
  const gcGraceSeconds = count('gcGraceSeconds');
  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    config: Object.freeze({
      ...{ schedule, zone, scope, type, primaryRange, nodeTimeoutMs, window, retry },
      gcGraceSeconds,
    }),
  };
}

const LIMITS = {
  nodeTimeoutMinutes: { fallback: REPAIR_DEFAULTS.nodeTimeoutMinutes, min: 1, max: 10_080 },
  maxAttempts: { fallback: REPAIR_DEFAULTS.maxAttempts, min: 1, max: 10 },
  retryBackoffMinutes: { fallback: REPAIR_DEFAULTS.retryBackoffMinutes, min: 0, max: 1440 },
  gcGraceSeconds: { fallback: REPAIR_DEFAULTS.gcGraceSeconds, min: 1, max: 2 ** 31 - 1 },
} as const;

const emptyScope: KeyspaceScope = { include: [], exclude: [] };

function readZone(key: string, value: unknown): FieldRead<string> {
  const text = readText(key, value, REPAIR_DEFAULTS.timezone);
  if (!text.ok) return text;
  const zone = canonicalZone(text.value === '' ? REPAIR_DEFAULTS.timezone : text.value);
  if (zone !== null) return { ok: true, value: zone };
  return fieldProblem(key, `"${text.value}" is not an IANA time zone (e.g. UTC, Europe/Berlin)`);
}

function readSchedule(key: string, value: unknown, zone: string): FieldRead<CronSchedule | null> {
  const text = readText(key, value, REPAIR_DEFAULTS.schedule);
  if (!text.ok) return text;
  if (text.value === '') return { ok: true, value: null };
  const parsed = parseCron(text.value);
  if (!parsed.ok) return fieldProblem(key, `"${text.value}": ${parsed.reason}`);
  return { ok: true, value: { cron: parsed.spec, zone } };
}

function readWindow(key: string, value: unknown): FieldRead<RepairWindow | null> {
  const text = readText(key, value, '');
  if (!text.ok) return text;
  if (text.value === '') return { ok: true, value: null };
  const parsed = parseWindow(text.value);
  return parsed.ok ? { ok: true, value: parsed.window } : fieldProblem(key, parsed.reason);
}

function readScope(
  includeKey: string,
  excludeKey: string,
  raw: RawRepairConfig,
): FieldRead<KeyspaceScope> {
  const include = readList(includeKey, raw.keyspaces);
  if (!include.ok) return include;
  const exclude = readList(excludeKey, raw.excludeKeyspaces);
  if (!exclude.ok) return exclude;
  for (const name of include.value) {
    const why = keyspaceNameProblem(name);
    if (why !== null) return fieldProblem(includeKey, why);
    if (exclude.value.includes(name)) return fieldProblem(includeKey, `"${name}" is also excluded`);
  }
  return { ok: true, value: { include: include.value, exclude: exclude.value } };
}
