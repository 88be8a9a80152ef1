// Five-field cron expressions (minute hour day-of-month month day-of-week) read the way Vixie cron
// reads them: lists, ranges, steps, month and weekday names, and the @daily-style shorthands.
// Parsing only; when an expression fires is next-fire.ts's business.

export interface CronSpec {
  readonly expression: string;
  readonly minutes: readonly number[];
  readonly hours: readonly number[];
  readonly daysOfMonth: readonly number[];
  readonly months: readonly number[];
  /** 0-6 from Sunday; 7 is read as Sunday too. */
  readonly daysOfWeek: readonly number[];
  /** A day field restricts unless it starts with '*'; when both restrict, either one may match. */
  readonly dayOfMonthRestricted: boolean;
  readonly dayOfWeekRestricted: boolean;
  /** With a fixed hour, a local time repeated by a fall-back change fires once, not twice. */
  readonly hourRestricted: boolean;
}

export type CronParse =
  { readonly ok: true; readonly spec: CronSpec } | { readonly ok: false; readonly reason: string };

interface FieldRule {
  readonly name: string;
  readonly min: number;
  readonly max: number;
  /** Names for min, min+1, ... (lower case). */
  readonly names?: readonly string[];
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

const FIELDS: readonly FieldRule[] = [
  { name: 'minute', min: 0, max: 59 },
  { name: 'hour', min: 0, max: 23 },
  { name: 'day of month', min: 1, max: 31 },
  { name: 'month', min: 1, max: 12, names: MONTHS },
  { name: 'day of week', min: 0, max: 7, names: WEEKDAYS },
];

const SHORTHANDS: Readonly<Record<string, string>> = {
  '@yearly': '0 0 1 1 *',
  '@annually': '0 0 1 1 *',
  '@monthly': '0 0 1 * *',
  '@weekly': '0 0 * * 0',
  '@daily': '0 0 * * *',
  '@midnight': '0 0 * * *',
  '@hourly': '0 * * * *',
};

type FieldParse = { ok: true; values: number[] } | { ok: false; reason: string };

export function parseCron(expression: string): CronParse {
  const trimmed = expression.trim();
  const expanded = SHORTHANDS[trimmed.toLowerCase()] ?? trimmed;
  const texts = expanded.split(/\s+/);
  if (texts.length !== FIELDS.length) {
    return {
      ok: false,
      reason: `expected 5 fields (minute hour day-of-month month day-of-week), got ${texts.length}`,
    };
  }
  const values: number[][] = [];
  for (const [i, rule] of FIELDS.entries()) {
    const parsed = parseField(texts[i] ?? '', rule);
    if (!parsed.ok) return { ok: false, reason: `${rule.name}: ${parsed.reason}` };
    values.push(parsed.values);
  }
  const [minutes = [], hours = [], daysOfMonth = [], months = [], weekdays = []] = values;
  const restricts = (i: number): boolean => !(texts[i] ?? '*').startsWith('*');
  const spec: CronSpec = {
    expression: trimmed,
    minutes,
    hours,
    daysOfMonth,
    months,
    daysOfWeek: sortedUnique(weekdays.map((d) => d % 7)),
    dayOfMonthRestricted: restricts(2),
    dayOfWeekRestricted: restricts(4),
    hourRestricted: restricts(1),
  };
  const never = neverFiresReason(spec);
  return never === null ? { ok: true, spec } : { ok: false, reason: never };
}

function parseField(text: string, rule: FieldRule): FieldParse {
  const values: number[] = [];
  for (const item of text.split(',')) {
    const parsed = parseItem(item, rule);
    if (!parsed.ok) return parsed;
    values.push(...parsed.values);
  }
  return { ok: true, values: sortedUnique(values) };
}

/** One list item: "*", "a", "a-b", each optionally "/step" ("a/step" runs from a to the end). */
function parseItem(item: string, rule: FieldRule): FieldParse {
  const [rangeText = '', stepText, extra] = item.split('/');
  if (extra !== undefined) return { ok: false, reason: `"${item}" has more than one "/"` };
  const step = stepText === undefined ? 1 : parseNumber(stepText);
  if (step === null || step < 1)
    return { ok: false, reason: `step "${stepText ?? ''}" in "${item}"` };
  const range = parseRange(rangeText, rule, stepText !== undefined);
  if (!range.ok) return range;
  const [from = rule.min, to = rule.max] = range.values;
  if (from > to) return { ok: false, reason: `range "${rangeText}" runs backwards` };
  const values: number[] = [];
  for (let v = from; v <= to; v += step) values.push(v);
  return { ok: true, values };
}

function parseRange(text: string, rule: FieldRule, stepped: boolean): FieldParse {
  if (text === '*') return { ok: true, values: [rule.min, rule.max] };
  const [fromText = '', toText, extra] = text.split('-');
  if (extra !== undefined) return { ok: false, reason: `"${text}" is not a range` };
  const from = parseBound(fromText, rule);
  if (!from.ok) return from;
  if (toText === undefined) {
    const [value = rule.min] = from.values;
    return { ok: true, values: [value, stepped ? rule.max : value] };
  }
  const to = parseBound(toText, rule);
  return to.ok ? { ok: true, values: [...from.values, ...to.values] } : to;
}

function parseBound(text: string, rule: FieldRule): FieldParse {
  const named = rule.names?.indexOf(text.toLowerCase()) ?? -1;
  const value = named >= 0 ? rule.min + named : parseNumber(text);
  if (value === null) return { ok: false, reason: `"${text}" is not a value` };
  if (value < rule.min || value > rule.max) {
    return { ok: false, reason: `${value} is out of range ${rule.min}-${rule.max}` };
  }
  return { ok: true, values: [value] };
}

function parseNumber(text: string): number | null {
  return /^\d{1,4}$/.test(text) ? Number(text) : null;
}

function sortedUnique(values: readonly number[]): number[] {
  return [...new Set(values)].sort((a, b) => a - b);
}

// The longest each month can be: February counts its leap day, which does come round.
const LONGEST_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * Only a day-of-month list on its own can rule out every date ("30 2" is 30 February); a weekday
 * list always finds days, and with both the weekday alone is enough.
 */
function neverFiresReason(spec: CronSpec): string | null {
  if (!spec.dayOfMonthRestricted || spec.dayOfWeekRestricted) return null;
  const fires = spec.months.some((m) =>
    spec.daysOfMonth.some((d) => d <= (LONGEST_MONTH[m - 1] ?? 0)),
  );
  if (fires) return null;
  return `never fires: day ${spec.daysOfMonth.join(',')} does not occur in month ${spec.months.join(',')}`;
}
