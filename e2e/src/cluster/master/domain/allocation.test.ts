import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DYNAMIC } from '../../common/reservations.js';
import { scalarResource, type Resource } from '../../common/resources.js';
import { allocate, isAllocatable, type AllocationFramework } from './allocation.js';
import { isFiltered, withoutRoles } from './filters.js';

const cpus = (v: number): Resource => scalarResource('cpus', v);
const mem = (v: number): Resource => scalarResource('mem', v);
const reservedFor = (r: Resource, role: string): Resource => ({
  ...r,
  reservations: [{ type: DYNAMIC, role }],
});
const fw = (id: string, extra: Partial<AllocationFramework> = {}): AllocationFramework => ({
  id,
  roles: ['r'],
  suppressedRoles: new Set(),
  filters: [],
  share: 0,
  ...extra,
});
const agent = (
  id: string,
  available: Resource[] = [cpus(2), mem(4096)],
): { id: string; available: Resource[] } => ({ id, available });

void test('one framework gets one offer per agent with everything available', () => {
  const drafts = allocate([agent('a1'), agent('a2')], [fw('f')], 0, 4);
  assert.deepEqual(
    drafts.map((d) => [d.frameworkId, d.agentId, d.role]),
    [
      ['f', 'a1', 'r'],
      ['f', 'a2', 'r'],
    ],
  );
  assert.deepEqual(drafts[0]?.resources, [cpus(2), mem(4096)]);
});

void test('two frameworks share agents in DRF order: each agent goes to the one holding less', () => {
  const drafts = allocate([agent('a1'), agent('a2')], [fw('f'), fw('g')], 0, 4);
  assert.deepEqual(
    drafts.map((d) => [d.frameworkId, d.agentId]),
    [
      ['f', 'a1'],
      ['g', 'a2'],
    ],
  );
});

void test('reserved resources go only to frameworks of that role', () => {
  const drafts = allocate(
    [agent('a1', [reservedFor(cpus(1), 'q'), cpus(1)])],
    [fw('f'), fw('g', { roles: ['q'], share: 0.5 })],
    0,
    2,
  );
  assert.deepEqual(
    drafts.map((d) => [d.frameworkId, d.resources]),
    [
      ['f', [cpus(1)]],
      ['g', [reservedFor(cpus(1), 'q')]],
    ],
  );
});

void test('a suppressed role gets nothing; a filter keeps declined resources away until it expires', () => {
  assert.deepEqual(
    allocate([agent('a1')], [fw('f', { suppressedRoles: new Set(['r']) })], 0, 2),
    [],
  );
  const filters = [{ agentId: 'a1', role: 'r', resources: [cpus(2), mem(4096)], expiresAtMs: 100 }];
  assert.deepEqual(allocate([agent('a1')], [fw('f', { filters })], 50, 2), []);
  assert.equal(allocate([agent('a1')], [fw('f', { filters })], 100, 2).length, 1);
});

void test('a filter does not hide more than was declined', () => {
  const filters = [{ agentId: 'a1', role: 'r', resources: [cpus(1)], expiresAtMs: 100 }];
  assert.equal(isFiltered(filters, 'a1', 'r', [cpus(1)], 0), true);
  assert.equal(isFiltered(filters, 'a1', 'r', [cpus(2)], 0), false);
  assert.equal(isFiltered(filters, 'a2', 'r', [cpus(1)], 0), false);
  assert.deepEqual(withoutRoles(filters, ['r']), []);
  assert.deepEqual(withoutRoles(filters, ['q']), filters);
  assert.deepEqual(withoutRoles(filters, []), []);
});

void test('min allocatable: 0.01 cpus or 32 MB of memory', () => {
  assert.equal(isAllocatable([cpus(0.01)]), true);
  assert.equal(isAllocatable([mem(32)]), true);
  assert.equal(isAllocatable([cpus(0.001), mem(31), scalarResource('disk', 1000)]), false);
});
