import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseNodetoolStatus, statusCode } from './nodetool-status.js';

// Captured from Cassandra 5.0.9, one node, num_tokens 1 (a Token column instead of Tokens).
const singleNode = `Datacenter: dc1
===============
Status=Up/Down
|/ State=Normal/Leaving/Joining/Moving
--  Address    Load        Owns (effective)  Host ID                               Token  Rack 
UN  127.0.2.1  114.35 KiB  100.0%            5cccca4d-982d-43ed-a56b-9b4a17c7859a  0      rack1

`;

// Same layout, two datacenters, vnodes, a down node and a joining one.
const twoDatacenters = `Datacenter: dc1
===============
Status=Up/Down
|/ State=Normal/Leaving/Joining/Moving
--  Address    Load        Tokens  Owns (effective)  Host ID                               Rack
UN  127.0.2.1  120.5 KiB   16      66.7%             0b6c2c6e-4a3a-4c29-9e5d-1f1a2b3c4d5e  rack1
DN  127.0.2.2  98.1 KiB    16      66.7%             1c7d3d7f-5b4b-4d3a-8f6e-2a2b3c4d5e6f  rack2

Datacenter: dc2
===============
Status=Up/Down
|/ State=Normal/Leaving/Joining/Moving
--  Address    Load        Tokens  Owns (effective)  Host ID                               Rack
UJ  127.0.3.1  ?           16      ?                 2d8e4e80-6c5c-4e4b-9a7f-3b3c4d5e6f70  rack1
`;

void test('reads the one node of a fresh single-node ring as up and normal', () => {
  assert.deepEqual(parseNodetoolStatus(singleNode), [
    {
      datacenter: 'dc1',
      status: 'Up',
      state: 'Normal',
      address: '127.0.2.1',
      hostId: '5cccca4d-982d-43ed-a56b-9b4a17c7859a',
      rack: 'rack1',
    },
  ]);
});

void test('keeps each row in its datacenter and tells down and joining nodes apart', () => {
  const rows = parseNodetoolStatus(twoDatacenters);
  assert.deepEqual(
    rows.map((row) => [row.datacenter, row.address, statusCode(row), row.rack]),
    [
      ['dc1', '127.0.2.1', 'UN', 'rack1'],
      ['dc1', '127.0.2.2', 'DN', 'rack2'],
      ['dc2', '127.0.3.1', 'UJ', 'rack1'],
    ],
  );
});

void test('finds no rows in output that is not a status table', () => {
  assert.deepEqual(parseNodetoolStatus('nodetool: Failed to connect to 127.0.2.9:7199\n'), []);
});
