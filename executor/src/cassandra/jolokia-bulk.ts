// Reads Jolokia's answer to a bulk request: a JSON array with one reply per request, in request
// order, each with its own `status`. Pure; undefined when the body is not such an array.
import { parseJolokiaReply, type JolokiaOutcome } from './jolokia-reply.js';

export function parseJolokiaBulkReply(
  body: string,
  expected: number,
): JolokiaOutcome[] | undefined {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return undefined;
  }
  if (!Array.isArray(json) || json.length !== expected) return undefined;
  const outcomes: JolokiaOutcome[] = [];
  for (const item of json) {
    const outcome = parseJolokiaReply(JSON.stringify(item));
    if (outcome === undefined) return undefined;
    outcomes.push(outcome);
  }
  return outcomes;
}
