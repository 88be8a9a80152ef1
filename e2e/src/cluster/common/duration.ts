// stout duration strings ("5secs", "15mins", "1.5secs", "250ms"), as Mesos writes them into an executor's
// environment (MESOS_EXECUTOR_SHUTDOWN_GRACE_PERIOD, MESOS_RECOVERY_TIMEOUT, ...) and parses them from flags.
// Nanoseconds are bigints: a week in nanoseconds is past Number.MAX_SAFE_INTEGER's exact range for modulo.

export type DurationParse = { ok: true; ns: bigint } | { ok: false; reason: string };

interface Unit {
  readonly name: string;
  readonly ns: bigint;
}

/** Units from the smallest to the largest, with stout's spelling. */
const UNITS: readonly Unit[] = [
  { name: 'ns', ns: 1n },
  { name: 'us', ns: 1_000n },
  { name: 'ms', ns: 1_000_000n },
  { name: 'secs', ns: 1_000_000_000n },
  { name: 'mins', ns: 60_000_000_000n },
  { name: 'hrs', ns: 3_600_000_000_000n },
  { name: 'days', ns: 86_400_000_000_000n },
  { name: 'weeks', ns: 604_800_000_000_000n },
];

const NUMBER = /^(?:\d+\.?\d*|\.\d+)$/;

/**
 * Parses `<number><unit>`: the number is digits with at most one dot (fractions allowed), the unit one of
 * ns, us, ms, secs, mins, hrs, days, weeks. Like stout, the value is truncated to whole nanoseconds.
 */
export function parseDuration(text: string): DurationParse {
  const split = /^[\d.]*/.exec(text)?.[0].length ?? 0;
  const digits = text.slice(0, split);
  const unitName = text.slice(split);
  if (unitName === '') return { ok: false, reason: `Invalid duration '${text}'` };
  if (!NUMBER.test(digits)) return { ok: false, reason: `Invalid number '${digits}' in '${text}'` };
  const unit = UNITS.find((u) => u.name === unitName);
  if (unit === undefined) {
    const names = UNITS.map((u) => `'${u.name}'`).join(', ');
    return {
      ok: false,
      reason: `Unknown duration unit '${unitName}'; supported units are ${names}`,
    };
  }
  return { ok: true, ns: scale(digits, unit.ns) };
}

/** digits × unit in whole nanoseconds, computed exactly (no float rounding for "1.1secs"). */
function scale(digits: string, unitNs: bigint): bigint {
  const [whole = '', fraction = ''] = digits.split('.');
  const denominator = 10n ** BigInt(fraction.length);
  const numerator =
    BigInt(whole === '' ? '0' : whole) * denominator + BigInt(fraction === '' ? '0' : fraction);
  return (numerator * unitNs) / denominator;
}

/**
 * Formats like stout: pick the unit bucket the duration falls in; if it is not a whole number of that unit but
 * is a whole number of the next smaller one, use the smaller one ("90secs", not "1.5mins"); otherwise print the
 * bucket unit with up to 15 significant digits ("1.5secs" cannot happen: 1500ms; "1.0000001secs" can).
 */
export function formatDuration(ns: bigint): string {
  if (ns < 0n) return `-${formatDuration(-ns)}`;
  let bucket = 0;
  while (bucket + 1 < UNITS.length && ns >= unitAt(bucket + 1).ns) bucket++;
  const unit = unitAt(bucket);
  const smaller = bucket > 0 ? unitAt(bucket - 1) : undefined;
  if (smaller !== undefined && ns % unit.ns !== 0n && ns % smaller.ns === 0n) {
    return `${(ns / smaller.ns).toString()}${smaller.name}`;
  }
  return `${significant(ns, unit.ns)}${unit.name}`;
}

/** Milliseconds (our Timings unit) as a stout duration string. */
export function formatDurationMs(ms: number): string {
  return formatDuration(BigInt(Math.round(ms * 1_000_000)));
}

/** Whole milliseconds of a parsed duration (truncated), for timers. */
export function durationToMs(ns: bigint): number {
  return Number(ns / 1_000_000n);
}

function unitAt(index: number): Unit {
  const unit = UNITS[index];
  if (unit === undefined) throw new RangeError(`no duration unit at ${index}`);
  return unit;
}

/** ns / unitNs printed the way a C++ stream with precision 15 prints a double. */
function significant(ns: bigint, unitNs: bigint): string {
  const value = Number(ns) / Number(unitNs);
  return String(Number(value.toPrecision(15)));
}
