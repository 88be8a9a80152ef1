import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { isAuthorized, route } from './routes.js';
import { startApi, type ApiServer } from './server.js';
import type { StatusSource } from './view.js';
import { health, node, spec } from '../testing/builders.js';
import { RecordingLogger } from '../testing/recording-logger.js';
import type { Plan } from '../domain/actions.js';

const plan: Plan = {
  actions: [{ type: 'suppress', reason: 'no node needs an offer' }],
  steps: [
    { nodeId: 'node-0', seed: true, phase: 'Up', status: 'done', reason: 'NORMAL and seen UP' },
    {
      nodeId: 'node-1',
      seed: true,
      phase: 'Pending',
      status: 'inProgress',
      reason: 'needs an offer on a new agent: none seen yet',
    },
  ],
};
const source: StatusSource = {
  leadership: () => Promise.resolve({ leader: '127.0.0.1:8080', isLeader: true }),
  frameworkId: () => Promise.resolve('F-0001'),
  subscribed: () => ({ master: '127.0.0.1:5050' }),
  reconciliation: () => 'settled',
  target: () => spec({ nodeCount: 2 }),
  configErrors: () => [],
  nodes: () =>
    Promise.resolve([
      node(0, {
        phase: 'Up',
        health: health(),
        placement: {
          agentId: 'a1',
          hostname: 'h1',
          address: '10.0.0.1',
          rack: 'r1',
          persistenceId: 'v',
          volumePath: 'data',
          reservedResources: [],
        },
      }),
      node(1),
    ]),
  plan: () => plan,
};

const get = (path: string) => route({ method: 'GET', path, authorization: null }, source, 'tok');

void test('GET /health says the process is alive, whatever the ring does', async () => {
  assert.deepEqual(await get('/health'), { status: 200, body: { status: 'ok' } });
});

void test('GET /v1/status shows desired vs actual and each node with its phase and reason', async () => {
  const { status, body } = await get('/v1/status');
  assert.equal(status, 200);
  const b = body as {
    desired: { nodes: number };
    actual: { up: number };
    nodes: { id: string; phase: string; reason: string }[];
    leadership: unknown;
    reconciliation: string;
  };
  assert.equal(b.desired.nodes, 2);
  assert.equal(b.actual.up, 1);
  assert.equal(b.reconciliation, 'settled');
  assert.deepEqual(b.leadership, { leader: '127.0.0.1:8080', isLeader: true });
  assert.deepEqual(
    b.nodes.map((n) => [n.id, n.phase, n.reason]),
    [
      ['node-0', 'Up', 'NORMAL and seen UP'],
      ['node-1', 'Pending', 'needs an offer on a new agent: none seen yet'],
    ],
  );
});

void test('GET /v1/nodes/{id} finds a node, or answers 404', async () => {
  const found = await get('/v1/nodes/node-0');
  assert.equal(found.status, 200);
  assert.equal((found.body as { address: string }).address, '10.0.0.1');
  assert.equal((await get('/v1/nodes/node-9')).status, 404);
});

void test('a path whose %-escapes do not decode is a 400, before any route decodes it', async () => {
  const answer = await get('/v1/nodes/%E0%A4%A');
  assert.equal(answer.status, 400);
  assert.match((answer.body as { error: string }).error, /does not decode/);
});

void test('GET /v1/plan lists steps and the last actions with their reasons', async () => {
  const { body } = await get('/v1/plan');
  assert.deepEqual((body as { actions: unknown }).actions, [
    { type: 'suppress', reason: 'no node needs an offer' },
  ]);
});

void test('a mutation without the bearer token is 401; with it, 405 until mutations exist', async () => {
  const post = (authorization: string | null) =>
    route({ method: 'POST', path: '/v1/nodes/node-0/restart', authorization }, source, 'tok');
  assert.equal((await post(null)).status, 401);
  assert.equal((await post('Bearer nope')).status, 401);
  assert.equal((await post('Bearer tok')).status, 405);
  assert.ok(!isAuthorized('Bearer tok', null), 'no token configured: no mutations at all');
});

let server: ApiServer | null = null;
after(async () => {
  await server?.close();
});

void test('the server answers JSON on a loopback port', async () => {
  server = await startApi(
    { host: '127.0.0.1', port: 0, token: null },
    source,
    new RecordingLogger(),
  );
  const response = await fetch(`http://${server.address}/v1/nodes`);
  assert.equal(response.status, 200);
  assert.equal(response.headers.get('content-type'), 'application/json');
  assert.equal(((await response.json()) as unknown[]).length, 2);
});
