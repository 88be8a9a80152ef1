import { test } from 'node:test';
import assert from 'node:assert/strict';
import { replicationFactors } from './replication.js';

const NTS = 'org.apache.cassandra.locator.NetworkTopologyStrategy';

void test('replication factors in this DC: NTS per DC, SimpleStrategy as is, node-local keyspaces left out', () => {
  const rf = replicationFactors(
    [
      { name: 'shop', replication: { class: NTS, dc1: '3', dc2: '5' } },
      { name: 'elsewhere', replication: { class: NTS, dc2: '3' } },
      {
        name: 'system_auth',
        replication: {
          class: 'org.apache.cassandra.locator.SimpleStrategy',
          replication_factor: '1',
        },
      },
      { name: 'system', replication: { class: 'org.apache.cassandra.locator.LocalStrategy' } },
      { name: 'transient', replication: { class: NTS, dc1: '3/1' } },
      { name: 'odd', replication: { class: NTS, dc1: 'three' } },
    ],
    'dc1',
  );
  assert.deepEqual(rf, [
    { name: 'shop', rf: 3 },
    { name: 'system_auth', rf: 1 },
    { name: 'transient', rf: 3 },
  ]);
});
