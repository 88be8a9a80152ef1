import assert from 'node:assert/strict';
import { createServer } from 'node:net';
import { test } from 'node:test';
import { newNodeRecord, type NodeRecord } from '../domain/node.js';
import { epochMs } from '../domain/time.js';
import { queryRing } from './replication-cql.js';

function node(index: number, address: string, phase: NodeRecord['phase']): NodeRecord {
  const placement = {
    agentId: `agent-${String(index)}`,
    hostname: address,
    address,
    rack: 'r1',
    persistenceId: `p-${String(index)}`,
    volumePath: 'data',
    reservedResources: [],
  };
  return { ...newNodeRecord(`node-${String(index)}`, index, false, epochMs(0)), placement, phase };
}

/** A port that was free a moment ago: nothing answers CQL on it. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  assert.ok(address && typeof address === 'object');
  return address.port;
}

void test('each Up node is asked in turn, alone; when none answers, every reason is kept', async () => {
  const nativePort = await closedPort();
  const nodes = [
    node(0, '127.0.9.1', 'Up'),
    node(1, '127.0.9.2', 'Draining'),
    node(2, '127.0.9.3', 'Up'),
  ];
  let asked = 0;
  const answer = await queryRing(nodes, { nativePort, dc: 'dc1' }, () => {
    asked++;
    return Promise.resolve('never');
  });
  assert.equal(asked, 0);
  assert.ok(!answer.ok);
  const named = [...answer.reason.matchAll(/CQL on (\S+) failed/g)].map((m) => m[1]);
  assert.deepEqual(named, ['127.0.9.1', '127.0.9.3'], answer.reason);
});

void test('no Up node: nothing to ask, and it says so', async () => {
  const answer = await queryRing(
    [node(0, '127.0.9.1', 'Starting')],
    { nativePort: 1, dc: 'dc1' },
    () => Promise.resolve(1),
  );
  assert.deepEqual(answer, { ok: false, reason: 'no node is Up to ask' });
});
