// Reads Jolokia's JSON replies. A JMX-level failure (no such MBean yet, bad attribute) arrives as
// HTTP 200 with its own `status` inside the body: it is an answer, returned as a value. Pure.

import type { ReadOutcome } from '../domain/health.js';

/** One Jolokia answer; the pure health core defines the shape, the client produces it. */
export type JolokiaOutcome = ReadOutcome;

/** Until Cassandra has registered its MBeans, reads fail with this type: treat as still starting. */
export const INSTANCE_NOT_FOUND = 'javax.management.InstanceNotFoundException';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Returns undefined when the body is not a Jolokia reply at all. */
export function parseJolokiaReply(body: string): JolokiaOutcome | undefined {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return undefined;
  }
  if (!isRecord(json) || typeof json['status'] !== 'number') return undefined;
  const status = json['status'];
  if (status === 200) return { ok: true, value: json['value'] };
  return {
    ok: false,
    status,
    errorType: typeof json['error_type'] === 'string' ? json['error_type'] : 'unknown',
    error: typeof json['error'] === 'string' ? json['error'] : 'no error text',
  };
}
