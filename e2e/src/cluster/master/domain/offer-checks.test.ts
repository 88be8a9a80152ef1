import assert from 'node:assert/strict';
import { test } from 'node:test';
import { offersError, type OfferFacts } from './offer-checks.js';

const offers: Record<string, OfferFacts> = {
  o1: { frameworkId: 'f', agentId: 'a1', role: 'r' },
  o2: { frameworkId: 'f', agentId: 'a1', role: 'r' },
  o3: { frameworkId: 'f', agentId: 'a2', role: 'r' },
  o4: { frameworkId: 'f', agentId: 'a1', role: 'q' },
  o5: { frameworkId: 'g', agentId: 'a1', role: 'r' },
};
const lookup = (id: string): OfferFacts | undefined => offers[id];

const cases: { name: string; ids: string[]; want: RegExp | null }[] = [
  { name: 'one valid offer', ids: ['o1'], want: null },
  { name: 'two offers of one agent and role', ids: ['o1', 'o2'], want: null },
  { name: 'no offers', ids: [], want: /^No offers specified$/ },
  { name: 'the same offer twice', ids: ['o1', 'o1'], want: /^Duplicate offer o1/ },
  { name: 'an unknown offer', ids: ['o1', 'gone'], want: /^Offer gone is no longer valid$/ },
  {
    name: "another framework's offer",
    ids: ['o5'],
    want: /^Offer o5 has invalid framework g while framework f is expected$/,
  },
  { name: 'two roles', ids: ['o1', 'o4'], want: /same role/ },
  { name: 'two agents', ids: ['o1', 'o3'], want: /one single agent/ },
];

for (const c of cases) {
  void test(`offers of an ACCEPT: ${c.name}`, () => {
    const got = offersError(c.ids, lookup, 'f');
    if (c.want === null) assert.equal(got, null);
    else assert.match(got ?? '', c.want);
  });
}
