// Small assertions shared by the tests that read decoded messages.
import assert from 'node:assert/strict';

/** Fails the test, naming `what`, when a field that must be there is not. */
export function must<T>(value: T | null | undefined, what: string): T {
  assert.ok(value !== null && value !== undefined, `${what} is missing`);
  return value;
}

/** Decoded messages are class instances; this compares their fields as plain data. */
export const plain = (value: unknown): unknown => structuredClone(value);
