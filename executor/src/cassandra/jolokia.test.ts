import assert from 'node:assert/strict';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, test } from 'node:test';
import { CassandraRuntimeError } from './errors.js';
import { JolokiaClient, STORAGE_SERVICE_MBEAN } from './jolokia.js';

type Handler = (body: unknown, res: ServerResponse) => void;

const servers: Server[] = [];
after(() => {
  for (const server of servers) server.closeAllConnections();
  for (const server of servers) server.close();
});

/** A real loopback HTTP server on port 0 that answers with `handler`; returns a client for it. */
async function agent(handler: Handler, timeoutMs = 2000): Promise<JolokiaClient> {
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      assert.equal(req.method, 'POST');
      assert.equal(req.url, '/jolokia/');
      handler(JSON.parse(Buffer.concat(chunks).toString('utf8')), res);
    });
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return new JolokiaClient({ host: '127.0.0.1', port, timeoutMs });
}

async function rejectsWith(promise: Promise<unknown>, code: string): Promise<void> {
  await assert.rejects(promise, (error: unknown) => {
    assert.ok(error instanceof CassandraRuntimeError);
    assert.equal(error.code, code);
    return true;
  });
}

void test('reads attributes with one POST and returns the value', async () => {
  const seen: unknown[] = [];
  const client = await agent((body, res) => {
    seen.push(body);
    res.end(JSON.stringify({ status: 200, value: { OperationMode: 'NORMAL', Joined: true } }));
  });
  const outcome = await client.read(STORAGE_SERVICE_MBEAN, ['OperationMode', 'Joined']);
  assert.deepEqual(outcome, { ok: true, value: { OperationMode: 'NORMAL', Joined: true } });
  assert.deepEqual(seen, [
    { type: 'read', mbean: STORAGE_SERVICE_MBEAN, attribute: ['OperationMode', 'Joined'] },
  ]);
});

void test('runs an operation with its arguments', async () => {
  const seen: unknown[] = [];
  const client = await agent((body, res) => {
    seen.push(body);
    res.end(JSON.stringify({ status: 200, value: null }));
  });
  assert.deepEqual(await client.exec(STORAGE_SERVICE_MBEAN, 'decommission', [false]), {
    ok: true,
    value: null,
  });
  assert.deepEqual(seen, [
    { type: 'exec', mbean: STORAGE_SERVICE_MBEAN, operation: 'decommission', arguments: [false] },
  ]);
});

void test('a JMX error inside an HTTP 200 comes back as a value', async () => {
  const client = await agent((_body, res) => {
    res.end(
      JSON.stringify({
        status: 404,
        error_type: 'javax.management.InstanceNotFoundException',
        error: 'x',
      }),
    );
  });
  const outcome = await client.read(STORAGE_SERVICE_MBEAN, 'OperationMode');
  assert.equal(outcome.ok, false);
});

void test('an agent that does not answer in time is a retryable timeout', async () => {
  const client = await agent(() => undefined, 150);
  await rejectsWith(client.read(STORAGE_SERVICE_MBEAN, 'OperationMode'), 'JOLOKIA_TIMEOUT');
});

void test('nothing listening is reported as unreachable', async () => {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((resolve) =>
    probe.close(() => {
      resolve();
    }),
  );
  const client = new JolokiaClient({ host: '127.0.0.1', port, timeoutMs: 2000 });
  await rejectsWith(client.read(STORAGE_SERVICE_MBEAN, 'OperationMode'), 'JOLOKIA_UNREACHABLE');
});

void test('an HTTP error page is an HTTP failure, not a reply', async () => {
  const client = await agent((_body, res) => {
    res.statusCode = 503;
    res.end('<html>busy</html>');
  });
  await rejectsWith(client.read(STORAGE_SERVICE_MBEAN, 'OperationMode'), 'JOLOKIA_HTTP');
});
