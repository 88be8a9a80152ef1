// Reads the duration strings Mesos hands an executor (stout's format: a number, possibly
// fractional, directly followed by a unit, e.g. `5secs`, `15mins`, `1.5secs`, `250ms`). Pure.

export type DurationParse =
  { readonly ok: true; readonly ms: number } | { readonly ok: false; readonly reason: string };

const MS_PER_UNIT: Readonly<Record<string, number>> = {
  ns: 1e-6,
  us: 1e-3,
  ms: 1,
  secs: 1_000,
  mins: 60_000,
  hrs: 3_600_000,
  days: 86_400_000,
  weeks: 604_800_000,
};

const DURATION = /^(\d+(?:\.\d+)?)([a-z]+)$/;

/** Milliseconds, possibly fractional for sub-millisecond units. */
export function parseDuration(text: string): DurationParse {
  const match = DURATION.exec(text.trim());
  const [, amount, unit] = match ?? [];
  if (amount === undefined || unit === undefined) {
    return { ok: false, reason: `${JSON.stringify(text)} is not a duration like 5secs or 250ms` };
  }
  const perUnit = MS_PER_UNIT[unit];
  if (perUnit === undefined) {
    const units = Object.keys(MS_PER_UNIT).join(', ');
    return { ok: false, reason: `unknown unit ${JSON.stringify(unit)} (one of ${units})` };
  }
  return { ok: true, ms: Number(amount) * perUnit };
}
