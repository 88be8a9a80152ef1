import { test } from 'node:test';
import assert from 'node:assert/strict';
import { followLocation, parseEndpoint } from './endpoint.js';

const cases: [string, string, { host: string; port: number } | null][] = [
  [
    'the protocol-relative form Mesos sends',
    '//10.0.0.2:5050/api/v1/scheduler',
    { host: '10.0.0.2', port: 5050 },
  ],
  [
    'an absolute URL',
    'http://leader.mesos:5050/api/v1/scheduler',
    { host: 'leader.mesos', port: 5050 },
  ],
  [
    'a bare host:port (what the old docs show)',
    'masterhost2:5050',
    { host: 'masterhost2', port: 5050 },
  ],
  ['an IPv6 literal', '//[::1]:5050/api/v1/scheduler', { host: '::1', port: 5050 }],
  ['no port', '//leader.mesos/api/v1/scheduler', null],
  ['nothing', '', null],
];

for (const [name, location, want] of cases) {
  void test(`followLocation: ${name}`, () => {
    assert.deepEqual(followLocation(location), want);
  });
}

void test('parseEndpoint refuses ports outside 1..65535', () => {
  assert.equal(parseEndpoint('h:0'), null);
  assert.equal(parseEndpoint('h:65536'), null);
  assert.deepEqual(parseEndpoint('h:65535'), { host: 'h', port: 65535 });
});
