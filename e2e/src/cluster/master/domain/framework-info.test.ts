import assert from 'node:assert/strict';
import { test } from 'node:test';
import { mesos } from '@cmf/proto';
import {
  frameworkInfoError,
  frameworkRoles,
  mergeResubscription,
  resubscribeError,
} from './framework-info.js';

type Info = mesos.v1.FrameworkInfo.$Properties;
const MULTI = [{ type: mesos.v1.FrameworkInfo.Capability.Type.MULTI_ROLE }];
const base = (extra: Partial<Info> = {}): Info => ({ user: 'u', name: 'n', ...extra });

const cases: { name: string; info: Info; suppressed?: string[]; valid: boolean }[] = [
  { name: 'no role at all', info: base(), valid: true },
  { name: 'role "*" without MULTI_ROLE', info: base({ role: '*' }), valid: true },
  {
    name: 'roles with MULTI_ROLE',
    info: base({ roles: ['a', 'b/c'], capabilities: MULTI }),
    valid: true,
  },
  { name: 'roles without MULTI_ROLE', info: base({ roles: ['a'] }), valid: false },
  { name: 'role with MULTI_ROLE', info: base({ role: 'a', capabilities: MULTI }), valid: false },
  { name: 'duplicate roles', info: base({ roles: ['a', 'a'], capabilities: MULTI }), valid: false },
  { name: 'an invalid role', info: base({ roles: ['a//b'], capabilities: MULTI }), valid: false },
  { name: 'an invalid single role', info: base({ role: '-a' }), valid: false },
  { name: 'a framework id with a slash', info: base({ id: { value: 'a/b' } }), valid: false },
  {
    name: 'a failover timeout too large for a Duration',
    info: base({ failover_timeout: 1e10 }),
    valid: false,
  },
  {
    name: 'an infinite failover timeout',
    info: base({ failover_timeout: Infinity }),
    valid: false,
  },
  { name: 'a week of failover timeout', info: base({ failover_timeout: 604800 }), valid: true },
  {
    name: 'suppressed roles among its roles',
    info: base({ roles: ['a'], capabilities: MULTI }),
    suppressed: ['a'],
    valid: true,
  },
  {
    name: 'suppressed roles not among its roles',
    info: base({ roles: ['a'], capabilities: MULTI }),
    suppressed: ['b'],
    valid: false,
  },
];

for (const c of cases) {
  void test(`FrameworkInfo: ${c.name} is ${c.valid ? 'accepted' : 'refused'}`, () => {
    const error = frameworkInfoError(c.info, c.suppressed ?? []);
    assert.equal(error === null, c.valid, String(error));
  });
}

void test('the roles of a framework: MULTI_ROLE uses roles, else role or "*"', () => {
  assert.deepEqual(frameworkRoles(base({ roles: ['a'], capabilities: MULTI })), ['a']);
  assert.deepEqual(frameworkRoles(base({ role: 'r' })), ['r']);
  assert.deepEqual(frameworkRoles(base()), ['*']);
});

void test('re-subscription: removed ids and principal changes are refused; user and checkpoint kept', () => {
  assert.equal(resubscribeError(undefined, true, base()), 'Framework has been removed');
  assert.equal(
    resubscribeError(base({ principal: 'a' }), false, base({ principal: 'b' })),
    "Changing framework's principal is not allowed.",
  );
  assert.equal(
    resubscribeError(base({ principal: 'a' }), false, base({ principal: 'a', name: 'x' })),
    null,
  );
  const merged = mergeResubscription(
    base({ user: 'root', checkpoint: true }),
    base({ user: 'nobody', checkpoint: false, name: 'new' }),
  );
  assert.deepEqual([merged.user, merged.checkpoint, merged.name], ['root', true, 'new']);
});
