import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decideTarget, effectiveSeedCount, validateChange } from './cluster.js';
import { spec } from '../testing/builders.js';

void test('a ring without a stored target takes the config as its target', () => {
  assert.deepEqual(decideTarget(null, spec()), { kind: 'create', spec: spec() });
});

void test('the same config keeps the stored target', () => {
  assert.equal(decideTarget(spec(), spec()).kind, 'keep');
});

void test('a legal edit (more nodes, more heap) replaces the target', () => {
  const wanted = spec({ nodeCount: 5, heapMb: 1024, configVersion: 'v2' });
  assert.deepEqual(decideTarget(spec(), wanted), { kind: 'replace', spec: wanted });
});

void test('an illegal edit keeps the stored target running and names every problem', () => {
  const decision = decideTarget(
    spec(),
    spec({ nodeCount: 2, clusterName: 'other', configVersion: 'v2' }),
  );
  assert.equal(decision.kind, 'refuse');
  assert.deepEqual(decision.spec, spec());
  assert.deepEqual(
    validateChange(spec(), spec({ nodeCount: 2, clusterName: 'other' })).map((p) => p.key),
    ['cassandra.clusterName', 'ring.nodeCount'],
  );
});

void test('the seed count never exceeds the node count', () => {
  assert.equal(effectiveSeedCount({ seedCount: 3, nodeCount: 1 }), 1);
  assert.equal(effectiveSeedCount({ seedCount: 2, nodeCount: 5 }), 2);
});
