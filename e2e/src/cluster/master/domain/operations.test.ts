import assert from 'node:assert/strict';
import { test } from 'node:test';
import { mesos } from '@cmf/proto';
import { DYNAMIC, withoutAllocation } from '../../common/reservations.js';
import { scalarResource, type Resource } from '../../common/resources.js';
import {
  create,
  destroy,
  reserve,
  unreserve,
  withoutVolume,
  type OperationContext,
} from './operations.js';

const alloc = (r: Resource): Resource => ({ ...r, allocation_info: { role: 'r' } });
const reserved = (r: Resource, role = 'r', principal: string | null = 'p'): Resource => ({
  ...r,
  reservations: [{ type: DYNAMIC, role, ...(principal === null ? {} : { principal }) }],
});
const cpus = (v: number): Resource => alloc(scalarResource('cpus', v));
const disk = (v: number): Resource => alloc(scalarResource('disk', v));
const vol = (id: string, mb = 10, principal = 'p'): Resource => ({
  ...reserved(disk(mb)),
  disk: {
    persistence: { id, principal },
    volume: { container_path: 'data', mode: mesos.v1.Volume.Mode.RW },
  },
});
const ctx = (extra: Partial<OperationContext> = {}): OperationContext => ({
  principal: 'p',
  frameworkRoles: ['r'],
  role: 'r',
  sharedResources: false,
  checkpointed: [],
  volumesInUse: new Set(),
  ...extra,
});
const pool = [cpus(2), disk(100), reserved(disk(50))];

const reserveCases: {
  name: string;
  resources: Resource[];
  ctx?: Partial<OperationContext>;
  ok: boolean;
}[] = [
  {
    name: 'a dynamic reservation for the allocation role',
    resources: [reserved(cpus(1))],
    ok: true,
  },
  { name: 'more than offered', resources: [reserved(cpus(3))], ok: false },
  { name: 'role "*"', resources: [reserved(cpus(1), '*')], ok: false },
  {
    name: "a role not the framework's",
    resources: [reserved(cpus(1), 'q')],
    ctx: { frameworkRoles: ['r'] },
    ok: false,
  },
  { name: 'another principal', resources: [reserved(cpus(1), 'r', 'x')], ok: false },
  {
    name: 'no principal while the framework has one',
    resources: [reserved(cpus(1), 'r', null)],
    ok: false,
  },
  {
    name: 'a principal while the framework has none',
    resources: [reserved(cpus(1))],
    ctx: { principal: undefined },
    ok: false,
  },
  { name: 'unreserved resources', resources: [cpus(1)], ok: false },
  { name: 'nothing', resources: [], ok: false },
];
for (const c of reserveCases) {
  void test(`RESERVE of ${c.name}: ${c.ok ? 'applies' : 'dropped'}`, () => {
    assert.equal(reserve(c.resources, false, ctx(c.ctx), pool).ok, c.ok);
  });
}

void test('RESERVE with source is dropped', () => {
  assert.equal(reserve([reserved(cpus(1))], true, ctx(), pool).ok, false);
});

void test('RESERVE converts unreserved into reserved resources', () => {
  assert.deepEqual(reserve([reserved(cpus(1))], false, ctx(), pool), {
    ok: true,
    consumed: [{ ...cpus(1), reservations: [] }],
    converted: [reserved(cpus(1))],
  });
});

void test('UNRESERVE: dynamic reservations yes; unreserved resources and volumes no', () => {
  const withVolume = [...pool, vol('v1')];
  assert.equal(unreserve([reserved(disk(50))], withVolume).ok, true);
  assert.equal(unreserve([cpus(1)], withVolume).ok, false);
  assert.equal(unreserve([vol('v1')], withVolume).ok, false);
});

const createCases: {
  name: string;
  volumes: Resource[];
  ctx?: Partial<OperationContext>;
  ok: boolean;
}[] = [
  { name: 'a volume on reserved disk', volumes: [vol('v1', 50)], ok: true },
  { name: 'a volume larger than the reserved disk', volumes: [vol('v1', 60)], ok: false },
  { name: 'a volume on unreserved disk', volumes: [{ ...vol('v1'), reservations: [] }], ok: false },
  {
    name: 'disk without volume',
    volumes: [{ ...reserved(disk(10)), disk: { persistence: { id: 'v1', principal: 'p' } } }],
    ok: false,
  },
  {
    name: 'a persistence id already used on the agent',
    volumes: [vol('v1')],
    ctx: { checkpointed: [vol('v1')] },
    ok: false,
  },
  { name: 'one persistence id twice', volumes: [vol('v1'), vol('v1')], ok: false },
  { name: 'an invalid persistence id', volumes: [vol('a/b')], ok: false },
  { name: 'another principal', volumes: [vol('v1', 10, 'x')], ok: false },
  {
    name: 'a shared volume without SHARED_RESOURCES',
    volumes: [{ ...vol('v1'), shared: {} }],
    ok: false,
  },
];
for (const c of createCases) {
  void test(`CREATE of ${c.name}: ${c.ok ? 'applies' : 'dropped'}`, () => {
    assert.equal(create(c.volumes, ctx(c.ctx), pool).ok, c.ok);
  });
}

void test('DESTROY: an idle volume yes; a missing or in-use one no', () => {
  const withVolume = [...pool, vol('v1')];
  const agent = ctx({
    checkpointed: [withoutVolume(vol('v1')), vol('v1')].map(withoutAllocation),
  });
  assert.deepEqual(destroy([vol('v1')], agent, withVolume), {
    ok: true,
    consumed: [vol('v1')],
    converted: [withoutVolume(vol('v1'))],
  });
  assert.equal(destroy([vol('v2')], agent, withVolume).ok, false);
  assert.equal(
    destroy([vol('v1')], { ...agent, volumesInUse: new Set(['v1']) }, withVolume).ok,
    false,
  );
});
