// When a cron schedule fires, in its time zone, across daylight-saving changes. A local time the
// clock skips (spring forward) fires when the clock resumes, so a 02:30 repair still runs that
// night; a local time the clock repeats (fall back) fires once, unless the hour field is '*'.
import type { EpochMs } from '../time.js';
import type { CronSpec } from './cron.js';
import {
  dayResolver,
  daysInMonth,
  localTime,
  naiveMs,
  nextDay,
  weekday,
  type WallResolution,
  type WallTime,
} from './zone.js';

export interface CronSchedule {
  readonly cron: CronSpec;
  /** IANA zone name; "UTC" unless the operator chose one. */
  readonly zone: string;
}

// The rarest date a valid expression can want is 29 February, at most 8 years apart (2096, 2104).
const SEARCH_DAYS = 366 * 9;
// A wall time more than this before now's local time cannot name an instant after now.
const MAX_SHIFT_MS = 3 * 3_600_000;

/** The first instant strictly after `now` at which the schedule fires; null if it never does. */
export function nextFireAfter(schedule: CronSchedule, now: EpochMs): EpochMs | null {
  let date = localTime(schedule.zone, now);
  const earliest = naiveMs(date) - MAX_SHIFT_MS;
  for (let i = 0; i < SEARCH_DAYS; i++, date = nextDay(date)) {
    if (!firesOnDay(schedule.cron, date)) continue;
    const found = firstOnDay(schedule, date, now, earliest);
    if (found !== null) return found;
  }
  return null;
}

/**
 * The fire time the loop owes, if one fell in (lastCheckedMs, now]: a trigger missed while no
 * scheduler was leader fires once on the next check, never once per missed time.
 */
export function dueFire(
  schedule: CronSchedule,
  lastCheckedMs: EpochMs,
  now: EpochMs,
): EpochMs | null {
  const next = nextFireAfter(schedule, lastCheckedMs);
  return next !== null && next <= now ? next : null;
}

export function firesOnDay(
  cron: CronSpec,
  date: Pick<WallTime, 'year' | 'month' | 'day'>,
): boolean {
  if (!cron.months.includes(date.month)) return false;
  if (date.day > daysInMonth(date.year, date.month)) return false;
  const byMonthDay = cron.daysOfMonth.includes(date.day);
  const byWeekday = cron.daysOfWeek.includes(weekday(date));
  if (cron.dayOfMonthRestricted && cron.dayOfWeekRestricted) return byMonthDay || byWeekday;
  return byMonthDay && byWeekday;
}

/**
 * Walks the day's fire times in local order and keeps the earliest instant after now. Local order
 * is instant order except inside a repeated hour, so the walk stops at the first unambiguous hit.
 */
function firstOnDay(
  schedule: CronSchedule,
  date: WallTime,
  now: EpochMs,
  earliest: number,
): EpochMs | null {
  const resolve = dayResolver(schedule.zone, date);
  let best: EpochMs | null = null;
  for (const hour of schedule.cron.hours) {
    for (const minute of schedule.cron.minutes) {
      const wall = { ...date, hour, minute };
      if (naiveMs(wall) < earliest) continue;
      const resolution = resolve(wall);
      for (const at of fireInstants(resolution, schedule.cron.hourRestricted)) {
        if (at > now && (best === null || at < best)) best = at;
      }
      if (best !== null && resolution.kind !== 'repeated') return best;
    }
  }
  return best;
}

function fireInstants(resolution: WallResolution, hourRestricted: boolean): EpochMs[] {
  switch (resolution.kind) {
    case 'unique':
      return [resolution.at];
    case 'skipped':
      return [resolution.resumesAt];
    case 'repeated':
      return hourRestricted ? [resolution.first] : [resolution.first, resolution.second];
  }
}
