// Whether the offers named by an ACCEPT may be used together (Mesos's validation::offer::validate).
// Any failure fails the whole ACCEPT: its tasks become TASK_LOST/TASK_DROPPED, REASON_INVALID_OFFERS.

export interface OfferFacts {
  readonly frameworkId: string;
  readonly agentId: string;
  readonly role: string;
}

function duplicate(ids: readonly string[]): string | undefined {
  return ids.find((id, i) => ids.indexOf(id) !== i);
}

function firstDiffering(
  ids: readonly string[],
  lookup: (id: string) => OfferFacts | undefined,
  field: 'role' | 'agentId',
): [string, string, string, string] | null {
  const [first, ...rest] = ids;
  const base = first === undefined ? undefined : lookup(first);
  if (first === undefined || base === undefined) return null;
  for (const id of rest) {
    const other = lookup(id);
    if (other !== undefined && other[field] !== base[field])
      return [first, base[field], id, other[field]];
  }
  return null;
}

/** Null when the offers are usable together, else Mesos's reason. */
export function offersError(
  ids: readonly string[],
  lookup: (id: string) => OfferFacts | undefined,
  frameworkId: string,
): string | null {
  if (ids.length === 0) return 'No offers specified';
  const dup = duplicate(ids);
  if (dup !== undefined) return `Duplicate offer ${dup} in offer list`;
  const gone = ids.find((id) => lookup(id) === undefined);
  if (gone !== undefined) return `Offer ${gone} is no longer valid`;
  const foreign = ids.find((id) => lookup(id)?.frameworkId !== frameworkId);
  if (foreign !== undefined) {
    return (
      `Offer ${foreign} has invalid framework ${lookup(foreign)?.frameworkId ?? ''} ` +
      `while framework ${frameworkId} is expected`
    );
  }
  const role = firstDiffering(ids, lookup, 'role');
  if (role !== null) {
    return (
      'Aggregated offers must be allocated to the same role. ' +
      `Offer ${role[0]} uses role ${role[1]} and offer ${role[2]} uses role ${role[3]}`
    );
  }
  const agent = firstDiffering(ids, lookup, 'agentId');
  if (agent !== null) {
    return (
      'Aggregated offers must belong to one single agent. ' +
      `Offer ${agent[0]} uses agent ${agent[1]} and offer ${agent[2]} uses agent ${agent[3]}`
    );
  }
  return null;
}
