import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseListeningSockets } from './sockets.js';

const table = `  sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode
   0: 0102007F:1B58 00000000:0000 0A 00000000:00000000 00:00000000 00000000     0        0 4242 1 0000000000000000 100 0 0 10 0
   1: 0102007F:2382 00000000:0000 0A 00000000:00000000 00:00000000 00000000     0        0 4243 1 0000000000000000 100 0 0 10 0
   2: 0102007F:B3C2 0102007F:2352 01 00000000:00000000 00:00000000 00000000     0        0 4244 1 0000000000000000 20 4 30 10 -1
   3: 00000000:1C1F 00000000:0000 0A 00000000:00000000 00:00000000 00000000     0        0 4245 1 0000000000000000 100 0 0 10 0
`;

void test('reads listening sockets with their address, port and inode; skips connections', () => {
  assert.deepEqual(parseListeningSockets(table), [
    { address: '127.0.2.1', port: 7000, inode: '4242' },
    { address: '127.0.2.1', port: 9090, inode: '4243' },
    { address: '0.0.0.0', port: 7199, inode: '4245' },
  ]);
});
