import { test } from 'node:test';
import assert from 'node:assert/strict';
import { route } from './routes.js';
import type { StatusSource } from './view.js';
import type { OpsApiSource } from './ops-routes.js';
import { parseProposed } from '../config/proposed.js';
import {
  EMPTY_OPS_STATE,
  observeRing,
  requestOperation,
  storedReport,
  validateChange,
  type OpsState,
} from '../domain/ops/index.js';
import type { NodeRecord } from '../domain/node.js';
import { health, node, T0 } from '../testing/builders.js';
import { epochMs } from '../domain/time.js';

const defaults = parseProposed({ env: {} });
if (!defaults.ok) throw new Error('the default config does not parse');
const running = defaults.config;

const placed = (i: number, extra: Partial<NodeRecord> = {}): NodeRecord =>
  node(i, {
    phase: 'Up',
    health: health({ liveNodes: ['10.0.0.1', '10.0.0.2', '10.0.0.3'] }),
    seed: i < 2,
    placement: {
      agentId: `a${i}`,
      hostname: `h${i}`,
      address: `10.0.0.${i + 1}`,
      rack: 'r1',
      persistenceId: `v${i}`,
      volumePath: 'data',
      reservedResources: [],
    },
    ...extra,
  });
const nodes = [placed(0), placed(1), placed(2, { phase: 'Failed', lastTaskState: 'TASK_FAILED' })];

/** The pure core behind the routes, over one ops state: what the leader's runtime does, minus I/O. */
function opsOver(leading: boolean): OpsApiSource & { state: OpsState } {
  const ops = {
    state: EMPTY_OPS_STATE,
    report: () => Promise.resolve(null),
    request: (kind: 'restart' | 'replace' | 'cleanup', nodeId: string, reason: string) => {
      if (!leading) return null;
      const r = requestOperation(
        ops.state,
        { kind, nodeId, reason },
        nodes,
        observeRing(nodes),
        epochMs(T0),
      );
      if (r.ok) ops.state = r.state;
      return Promise.resolve(r);
    },
    diff: (body: unknown) => {
      const proposed = body === null ? defaults : parseProposed(body);
      if (!proposed.ok) return Promise.resolve(proposed);
      return Promise.resolve(
        validateChange(running, proposed.config, { nodes, keyspaces: null, items: [] }),
      );
    },
  };
  return ops;
}

const sourceWith = (ops: OpsApiSource): StatusSource => ({
  leadership: () => Promise.resolve({ leader: 'me', isLeader: true }),
  frameworkId: () => Promise.resolve('F'),
  subscribed: () => null,
  reconciliation: () => 'settled',
  target: () => running.ring,
  configErrors: () => [],
  nodes: () => Promise.resolve(nodes),
  plan: () => ({ actions: [], steps: [] }),
  ops,
});

const TOKEN = 's3cret';
const post = (
  path: string,
  body: unknown = {},
  authorization: string | null = `Bearer ${TOKEN}`,
) => ({
  method: 'POST',
  path,
  authorization,
  body,
});

void test('POST /v1/nodes/{id}/restart needs the token, queues once, and says so', async () => {
  const ops = opsOver(true);
  const source = sourceWith(ops);
  const refused = await route(post('/v1/nodes/node-1/restart', {}, null), source, TOKEN);
  assert.equal(refused.status, 401);
  assert.equal(ops.state.items.length, 0);
  // The server hands a body that is not JSON on as its text: a typo queues nothing.
  const garbled = await route(post('/v1/nodes/node-1/restart', '{reason: gc'), source, TOKEN);
  assert.equal(garbled.status, 400);
  assert.equal(ops.state.items.length, 0);
  const first = await route(post('/v1/nodes/node-1/restart', { reason: 'gc' }), source, TOKEN);
  assert.equal(first.status, 202);
  assert.match((first.body as { message: string }).message, /queued op-1: restart node-1/);
  const again = await route(post('/v1/nodes/node-1/restart'), source, TOKEN);
  assert.equal(again.status, 200);
  assert.match((again.body as { message: string }).message, /already queued as op-1/);
  assert.equal(ops.state.items.length, 1);
});

