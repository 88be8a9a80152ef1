import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Plan } from '../domain/actions.js';
import { repairHarness } from '../runtime/repair/testing/harness.js';
import { repairApiSource } from '../testing/repair-api-source.js';
import { OPENAPI } from './openapi.js';
import { documentedOperations, matchRoute } from './route-table.js';
import { route, type ApiResponse } from './routes.js';
import type { StatusSource } from './view.js';

const TOKEN = 'tok';
const busyPlan: Plan = {
  actions: [],
  steps: [{ nodeId: 'node-1', seed: true, phase: 'Pending', status: 'inProgress', reason: 'x' }],
};

/** A leader with every part wired: ops queue, repair loop (with one run, run-1), config diff. */
async function leader(): Promise<StatusSource> {
  const h = repairHarness();
  await h.loop.load();
  return {
    ...repairApiSource(h, true),
    plan: () => busyPlan,
    ops: {
      report: () => Promise.resolve(null),
      request: () => Promise.resolve({ ok: false, code: 'NODE_UNKNOWN', message: 'test' }),
      diff: () =>
        Promise.resolve({
          ok: true,
          diff: { changes: [], restarts: [], nextRestart: [], scale: null, notes: [] },
        }),
    },
  };
}

const call = (source: StatusSource, method: string, path: string, auth = true) =>
  route({ method, path, authorization: auth ? `Bearer ${TOKEN}` : null, body: {} }, source, TOKEN);

/** The handler's own "I have no such route" answers (a missing resource is no such answer). */
function isNoRoute(answer: ApiResponse): boolean {
  const error = (answer.body as { error?: unknown } | null)?.error;
  return answer.status === 405 || (typeof error === 'string' && error.startsWith('no route'));
}

void test('the repair routes are documented, with their auth', () => {
  const operations = documentedOperations();
  for (const op of [
    'GET /v1/repairs',
    'POST /v1/repairs',
    'GET /v1/repairs/{id}',
    'POST /v1/repairs/{id}/pause',
    'POST /v1/repairs/{id}/resume',
    'POST /v1/repairs/{id}/abort',
    'POST /v1/repairs/{id}/abort-now',
    'GET /v1/repair-schedule',
    'POST /v1/repair-schedule/pause',
    'POST /v1/repair-schedule/resume',
  ]) {
    assert.ok(operations.includes(op), `${op} is in /v1/openapi.json`);
  }
});

void test('every documented operation is served by a handler (ids filled in)', async () => {
  const source = await leader();
  // A run to name in the {id} paths of runs; node-0 for the nodes.
  assert.equal((await call(source, 'POST', '/v1/repairs')).status, 201);
  for (const op of documentedOperations()) {
    const [method = '', template = ''] = op.split(' ');
    const id = template.startsWith('/v1/repairs/') ? 'run-1' : 'node-0';
    const answer = await call(source, method, template.replace('{id}', id));
    assert.ok(!isNoRoute(answer), `${op}: ${JSON.stringify(answer)}`);
    if (method === 'GET') assert.ok([200, 202].includes(answer.status), `${op}: ${answer.status}`);
  }
});

void test('a path the document does not list is never served, whatever a handler would do', async () => {
  const source = await leader();
  const cases: [string, string, number][] = [
    ['GET', '/v1/nope', 404],
    ['POST', '/v1/repairs/run-1/explode', 404],
    ['POST', '/v1/repair-schedule/skip', 404],
    ['GET', '/v1/repair-schedule/extra', 404],
    ['DELETE', '/v1/repairs/run-1', 405],
    ['POST', '/v1/status', 405],
  ];
  for (const [method, path, status] of cases) {
    assert.equal((await call(source, method, path)).status, status, `${method} ${path}`);
  }
  assert.equal(matchRoute('HEAD', '/v1/status'), 'served', 'HEAD is a GET');
});

void test('every mutation asks for the bearer token, in the document and when served', async () => {
  const source = await leader();
  const readOnlyPosts = ['POST /v1/config/diff'];
  for (const [path, item] of Object.entries(OPENAPI.paths)) {
    if (!('post' in item)) continue;
    const op = `POST ${path}`;
    if (readOnlyPosts.includes(op)) continue;
    assert.ok('security' in item.post, `${op} documents the bearer token`);
    const id = path.startsWith('/v1/repairs/') ? 'run-1' : 'node-0';
    const answer = await call(source, 'POST', path.replace('{id}', id), false);
    assert.equal(answer.status, 401, `${op} without the token`);
  }
});

void test('every $ref in the document names a schema it has', () => {
  const refs = JSON.stringify(OPENAPI).match(/#\/components\/schemas\/[A-Za-z]+/g) ?? [];
  for (const ref of new Set(refs)) {
    const name = ref.slice(ref.lastIndexOf('/') + 1);
    assert.ok(name in OPENAPI.components.schemas, ref);
  }
});
