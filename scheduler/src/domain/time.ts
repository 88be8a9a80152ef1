// Time as the functional core sees it: an explicit input, never read from a clock here.

/** Milliseconds since the Unix epoch, as passed into every decision that depends on time. */
export type EpochMs = number & { readonly __unit: 'EpochMs' };

export function epochMs(value: number): EpochMs {
  return value as EpochMs;
}

/** For switches over unions: a compile error when a case is missing, a throw if one slips by. */
export function assertNever(value: never, what = 'value'): never {
  throw new Error(`unexpected ${what}: ${JSON.stringify(value)}`);
}
