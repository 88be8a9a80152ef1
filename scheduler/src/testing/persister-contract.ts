// One contract for every Persister: the ZooKeeper one (against a real server) and its in-memory
// twin run these same cases, so tests written against the twin hold for ZooKeeper.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isStoreError } from '../store/errors.js';
import type { Persister } from '../store/persister.js';

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);
const text = (data: Uint8Array | undefined): string => new TextDecoder().decode(data);

async function rejectsWith(promise: Promise<unknown>, code: string): Promise<void> {
  await assert.rejects(promise, (error: unknown) => {
    assert.ok(isStoreError(error), String(error));
    assert.equal(error.code, code);
    return true;
  });
}

/** Registers the contract's tests; `fresh` gives an empty persister per test. */
export function persisterContract(name: string, fresh: () => Promise<Persister>): void {
  void test(`${name}: create then read back, at version 0`, async () => {
    const p = await fresh();
    assert.deepEqual(await p.commit([{ op: 'create', path: '/a/b', data: bytes('one') }]), [0]);
    const got = await p.get('/a/b');
    assert.equal(text(got?.data), 'one');
    assert.equal(got?.version, 0);
    assert.equal(await p.get('/missing'), null);
  });

  void test(`${name}: a create makes missing parents; children are listed sorted`, async () => {
    const p = await fresh();
    await p.commit([
      { op: 'create', path: '/nodes/node-2', data: bytes('2') },
      { op: 'create', path: '/nodes/node-10', data: bytes('10') },
      { op: 'create', path: '/nodes/node-1', data: bytes('1') },
    ]);
    assert.deepEqual(await p.children('/nodes'), ['node-1', 'node-10', 'node-2']);
    assert.deepEqual(await p.children('/nothing-here'), []);
  });

  void test(`${name}: a second create of the same path fails with EXISTS`, async () => {
    const p = await fresh();
    await p.commit([{ op: 'create', path: '/x', data: bytes('1') }]);
    await rejectsWith(p.commit([{ op: 'create', path: '/x', data: bytes('2') }]), 'EXISTS');
    assert.equal(text((await p.get('/x'))?.data), '1');
  });

  void test(`${name}: compare-and-set succeeds on the read version and bumps it`, async () => {
    const p = await fresh();
    await p.commit([{ op: 'create', path: '/x', data: bytes('1') }]);
    assert.deepEqual(
      await p.commit([{ op: 'set', path: '/x', data: bytes('2'), version: 0 }]),
      [1],
    );
    assert.deepEqual(
      await p.commit([{ op: 'set', path: '/x', data: bytes('3'), version: 1 }]),
      [2],
    );
    assert.equal(text((await p.get('/x'))?.data), '3');
  });

  void test(`${name}: a write on a stale version fails with CONFLICT and changes nothing`, async () => {
    const p = await fresh();
    await p.commit([{ op: 'create', path: '/x', data: bytes('1') }]);
    await p.commit([{ op: 'set', path: '/x', data: bytes('2'), version: 0 }]);
    await rejectsWith(
      p.commit([{ op: 'set', path: '/x', data: bytes('lost'), version: 0 }]),
      'CONFLICT',
    );
    assert.equal(text((await p.get('/x'))?.data), '2');
  });

  void test(`${name}: setting a missing path fails with NOT_FOUND`, async () => {
    const p = await fresh();
    await rejectsWith(
      p.commit([{ op: 'set', path: '/nope', data: bytes('1'), version: 0 }]),
      'NOT_FOUND',
    );
  });

  void test(`${name}: a commit is all or nothing`, async () => {
    const p = await fresh();
    await p.commit([{ op: 'create', path: '/x', data: bytes('1') }]);
    await rejectsWith(
      p.commit([
        { op: 'create', path: '/log/1', data: bytes('entry') },
        { op: 'set', path: '/x', data: bytes('2'), version: 7 },
      ]),
      'CONFLICT',
    );
    assert.equal(await p.get('/log/1'), null);
    assert.equal(text((await p.get('/x'))?.data), '1');
  });

  void test(`${name}: remove honours the version`, async () => {
    const p = await fresh();
    await p.commit([{ op: 'create', path: '/x', data: bytes('1') }]);
    await rejectsWith(p.commit([{ op: 'remove', path: '/x', version: 3 }]), 'CONFLICT');
    assert.deepEqual(await p.commit([{ op: 'remove', path: '/x', version: 0 }]), [-1]);
    assert.equal(await p.get('/x'), null);
  });

  void test(`${name}: bytes survive exactly, including empty and binary data`, async () => {
    const p = await fresh();
    const binary = new Uint8Array([0, 255, 10, 13, 0, 128]);
    await p.commit([
      { op: 'create', path: '/bin', data: binary },
      { op: 'create', path: '/empty', data: new Uint8Array() },
    ]);
    assert.deepEqual([...((await p.get('/bin'))?.data ?? [])], [...binary]);
    assert.equal((await p.get('/empty'))?.data.length, 0);
  });
}
