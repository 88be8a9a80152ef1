// The admin runner's abort and timeout paths against a loopback Jolokia stand-in that keeps a
// repair IN_PROGRESS forever (a real one-node ring cannot hold a repair open on demand); the
// happy and failing paths run against a real node in executor.int.test.ts.
import { cmf } from '@cmf/proto/executor';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, test } from 'node:test';
import type { LaunchPlan } from '../domain/launch-plan.js';
import { silentLogger } from '../logger.js';
import { waitFor } from '../testing/wait-for.js';
import { AdminRunner } from './admin-runner.js';

const State = cmf.v1.AdminReport.State;
const operations: string[] = [];
let server: Server;
let port = 0;

before(async () => {
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      const call = JSON.parse(body) as { operation?: string; attribute?: string };
      const name = call.operation ?? call.attribute ?? '?';
      operations.push(name);
      const value = name.startsWith('repairAsync')
        ? 7
        : name === 'getParentRepairStatus'
          ? ['IN_PROGRESS']
          : null;
      res
        .writeHead(200, { 'content-type': 'application/json' })
        .end(JSON.stringify({ status: 200, value }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});
after(() => {
  server.close();
});

function runner() {
  const sent: cmf.v1.AdminReport[] = [];
  const node = {
    nodeId: 'node-3',
    node: { address: '127.0.0.1', ports: { jolokia: port } },
  } as unknown as LaunchPlan;
  const admin = new AdminRunner({
    send: (data) => sent.push(cmf.v1.AdminReport.decode(data)),
    runningNode: () => node,
    log: silentLogger,
  });
  const ask = (fields: cmf.v1.AdminRequest.$Properties): void => {
    admin.handle(cmf.v1.AdminRequest.encode(new cmf.v1.AdminRequest(fields)).finish());
  };
  const states = (id: string): string[] =>
    sent.filter((r) => r.request_id === id).map((r) => State[r.state]);
  return { admin, ask, sent, states };
}

void test('an abort stops a running repair inside Cassandra and reports ABORTED', async () => {
  operations.length = 0;
  const { admin, ask, states } = runner();
  ask({ request_id: 'r-1', repair: { keyspaces: ['ks'] } });
  await waitFor(() => operations.includes('getParentRepairStatus'), {
    timeoutMs: 5_000,
    what: 'status polling',
  });
  ask({ request_id: 'a-1', abort: { request_id: 'r-1' } });
  await admin.idle;
  assert.deepEqual(states('r-1'), ['ACCEPTED', 'RUNNING', 'RUNNING', 'RUNNING', 'ABORTED']);
  assert.ok(operations.includes('forceTerminateAllRepairSessions'));
});

void test('a repair that outlives its timeout is stopped and reported FAILED with the reason', async () => {
  operations.length = 0;
  const { admin, ask, sent } = runner();
  ask({ request_id: 'r-2', repair: { keyspaces: ['ks'], timeout_ms: 1_500 } });
  await admin.idle;
  const last = sent.at(-1);
  assert.equal(last?.state, State.FAILED);
  assert.equal(last.message, 'timed out after 1500 ms');
  assert.ok(last.finished_at_ms >= last.started_at_ms);
  assert.ok(operations.includes('forceTerminateAllRepairSessions'));
});

void test('a malformed message is ignored; the runner keeps working', async () => {
  const { admin, ask, states } = runner();
  admin.handle(new Uint8Array([0xff, 0xff, 0xff]));
  ask({ request_id: 's-1', snapshot: { tag: 'x' } });
  await admin.idle;
  assert.deepEqual(states('s-1'), ['ACCEPTED', 'RUNNING', 'SUCCEEDED']);
});
