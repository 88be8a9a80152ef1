// A StatusSource around a repair harness, for API tests: the harness's nodes, store and loop (the
// loop only while `leading`), a 1 h gc_grace in the config, and the schema read the test gives.
import type { StatusSource } from '../api/view.js';
import type { SchemaGcGrace } from '../domain/repair/index.js';
import type { RepairLoop } from '../runtime/repair/repair-loop.js';
import type { repairHarness } from '../runtime/repair/testing/harness.js';
import { spec } from './builders.js';

export type SchemaRead = () => Promise<SchemaGcGrace>;

export const unreachableSchema: SchemaRead = () =>
  Promise.resolve({ ok: false, reason: 'no node is Up to ask' });

export function repairApiSource(
  h: ReturnType<typeof repairHarness>,
  leading: boolean,
  gcGrace: SchemaRead = unreachableSchema,
): StatusSource {
  return {
    leadership: () => Promise.resolve({ leader: 'me', isLeader: leading }),
    frameworkId: () => Promise.resolve('F-1'),
    subscribed: () => null,
    reconciliation: () => 'settled',
    target: () => spec(),
    configErrors: () => [],
    nodes: () => Promise.resolve(h.nodes),
    plan: () => ({ actions: [], steps: [] }),
    repairs: {
      config: { ...h.loop.options.config, gcGraceSeconds: 3600 },
      store: h.store,
      loop: (): RepairLoop | null => (leading ? h.loop : null),
      now: () => h.clock.now(),
      gcGrace,
    },
  };
}
