import assert from 'node:assert/strict';
import { test } from 'node:test';
import { authenticate, parseCredentials } from './basic-auth.js';

const creds = [{ principal: 'cassandra-principal', secret: 's3cret' }];
const basic = (text: string): string => `Basic ${Buffer.from(text).toString('base64')}`;

const cases: { name: string; header: string | undefined; want: string | null | 401 }[] = [
  {
    name: 'good credentials yield the principal',
    header: basic('cassandra-principal:s3cret'),
    want: 'cassandra-principal',
  },
  { name: 'a missing header is 401', header: undefined, want: 401 },
  { name: 'a wrong secret is 401', header: basic('cassandra-principal:nope'), want: 401 },
  { name: 'an unknown principal is 401', header: basic('other:s3cret'), want: 401 },
  { name: 'no colon is 401', header: basic('cassandra-principal'), want: 401 },
  {
    name: 'two colons are 401 (naive split)',
    header: basic('cassandra-principal:s3:cret'),
    want: 401,
  },
  { name: 'a Bearer token is 401', header: 'Bearer abc', want: 401 },
  {
    name: 'the scheme is case-insensitive',
    header: `basic ${Buffer.from('cassandra-principal:s3cret').toString('base64')}`,
    want: 'cassandra-principal',
  },
];
for (const c of cases) {
  void test(`basic auth: ${c.name}`, () => {
    const got = authenticate(c.header, creds);
    assert.equal(got.ok ? got.principal : got.status, c.want);
  });
}

void test('a 401 carries the scheduler realm challenge', () => {
  const got = authenticate(undefined, creds);
  assert.equal(got.ok, false);
  assert.equal(got.challenge, 'Basic realm="mesos-master-scheduler"');
});

void test('with authentication off every request passes without a principal', () => {
  assert.deepEqual(authenticate(undefined, null), { ok: true, principal: null });
});

void test('parses the Mesos credentials file format and refuses malformed ones', () => {
  assert.deepEqual(parseCredentials('{"credentials":[{"principal":"p","secret":"s"}]}'), {
    ok: true,
    credentials: [{ principal: 'p', secret: 's' }],
  });
  assert.equal(parseCredentials('{"credentials":[{"principal":"p"}]}').ok, false);
  assert.equal(parseCredentials('[]').ok, false);
  assert.equal(parseCredentials('nope').ok, false);
});
