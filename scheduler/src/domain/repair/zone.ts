// Wall-clock time in an IANA time zone, from the runtime's own tz database (Intl): which local
// time an instant shows, and which instants a local time names. A local time can name one
// instant, none (skipped by a spring-forward change) or two (repeated by a fall-back change).
import { epochMs, type EpochMs } from '../time.js';

/** A local calendar date and time of day; month 1-12. */
export interface WallTime {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
}

export type WallResolution =
  | { readonly kind: 'unique'; readonly at: EpochMs }
  /** Fall-back: the local time happens twice, `first` with the summer offset. */
  | { readonly kind: 'repeated'; readonly first: EpochMs; readonly second: EpochMs }
  /** Spring-forward: the local time never happens; the clock jumps past it at `resumesAt`. */
  | { readonly kind: 'skipped'; readonly resumesAt: EpochMs };

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;

// Formatters are costly to build and stateless once built; caching them keeps results identical.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(zone: string): Intl.DateTimeFormat {
  let found = formatters.get(zone);
  if (found === undefined) {
    found = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(zone, found);
  }
  return found;
}

/** The canonical spelling of an IANA zone ("utc" -> "UTC"), or null when the runtime knows none. */
export function canonicalZone(zone: string): string | null {
  if (zone.trim() === '') return null;
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone: zone }).resolvedOptions().timeZone;
  } catch {
    return null;
  }
}

/** The local date and time `at` shows in `zone`, and the second within that minute. */
function localParts(zone: string, at: number): WallTime & { readonly second: number } {
  const fields: Record<string, number> = {};
  for (const part of formatter(zone).formatToParts(new Date(at))) {
    if (part.type !== 'literal') fields[part.type] = Number(part.value);
  }
  return {
    year: fields['year'] ?? 0,
    month: fields['month'] ?? 0,
    day: fields['day'] ?? 0,
    hour: (fields['hour'] ?? 0) % 24,
    minute: fields['minute'] ?? 0,
    second: fields['second'] ?? 0,
  };
}

export function localTime(zone: string, at: EpochMs): WallTime {
  const { year, month, day, hour, minute } = localParts(zone, at);
  return { year, month, day, hour, minute };
}

/** A wall time read as if it were UTC: the arithmetic scale for comparing local times. */
export function naiveMs(wall: WallTime): number {
  return Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute);
}

/** 0 = Sunday, as cron counts. */
export function weekday(wall: Pick<WallTime, 'year' | 'month' | 'day'>): number {
  return new Date(Date.UTC(wall.year, wall.month - 1, wall.day)).getUTCDay();
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The calendar day after `wall`'s (time of day kept). */
export function nextDay(wall: WallTime): WallTime {
  const d = new Date(naiveMs(wall) + DAY_MS);
  return { ...wall, year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** Local minus UTC at `at`, in ms (Berlin in winter: +3 600 000). */
function offsetMs(zone: string, at: number): number {
  const p = localParts(zone, at);
  const seconds = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return seconds - Math.floor(at / 1000) * 1000;
}

/**
 * The instants `wall` names in `zone`. Assumes at most one offset change within a day of it,
 * which holds for every zone in the tz database since 1970.
 */
export function resolveWall(zone: string, wall: WallTime): WallResolution {
  const naive = naiveMs(wall);
  const before = offsetMs(zone, naive - DAY_MS);
  const after = offsetMs(zone, naive + DAY_MS);
  const candidates = [...new Set([naive - before, naive - after])]
    .filter((at) => offsetMs(zone, at) === naive - at)
    .sort((a, b) => a - b);
  const [first, second] = candidates;
  if (first === undefined) {
    return { kind: 'skipped', resumesAt: transitionAt(zone, naive - after, naive - before, after) };
  }
  if (second === undefined) return { kind: 'unique', at: epochMs(first) };
  return { kind: 'repeated', first: epochMs(first), second: epochMs(second) };
}

/**
 * resolveWall for many times of one local day: on the ~363 days a year without an offset change
 * nearby, every wall time names exactly one instant, found by arithmetic alone.
 */
export function dayResolver(
  zone: string,
  date: Pick<WallTime, 'year' | 'month' | 'day'>,
): (wall: WallTime) => WallResolution {
  const midnight = naiveMs({ ...date, hour: 0, minute: 0 });
  const before = offsetMs(zone, midnight - DAY_MS);
  const after = offsetMs(zone, midnight + 2 * DAY_MS);
  if (before !== after) return (wall) => resolveWall(zone, wall);
  return (wall) => ({ kind: 'unique', at: epochMs(naiveMs(wall) - before) });
}

/** The first minute in (fromMs, toMs] at which `zone` uses offset `to`: bisect on minutes. */
function transitionAt(zone: string, fromMs: number, toMs: number, to: number): EpochMs {
  let lo = Math.floor(fromMs / MINUTE_MS);
  let hi = Math.ceil(toMs / MINUTE_MS);
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (offsetMs(zone, mid * MINUTE_MS) === to) hi = mid;
    else lo = mid;
  }
  return epochMs(hi * MINUTE_MS);
}

/** The earliest instant a wall time names: a skipped time counts from the moment the clock resumes. */
export function earliestInstant(resolution: WallResolution): EpochMs {
  switch (resolution.kind) {
    case 'unique':
      return resolution.at;
    case 'repeated':
      return resolution.first;
    case 'skipped':
      return resolution.resumesAt;
  }
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** "2024-03-31 03:00 Europe/Berlin": how operators read times in messages. */
export function formatLocal(zone: string, at: EpochMs): string {
  const w = localTime(zone, at);
  return `${w.year}-${pad(w.month)}-${pad(w.day)} ${pad(w.hour)}:${pad(w.minute)} ${zone}`;
}

export function formatClock(minuteOfDay: number): string {
  return `${pad(Math.floor(minuteOfDay / 60))}:${pad(minuteOfDay % 60)}`;
}

export function minuteOfDay(wall: Pick<WallTime, 'hour' | 'minute'>): number {
  return wall.hour * 60 + wall.minute;
}
