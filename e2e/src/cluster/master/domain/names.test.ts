import assert from 'node:assert/strict';
import { test } from 'node:test';
import { idError, roleError } from './names.js';

const idCases: { name: string; id: string; valid: boolean }[] = [
  { name: 'a plain id', id: 'cassandra-node-0', valid: true },
  { name: '255 bytes', id: 'x'.repeat(255), valid: true },
  { name: '256 bytes', id: 'x'.repeat(256), valid: false },
  { name: 'multi-byte characters counted in bytes', id: 'é'.repeat(128), valid: false },
  { name: 'empty', id: '', valid: false },
  { name: 'dot', id: '.', valid: false },
  { name: 'dot dot', id: '..', valid: false },
  { name: 'a dot inside', id: 'a.b', valid: true },
  { name: 'a slash', id: 'a/b', valid: false },
  { name: 'a backslash', id: 'a\\b', valid: false },
  { name: 'a newline', id: 'a\nb', valid: false },
  { name: 'DEL', id: 'a\x7fb', valid: false },
  { name: 'a space (not a control character)', id: 'a b', valid: true },
];
for (const c of idCases) {
  void test(`id: ${c.name} is ${c.valid ? 'valid' : 'rejected'}`, () => {
    assert.equal(idError(c.id) === null, c.valid, String(idError(c.id)));
  });
}

const roleCases: { role: string; valid: boolean }[] = [
  { role: '*', valid: true },
  { role: 'cassandra', valid: true },
  { role: 'eng/cassandra', valid: true },
  { role: 'a.b', valid: true },
  { role: '', valid: false },
  { role: '.', valid: false },
  { role: '..', valid: false },
  { role: 'a/../b', valid: false },
  { role: '-cassandra', valid: false },
  { role: 'a/-b', valid: false },
  { role: '/a', valid: false },
  { role: 'a/', valid: false },
  { role: 'a//b', valid: false },
  { role: 'a b', valid: false },
  { role: 'a\tb', valid: false },
  { role: 'a/*', valid: false },
  { role: '*/a', valid: false },
];
for (const c of roleCases) {
  void test(`role ${JSON.stringify(c.role)} is ${c.valid ? 'valid' : 'rejected'}`, () => {
    assert.equal(roleError(c.role) === null, c.valid, String(roleError(c.role)));
  });
}
