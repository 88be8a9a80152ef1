import assert from 'node:assert/strict';
import { test } from 'node:test';
import { acceptsMediaType, requestMediaType, responseMediaType } from './negotiation.js';

const requestCases: { name: string; header: string | undefined; want: number | string }[] = [
  { name: 'takes bare JSON', header: 'application/json', want: 'application/json' },
  { name: 'takes bare protobuf', header: 'application/x-protobuf', want: 'application/x-protobuf' },
  { name: 'answers 400 when Content-Type is absent', header: undefined, want: 400 },
  {
    name: 'answers 415 for a charset parameter',
    header: 'application/json; charset=utf-8',
    want: 415,
  },
  { name: 'answers 415 for other letter case', header: 'Application/JSON', want: 415 },
  { name: 'answers 415 for recordio', header: 'application/recordio', want: 415 },
  { name: 'answers 415 for an empty header', header: '', want: 415 },
];
for (const c of requestCases) {
  void test(`request Content-Type: ${c.name}`, () => {
    const got = requestMediaType(c.header);
    assert.equal(got.ok ? got.mediaType : got.status, c.want);
  });
}

void test('the 415 body is the one real Mesos sends', () => {
  const got = requestMediaType('text/plain');
  assert.equal(got.ok, false);
  assert.equal(got.body, "Expecting 'Content-Type' of application/json or application/x-protobuf");
});

const responseCases: { name: string; accept: string | undefined; want: string | null }[] = [
  { name: 'no Accept gives JSON', accept: undefined, want: 'application/json' },
  { name: '*/* gives JSON (the fetch default)', accept: '*/*', want: 'application/json' },
  { name: 'application/* gives JSON', accept: 'application/*', want: 'application/json' },
  {
    name: 'exactly protobuf gives protobuf',
    accept: 'application/x-protobuf',
    want: 'application/x-protobuf',
  },
  {
    name: 'protobuf preferred by q still gives JSON (JSON is tried first)',
    accept: 'application/x-protobuf, application/json;q=0.1',
    want: 'application/json',
  },
  {
    name: 'JSON refused with q=0 falls back to protobuf through */*',
    accept: 'application/json;q=0, */*',
    want: 'application/x-protobuf',
  },
  { name: 'text/html only is not acceptable', accept: 'text/html', want: null },
  { name: 'both refused is not acceptable', accept: 'application/*;q=0', want: null },
  {
    name: 'weights with spaces parse',
    accept: 'application/json ; q=0.5',
    want: 'application/json',
  },
];
for (const c of responseCases) {
  void test(`response type: ${c.name}`, () => {
    assert.equal(responseMediaType(c.accept), c.want);
  });
}

void test('a specific q=0 beats a wildcard that would accept', () => {
  assert.equal(
    acceptsMediaType('*/*, application/x-protobuf;q=0', 'application/x-protobuf'),
    false,
  );
  assert.equal(acceptsMediaType('*/*, application/x-protobuf;q=0', 'application/json'), true);
});
