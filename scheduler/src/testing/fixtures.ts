// The recordings of a real Mesos master (shared/fixtures/real-mesos, next to the repository), for
// tests that check our decisions against what Mesos really sends. Compiled to dist/testing/.
import { mesos } from '@cmf/proto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { OfferView } from '../domain/offers.js';
import { toOfferView } from '../mesos/offer-view.js';

const ROOT = fileURLToPath(new URL('../../../../shared/fixtures/real-mesos/', import.meta.url));

export function fixtureBytes(path: string): Uint8Array {
  return new Uint8Array(readFileSync(ROOT + path));
}

/** A recorded scheduler event, e.g. 'event-03-offers-unreserved'. */
export function schedulerEvent(name: string): mesos.v1.scheduler.Event {
  return mesos.v1.scheduler.Event.decode(fixtureBytes(`scheduler/${name}.pb`));
}

export function recordedOffer(name: string): mesos.v1.Offer {
  const offer = schedulerEvent(name).offers?.offers[0];
  if (!offer) throw new Error(`${name} holds no offer`);
  return offer;
}

/** A recorded offer as the core sees it. */
export function recordedOfferView(name: string): OfferView {
  return toOfferView(recordedOffer(name));
}
