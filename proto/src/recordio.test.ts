// RecordIO framing: table cases and fast-check properties for encodeRecord and RecordIoDecoder.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  RecordIoDecoder,
  RecordIoError,
  decodeRecords,
  encodeRecord,
  type RecordIoErrorCode,
} from './recordio.js';

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);
const text = (data: Uint8Array): string => new TextDecoder().decode(data);

function decodeAll(chunks: readonly Uint8Array[], maxRecordBytes?: number): Uint8Array[] {
  const decoder = new RecordIoDecoder(maxRecordBytes === undefined ? {} : { maxRecordBytes });
  const records = chunks.flatMap((chunk) => decoder.push(chunk));
  decoder.end();
  return records;
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

void test('encodeRecord writes the decimal byte length, a newline and the bytes, nothing after', () => {
  assert.equal(text(encodeRecord('{"type":"HEARTBEAT"}')), '20\n{"type":"HEARTBEAT"}');
  assert.deepEqual([...encodeRecord(Uint8Array.from([0x08, 0x08]))], [0x32, 0x0a, 0x08, 0x08]);
});

void test('encodeRecord counts UTF-8 bytes, not string characters', () => {
  assert.deepEqual([...encodeRecord('é')], [0x32, 0x0a, 0xc3, 0xa9]);
});

const good: { name: string; chunks: string[]; want: string[] }[] = [
  { name: 'one record in one chunk', chunks: ['5\nhello'], want: ['hello'] },
  {
    name: 'several records in one chunk, with nothing between them',
    chunks: ['20\n{"type":"HEARTBEAT"}3\nabc'],
    want: ['{"type":"HEARTBEAT"}', 'abc'],
  },
  {
    name: 'a length split across chunks',
    chunks: ['1', '1\nhello', ' world'],
    want: ['hello world'],
  },
  { name: 'the newline in its own chunk', chunks: ['3', '\n', 'abc'], want: ['abc'] },
  { name: 'a record spread over many chunks', chunks: ['6\na', 'b', 'cd', 'ef'], want: ['abcdef'] },
  { name: 'zero-length records are skipped', chunks: ['0\n3\nabc0\n'], want: ['abc'] },
  { name: 'leading zeros in a length', chunks: ['003\nabc'], want: ['abc'] },
  { name: 'empty chunks change nothing', chunks: ['', '2\n', '', 'ok', ''], want: ['ok'] },
];
for (const c of good) {
  void test(`decodes ${c.name}`, () => {
    assert.deepEqual(decodeAll(c.chunks.map(bytes)).map(text), c.want);
  });
}

void test('a record inside one chunk is returned as a view, without copying', () => {
  const chunk = bytes('3\nabc');
  const [record] = new RecordIoDecoder().push(chunk);
  assert.equal(record?.buffer, chunk.buffer);
});

const bad: { name: string; chunks: string[]; max?: number; code: RecordIoErrorCode }[] = [
  { name: 'a letter in the length', chunks: ['1a\nx'], code: 'RECORDIO_BAD_LENGTH' },
  { name: 'a negative length', chunks: ['-1\n'], code: 'RECORDIO_BAD_LENGTH' },
  { name: 'a space before the length', chunks: [' 5\nhello'], code: 'RECORDIO_BAD_LENGTH' },
  { name: 'CRLF after the length', chunks: ['5\r\nhello'], code: 'RECORDIO_BAD_LENGTH' },
  { name: 'a bare newline', chunks: ['\n'], code: 'RECORDIO_BAD_LENGTH' },
  {
    name: 'a newline after the data (a sender writing lines)',
    chunks: ['3\nabc\n'],
    code: 'RECORDIO_BAD_LENGTH',
  },
  { name: 'more than 20 digits', chunks: ['0'.repeat(20), '1\n'], code: 'RECORDIO_BAD_LENGTH' },
  { name: 'a length over the maximum', chunks: ['11\n'], max: 10, code: 'RECORDIO_TOO_LARGE' },
  {
    name: 'a huge length, before any of its bytes arrive',
    chunks: ['99999999999999999999'],
    code: 'RECORDIO_TOO_LARGE',
  },
  { name: 'a stream ending inside the data', chunks: ['5\nhel'], code: 'RECORDIO_TRUNCATED' },
  { name: 'a stream ending inside the length', chunks: ['3\nabc1'], code: 'RECORDIO_TRUNCATED' },
];
for (const c of bad) {
  void test(`rejects ${c.name} with ${c.code}`, () => {
    assert.throws(
      () => decodeAll(c.chunks.map(bytes), c.max),
      (err: unknown) => err instanceof RecordIoError && err.code === c.code,
    );
  });
}

void test('a failed decoder keeps failing with the same error', () => {
  const decoder = new RecordIoDecoder();
  let first: unknown;
  try {
    decoder.push(bytes('x'));
  } catch (err) {
    first = err;
  }
  assert.ok(first instanceof RecordIoError);
  assert.throws(
    () => decoder.push(bytes('3\nabc')),
    (err: unknown) => err === first,
  );
  assert.throws(
    () => {
      decoder.end();
    },
    (err: unknown) => err === first,
  );
});

void test('decodeRecords reads records from an async stream of chunks', async () => {
  async function* source(): AsyncGenerator<Uint8Array> {
    await Promise.resolve();
    yield bytes('3\nab');
    yield bytes('c2\nde');
  }
  const got: string[] = [];
  for await (const record of decodeRecords(source())) got.push(text(record));
  assert.deepEqual(got, ['abc', 'de']);
});

void test('decodeRecords fails a stream that ends inside a record', async () => {
  async function* source(): AsyncGenerator<Uint8Array> {
    await Promise.resolve();
    yield bytes('3\nab');
  }
  await assert.rejects(async () => {
    for await (const record of decodeRecords(source())) assert.fail(`unexpected ${text(record)}`);
  }, /ended inside a record/);
});

/** Cuts `stream` at the given offsets (any order, duplicates allowed). */
function chunksAt(stream: Uint8Array, cuts: readonly number[]): Uint8Array[] {
  const points = [...new Set(cuts.map((c) => c % (stream.length + 1)))].sort((a, b) => a - b);
  return [0, ...points].map((from, i) => stream.slice(from, points[i] ?? stream.length));
}

void test('property: any chunking of a stream yields the same records', () => {
  fc.assert(
    fc.property(
      fc.array(fc.uint8Array({ maxLength: 300 }), { maxLength: 12 }),
      fc.array(fc.nat(), { maxLength: 20 }),
      (records, cuts) => {
        const stream = concat(records.map((r) => encodeRecord(r)));
        const decoded = decodeAll(chunksAt(stream, cuts));
        assert.deepEqual(
          decoded.map((r) => [...r]),
          records.filter((r) => r.length > 0).map((r) => [...r]),
        );
      },
    ),
    { numRuns: 500 },
  );
});

void test('property: arbitrary bytes never crash or hang the decoder, only RecordIoError', () => {
  fc.assert(
    fc.property(fc.array(fc.uint8Array({ maxLength: 64 }), { maxLength: 8 }), (chunks) => {
      try {
        decodeAll(chunks, 1024);
      } catch (err) {
        assert.ok(err instanceof RecordIoError, `unexpected ${String(err)}`);
      }
    }),
    { numRuns: 1000 },
  );
});
