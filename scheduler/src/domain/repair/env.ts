// The repair settings as environment variables (how Marathon configures the scheduler), mapped
// onto the settings-file fields, with every problem named by its variable. An empty variable is
// unset (as for every other variable), except REPAIR_SCHEDULE: empty means "no scheduled runs".
import { parseRepairConfig, type RawRepairConfig, type RepairConfigParse } from './config.js';

export const REPAIR_ENV: Readonly<Record<keyof RawRepairConfig, string>> = {
  schedule: 'REPAIR_SCHEDULE',
  timezone: 'REPAIR_TIMEZONE',
  keyspaces: 'REPAIR_KEYSPACES',
  excludeKeyspaces: 'REPAIR_EXCLUDE_KEYSPACES',
  type: 'REPAIR_TYPE',
  primaryRange: 'REPAIR_PRIMARY_RANGE',
  nodeTimeoutMinutes: 'REPAIR_NODE_TIMEOUT_MINUTES',
  window: 'REPAIR_WINDOW',
  maxAttempts: 'REPAIR_MAX_ATTEMPTS',
  retryBackoffMinutes: 'REPAIR_RETRY_BACKOFF_MINUTES',
  gcGraceSeconds: 'REPAIR_GC_GRACE_SECONDS',
};

/**
 * The file's `repair` section with the environment applied over it (file < env). A problem names
 * the variable when the value came from one, else the file key.
 */
export function parseRepairEnv(
  fileSection: RawRepairConfig,
  env: Readonly<Record<string, string | undefined>>,
): RepairConfigParse {
  const merged: Record<string, unknown> = { ...fileSection };
  const fromEnv = new Set<keyof RawRepairConfig>();
  for (const [field, variable] of Object.entries(REPAIR_ENV) as [keyof RawRepairConfig, string][]) {
    const value = env[variable];
    if (value === undefined || (value === '' && field !== 'schedule')) continue;
    merged[field] = value;
    fromEnv.add(field);
  }
  return parseRepairConfig(merged, (field) =>
    fromEnv.has(field) ? REPAIR_ENV[field] : `repair.${field}`,
  );
}
