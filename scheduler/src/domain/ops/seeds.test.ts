import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { NodeRecord } from '../node.js';
import { launchSeeds, seedAddresses } from './seeds.js';
import { addressOf, placement, ring } from './testing/builders.js';

const replacing = (index: number, agent: string, address: string): Partial<NodeRecord> => ({
  phase: 'Pending',
  placement: { ...placement(index, agent), address },
  launchMode: 'replace',
  replaceAddress: addressOf(index),
  health: null,
});

function at(nodes: readonly NodeRecord[], index: number): NodeRecord {
  const node = nodes[index];
  if (!node) throw new Error(`no node ${index}`);
  return node;
}

void test('the seed list is every placed seed by index', () => {
  assert.deepEqual(seedAddresses(ring(4, { 3: { seed: false } })), [
    '10.0.0.1',
    '10.0.0.2',
    '10.0.0.3',
  ]);
});

void test('a seed restarting lists itself and the other seeds', () => {
  const nodes = ring(3);
  assert.deepEqual(launchSeeds(at(nodes, 1), nodes), {
    seed: true,
    otherSeeds: ['10.0.0.1', '10.0.0.3'],
    replaceAddress: null,
  });
});

void test('a replacement of a seed is never in its own seed list, nor is the address it replaces', () => {
  const nodes = ring(3, { 1: replacing(1, 'agent-9', '10.0.0.9') });
  assert.deepEqual(launchSeeds(at(nodes, 1), nodes), {
    seed: false,
    otherSeeds: ['10.0.0.1', '10.0.0.3'],
    replaceAddress: '10.0.0.2',
  });
});

void test('a replacement of the only seed gossips with the live nodes instead', () => {
  const nodes = ring(3, {
    0: replacing(0, 'agent-9', '10.0.0.9'),
    1: { seed: false },
    2: { seed: false },
  });
  assert.deepEqual(launchSeeds(at(nodes, 0), nodes).otherSeeds, ['10.0.0.2', '10.0.0.3']);
});

void test('once it has joined and restarts as usual, a replaced seed is a seed again', () => {
  const nodes = ring(3, {
    1: { ...replacing(1, 'agent-9', '10.0.0.9'), launchMode: 'restart', phase: 'Up' },
  });
  assert.equal(launchSeeds(at(nodes, 1), nodes).seed, true);
});
