// Readers for one configuration value that may come from a file (typed) or from the environment
// (always a string). Each returns the value or a problem naming the key and the reason.

export interface ConfigProblem {
  readonly key: string;
  readonly reason: string;
}

export type FieldRead<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly problem: ConfigProblem };

const ok = <T>(value: T): FieldRead<T> => ({ ok: true, value });
export function fieldProblem<T>(key: string, reason: string): FieldRead<T> {
  return { ok: false, problem: { key, reason } };
}
const bad = fieldProblem;

const show = (value: unknown): string => (value === undefined ? 'nothing' : JSON.stringify(value));

/** Absent (undefined) means "use the default"; null and "" mean "explicitly empty". */
export function readText(key: string, value: unknown, fallback: string): FieldRead<string> {
  if (value === undefined) return ok(fallback);
  if (value === null) return ok('');
  if (typeof value !== 'string') return bad(key, `expected text, got ${show(value)}`);
  return ok(value.trim());
}

export function readInteger(
  key: string,
  value: unknown,
  fallback: number,
  range: { readonly min: number; readonly max: number },
): FieldRead<number> {
  if (value === undefined || value === '') return ok(fallback);
  const n = typeof value === 'string' && /^-?\d+$/.test(value.trim()) ? Number(value) : value;
  if (typeof n !== 'number' || !Number.isInteger(n)) {
    return bad(key, `expected a whole number, got ${show(value)}`);
  }
  if (n < range.min || n > range.max) {
    return bad(key, `${n} is outside ${range.min}-${range.max}`);
  }
  return ok(n);
}

export function readBoolean(key: string, value: unknown, fallback: boolean): FieldRead<boolean> {
  if (value === undefined || value === '') return ok(fallback);
  if (typeof value === 'boolean') return ok(value);
  const text = typeof value === 'string' ? value.trim().toLowerCase() : null;
  if (text === 'true') return ok(true);
  if (text === 'false') return ok(false);
  return bad(key, `expected true or false, got ${show(value)}`);
}

/** A list given as an array of strings or as comma-separated text; blanks are dropped. */
export function readList(key: string, value: unknown): FieldRead<readonly string[]> {
  if (value === undefined || value === null) return ok([]);
  const items = typeof value === 'string' ? value.split(',') : value;
  if (!Array.isArray(items) || !items.every((i): i is string => typeof i === 'string')) {
    return bad(key, `expected a comma-separated list or an array of names, got ${show(value)}`);
  }
  return ok(items.map((i) => i.trim()).filter((i) => i !== ''));
}

export function readChoice<T extends string>(
  key: string,
  value: unknown,
  fallback: T,
  choices: readonly T[],
): FieldRead<T> {
  if (value === undefined || value === '') return ok(fallback);
  const found = choices.find((c) => typeof value === 'string' && c === value.trim().toLowerCase());
  if (found !== undefined) return ok(found);
  return bad(key, `expected one of ${choices.join(', ')}, got ${show(value)}`);
}
