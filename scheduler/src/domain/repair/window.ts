// The allowed repair window, "HH:MM-HH:MM" in the schedule's zone, which may wrap past midnight
// ("22:00-06:00"). A run only starts a node inside it; a node already repairing finishes.
import type { EpochMs } from '../time.js';
import {
  dayResolver,
  earliestInstant,
  formatClock,
  localTime,
  minuteOfDay,
  nextDay,
  type WallTime,
} from './zone.js';

export interface RepairWindow {
  /** Minutes after local midnight; start inclusive, end exclusive; end 1440 = midnight. */
  readonly startMinute: number;
  readonly endMinute: number;
}

export type WindowParse =
  | { readonly ok: true; readonly window: RepairWindow }
  | { readonly ok: false; readonly reason: string };

const CLOCK = /^(\d{2}):(\d{2})$/;

export function parseWindow(text: string): WindowParse {
  const [startText = '', endText, extra] = text.trim().split('-');
  if (endText === undefined || extra !== undefined) {
    return { ok: false, reason: `expected "HH:MM-HH:MM" (e.g. "22:00-06:00"), got "${text}"` };
  }
  const startMinute = parseClock(startText.trim(), false);
  const endMinute = parseClock(endText.trim(), true);
  if (startMinute === null)
    return { ok: false, reason: `"${startText}" is not a time 00:00-23:59` };
  if (endMinute === null) return { ok: false, reason: `"${endText}" is not a time 00:00-24:00` };
  if (startMinute === endMinute) {
    return { ok: false, reason: `window ${text.trim()} is empty, so a repair could never start` };
  }
  return { ok: true, window: { startMinute, endMinute } };
}

function parseClock(text: string, mayBeMidnightEnd: boolean): number | null {
  const match = CLOCK.exec(text);
  if (match === null) return null;
  const hour = Number(match[1]);
  const minute = Number(match[2]);
  if (mayBeMidnightEnd && hour === 24 && minute === 0) return 1440;
  return hour < 24 && minute < 60 ? hour * 60 + minute : null;
}

export function formatWindow(window: RepairWindow): string {
  return `${formatClock(window.startMinute)}-${formatClock(window.endMinute)}`;
}

export function isInsideWindow(window: RepairWindow, zone: string, at: EpochMs): boolean {
  const minute = minuteOfDay(localTime(zone, at));
  const { startMinute: start, endMinute: end } = window;
  return start < end ? minute >= start && minute < end : minute >= start || minute < end;
}

/**
 * The first instant at or after `now` inside the window. On the night a window's opening time is
 * skipped by a daylight-saving change it opens when the clock resumes, if that is still inside.
 */
export function nextWindowOpen(window: RepairWindow, zone: string, now: EpochMs): EpochMs {
  if (isInsideWindow(window, zone, now)) return now;
  const hour = Math.floor(window.startMinute / 60);
  const minute = window.startMinute % 60;
  let date: WallTime = { ...localTime(zone, now), hour, minute };
  for (let i = 0; i < 3; i++, date = nextDay(date)) {
    const opens = earliestInstant(dayResolver(zone, date)(date));
    if (opens >= now && isInsideWindow(window, zone, opens)) return opens;
  }
  // A non-empty window opens every day but at most one a year; three days always find one.
  throw new Error(`window ${formatWindow(window)} in ${zone} found no opening after ${now}`);
}