void test('POST replace: a live node is refused (409), an unknown one is 404, a standby says 503', async () => {
  const source = sourceWith(opsOver(true));
  const live = await route(post('/v1/nodes/node-0/replace'), source, TOKEN);
  assert.equal(live.status, 409);
  assert.equal((live.body as { code: string }).code, 'NODE_LIVE');
  assert.equal((await route(post('/v1/nodes/node-9/replace'), source, TOKEN)).status, 404);
  const down = await route(post('/v1/nodes/node-2/replace'), source, TOKEN);
  assert.equal(down.status, 202);
  const standby = await route(post('/v1/nodes/node-2/replace'), sourceWith(opsOver(false)), TOKEN);
  assert.equal(standby.status, 503);
});

void test('POST /v1/config/diff answers the ChangeResult the CLI reads: restarts, or errors with codes', async () => {
  const source = sourceWith(opsOver(true));
  const heap = await route(
    post('/v1/config/diff', { env: { CASSANDRA_HEAP_MB: '768' } }, null),
    source,
    TOKEN,
  );
  assert.equal(heap.status, 200);
  const diff = (
    heap.body as { ok: true; diff: { changes: { key: string }[]; restarts: { nodeId: string }[] } }
  ).diff;
  assert.deepEqual(
    diff.changes.map((c) => c.key),
    ['cassandra.heapMb'],
  );
  assert.deepEqual(diff.restarts.map((r) => r.nodeId).sort(), ['node-0', 'node-1', 'node-2']);
  const renamed = await route(
    post('/v1/config/diff', { settingsYaml: 'cassandra:\n  clusterName: other\n' }),
    source,
    TOKEN,
  );
  assert.equal(renamed.status, 422);
  const errors = (renamed.body as { errors: { key: string; code: string }[] }).errors;
  assert.ok(errors.some((e) => e.code === 'IMMUTABLE' && e.key.includes('clusterName')));
  const bad = await route(
    post('/v1/config/diff', { env: { CASSANDRA_HEAP_MB: 'lots' } }),
    source,
    TOKEN,
  );
  assert.equal(bad.status, 422);
  assert.equal((bad.body as { errors: { code: string }[] }).errors[0]?.code, 'INVALID');
  const number = await route(
    post('/v1/config/diff', { env: { CASSANDRA_HEAP_MB: 6144 } }),
    source,
    TOKEN,
  );
  assert.equal(number.status, 422, 'a non-string value is refused, not dropped from the diff');
  assert.equal(
    (number.body as { errors: { key: string }[] }).errors[0]?.key,
    'env.CASSANDRA_HEAP_MB',
  );
  const same = await route(
    { method: 'GET', path: '/v1/config/diff', authorization: null },
    source,
    TOKEN,
  );
  assert.deepEqual((same.body as { diff: { changes: unknown[] } }).diff.changes, []);
});

void test('GET /v1/endpoints lists serving nodes only; GET /v1/seeds the placed seeds', async () => {
  const source = sourceWith(opsOver(true));
  const get = (path: string) => route({ method: 'GET', path, authorization: null }, source, TOKEN);
  assert.deepEqual((await get('/v1/endpoints')).body, {
    native: ['10.0.0.1:9042', '10.0.0.2:9042'],
  });
  assert.deepEqual((await get('/v1/seeds')).body, { seeds: ['10.0.0.1', '10.0.0.2'] });
});

void test('GET /v1/plan before any ops pass (a leader loading, a standby) shows the stored queue', async () => {
  const ops = opsOver(true);
  await route(post('/v1/nodes/node-2/replace', { reason: 'agent gone' }), sourceWith(ops), TOKEN);
  // No pass has run over this state: the queue as stored is what an operator must see, not [].
  const source = sourceWith({ ...ops, report: () => Promise.resolve(storedReport(ops.state)) });
  const answer = await route(
    { method: 'GET', path: '/v1/plan', authorization: null },
    source,
    TOKEN,
  );
  assert.equal(answer.status, 202, 'an open item: busy');
  const { queue } = answer.body as { queue: { kind: string; nodeId: string; state: string }[] };
  assert.deepEqual(
    queue.map((l) => [l.kind, l.nodeId, l.state]),
    [['replace', 'node-2', 'queued']],
  );
});
