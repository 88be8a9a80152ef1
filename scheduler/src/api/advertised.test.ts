import assert from 'node:assert/strict';
import { test } from 'node:test';
import { advertisedAddress } from './advertised.js';

const api = (host: string, advertisedHost: string | null) => ({
  host,
  port: 0,
  advertisedHost,
  token: null,
});

void test('the advertised address: explicit host first, then a bound host that names the machine', () => {
  const rows: [string, string | null, string][] = [
    ['0.0.0.0', '10.0.3.17', '10.0.3.17:31842'],
    ['0.0.0.0', null, 'agent-7:31842'],
    ['::', null, 'agent-7:31842'],
    ['127.0.0.1', null, '127.0.0.1:31842'],
    ['127.0.0.1', 'sched.example.com', 'sched.example.com:31842'],
    ['0.0.0.0', 'fd00::7', '[fd00::7]:31842'],
  ];
  for (const [host, advertised, want] of rows) {
    assert.equal(advertisedAddress(api(host, advertised), 31842, 'agent-7'), want, host);
  }
});
