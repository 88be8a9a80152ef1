// Reads a decoded Mesos Offer into the plain OfferView the core evaluates: ids as strings, the
// agent's IP as its address, attributes as name -> string.
import type { mesos } from '@cmf/proto';
import type { OfferView } from '../domain/offers.js';

function attributeValue(a: mesos.v1.Attribute.$Properties): string | null {
  if (a.text) return a.text.value;
  if (a.scalar) return String(a.scalar.value);
  if (a.set) return a.set.item?.join(',') ?? '';
  if (a.ranges) return (a.ranges.range ?? []).map((r) => `${r.begin}-${r.end}`).join(',');
  return null;
}

export function toOfferView(offer: mesos.v1.Offer.$Properties): OfferView {
  const attributes: Record<string, string> = {};
  for (const a of offer.attributes ?? []) {
    const value = attributeValue(a);
    if (value !== null) attributes[a.name] = value;
  }
  return {
    offerId: offer.id.value,
    agentId: offer.agent_id.value,
    hostname: offer.hostname,
    address: offer.url?.address.ip ?? offer.hostname,
    allocationRole: offer.allocation_info?.role ?? null,
    resources: offer.resources ?? [],
    attributes,
  };
}
