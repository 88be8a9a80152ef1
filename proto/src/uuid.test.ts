// RFC 4122 uuid bytes as Mesos checks them (§1.3), and their text form.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isRfc4122Uuid, newUuidBytes, uuidFromString, uuidToString } from './uuid.js';

// Byte 6 carries the version in its high nibble: 0x4_ is v4, 0x7_ is v7, 0x0_ none.
const withVersionByte = (b6: number): Uint8Array => {
  const bytes = new Uint8Array(16).fill(0xab);
  bytes[6] = b6;
  return bytes;
};

const cases: { name: string; bytes: Uint8Array; want: boolean }[] = [
  { name: 'accepts a version-4 uuid', bytes: withVersionByte(0x4c), want: true },
  {
    name: 'accepts version 1 (time-based, as Mesos itself generates)',
    bytes: withVersionByte(0x11),
    want: true,
  },
  { name: 'accepts version 5', bytes: withVersionByte(0x5f), want: true },
  {
    name: 'rejects version 0 (random bytes often look like this)',
    bytes: withVersionByte(0x0f),
    want: false,
  },
  {
    name: 'rejects version 7, which Mesos also refuses',
    bytes: withVersionByte(0x70),
    want: false,
  },
  { name: 'rejects 15 bytes', bytes: new Uint8Array(15).fill(0x41), want: false },
  {
    name: 'rejects the empty uuid of a master-generated update',
    bytes: new Uint8Array(0),
    want: false,
  },
  {
    name: 'accepts the uuid of a real executor update (fixture)',
    bytes: uuidFromString('76f319e3-cfff-4bc7-b9e2-dba9ec868bc9'),
    want: true,
  },
];
for (const c of cases) {
  void test(c.name, () => {
    assert.equal(isRfc4122Uuid(c.bytes), c.want);
  });
}

void test('newUuidBytes gives distinct 16-byte uuids Mesos accepts', () => {
  const seen = new Set<string>();
  for (let i = 0; i < 200; i++) {
    const bytes = newUuidBytes();
    assert.equal(isRfc4122Uuid(bytes), true);
    assert.equal((bytes[6] ?? 0) >> 4, 4);
    seen.add(uuidToString(bytes));
  }
  assert.equal(seen.size, 200);
});

void test('uuidToString writes the canonical form of the bytes, and uuidFromString reads it back', () => {
  const bytes = Uint8Array.from([
    0x23, 0xd7, 0x77, 0x1d, 0x96, 0x3d, 0x45, 0x19, 0xb5, 0x49, 0xb7, 0xd4, 0x32, 0x7a, 0xb3, 0xa8,
  ]);
  assert.equal(uuidToString(bytes), '23d7771d-963d-4519-b549-b7d4327ab3a8');
  assert.deepEqual(uuidFromString('23D7771D-963D-4519-B549-B7D4327AB3A8'), bytes);
});

void test('uuidToString reads a view into a larger buffer without its neighbours', () => {
  const big = new Uint8Array(40).fill(0xff);
  big.set(uuidFromString('00112233-4455-4677-8899-aabbccddeeff'), 10);
  assert.equal(uuidToString(big.subarray(10, 26)), '00112233-4455-4677-8899-aabbccddeeff');
});

void test('uuidToString and uuidFromString refuse malformed input', () => {
  assert.throws(() => uuidToString(new Uint8Array(8)), RangeError);
  assert.throws(() => uuidFromString('not-a-uuid'), RangeError);
  assert.throws(() => uuidFromString('0011223344554677-8899-aabbccddeeff'), RangeError);
});
