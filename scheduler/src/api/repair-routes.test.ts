import assert from 'node:assert/strict';
import { test } from 'node:test';
import { repairHarness, State } from '../runtime/repair/testing/harness.js';
import { repairApiSource, type SchemaRead } from '../testing/repair-api-source.js';
import { route } from './routes.js';
import type { StatusSource } from './view.js';

const TOKEN = 'secret';

const sourceWith = repairApiSource;

const call = (source: StatusSource, method: string, path: string, body?: unknown, auth = true) =>
  route({ method, path, authorization: auth ? `Bearer ${TOKEN}` : null, body }, source, TOKEN);

void test('repair routes: start a run, show it, pause it, and list runs; changes need the token', async () => {
  const h = repairHarness();
  await h.loop.load();
  const source = sourceWith(h, true);
  const refused = await call(source, 'POST', '/v1/repairs', {}, false);
  assert.equal(refused.status, 401);
  assert.equal(h.loop.run, null, 'nothing started without the token');
  const started = await call(source, 'POST', '/v1/repairs', { keyspaces: ['shop'] });
  assert.equal(started.status, 201);
  const run = started.body as { runId: string; status: string; keyspaces: string[] };
  assert.deepEqual([run.runId, run.status, run.keyspaces], ['run-1', 'running', ['shop']]);
  const again = await call(source, 'POST', '/v1/repairs', {});
  assert.equal(again.status, 409, 'a second run while one goes is refused, with the reason');
  assert.match((again.body as { error: string }).error, /still going/);
  const paused = await call(source, 'POST', '/v1/repairs/run-1/pause');
  assert.equal(paused.status, 202);
  assert.equal((paused.body as { status: string }).status, 'pausing');
  const shown = await call(source, 'GET', '/v1/repairs/run-1');
  assert.equal((shown.body as { reason: string }).reason, h.loop.reason);
  const list = await call(source, 'GET', '/v1/repairs');
  assert.equal((list.body as { runs: unknown[] }).runs.length, 1);
  assert.equal((await call(source, 'GET', '/v1/repairs/nope')).status, 404);
  assert.equal((await call(source, 'POST', '/v1/repairs/nope/abort')).status, 404);
  const bad = await call(source, 'POST', '/v1/repairs', { keyspaces: 'shop' });
  assert.equal(bad.status, 400);
  const bare = await call(source, 'POST', '/v1/repairs', ['shop']);
  assert.equal(bare.status, 400, 'a bare list is not a body: it would repair the configured scope');
});

void test('repair routes: the schedule shows its next fire time and can be paused and resumed', async () => {
  const h = repairHarness();
  await h.loop.load();
  const source = sourceWith(h, true);
  const shown = (await call(source, 'GET', '/v1/repair-schedule')).body as Record<string, unknown>;
  assert.equal(shown['schedule'], '0 2 * * *');
  assert.equal(shown['nextFireAtMs'], Date.parse('2026-03-01T02:00:00Z'));
  const paused = await call(source, 'POST', '/v1/repair-schedule/pause');
  assert.equal((paused.body as { paused: boolean }).paused, true);
  assert.equal((await h.store.schedule()).value.paused, true, 'stored, so a new leader keeps it');
  const resumed = await call(source, 'POST', '/v1/repair-schedule/resume');
  assert.equal((resumed.body as { paused: boolean }).paused, false);
});

void test('repair routes: a standby shows runs from the store and refuses changes', async () => {
  const h = repairHarness();
  await h.loop.load();
  await call(sourceWith(h, true), 'POST', '/v1/repairs', {});
  const standby = sourceWith(h, false);
  const list = (await call(standby, 'GET', '/v1/repairs')).body as { runs: { runId: string }[] };
  assert.deepEqual(
    list.runs.map((r) => r.runId),
    ['run-1'],
  );
  assert.equal((await call(standby, 'POST', '/v1/repairs/run-1/pause')).status, 503);
});

void test('/v1/status flags a keyspace not fully repaired within gc_grace_seconds', async () => {
  const h = repairHarness();
  await h.loop.load();
  await h.loop.wake();
  const source = sourceWith(h, true);
  await call(source, 'POST', '/v1/repairs', { keyspaces: ['shop'] });
  for (const nodeId of ['node-0', 'node-1', 'node-2']) {
    await h.report(`repair.run-1.${nodeId}.1`, State.SUCCEEDED, { steps_done: 1 });
  }
  const status = (await call(source, 'GET', '/v1/status')).body as {
    repairs: { keyspaces: { keyspace: string; overdue: boolean }[]; overdue: string[] };
  };
  assert.deepEqual(status.repairs.overdue, []);
  h.clock.advance(3_601_000);
  const later = (await call(source, 'GET', '/v1/status')).body as typeof status;
  assert.deepEqual(later.repairs.overdue, ['shop'], 'past gc_grace_seconds (1 h here)');
});

void test('a standby shows the schedule as the leader does: next fire time from the stored state', async () => {
  const h = repairHarness({ config: { window: '01:00-05:00' } });
  await h.loop.load();
  const leader = sourceWith(h, true);
  const standby = sourceWith(h, false);
  const shown = async (source: StatusSource) =>
    (await call(source, 'GET', '/v1/repair-schedule')).body as Record<string, unknown>;
  const fromStandby = await shown(standby);
  assert.equal(fromStandby['window'], '01:00-05:00');
  assert.equal(fromStandby['nextFireAtMs'], Date.parse('2026-03-01T02:00:00Z'));
  assert.deepEqual(fromStandby, await shown(leader));
  h.clock.advance(60_000);
  assert.equal(
    (await shown(standby))['nextFireAtMs'],
    Date.parse('2026-03-02T02:00:00Z'),
    'past 02:00 the next one is tomorrow: the injected clock decides',
  );
  await call(leader, 'POST', '/v1/repair-schedule/pause');
  const paused = await shown(standby);
  assert.deepEqual([paused['paused'], paused['nextFireAtMs']], [true, null]);
  assert.deepEqual(paused, await shown(leader));
});

void test('/v1/status: gc_grace_seconds from the schema (smallest table), or the config, saying so', async () => {
  const h = repairHarness();
  await h.loop.load();
  await h.loop.wake();
  const schema: SchemaRead = () =>
    Promise.resolve({
      ok: true,
      readAtMs: h.clock.now(),
      tables: [
        { keyspace: 'shop', table: 'orders', gcGraceSeconds: 864_000 },
        { keyspace: 'shop', table: 'carts', gcGraceSeconds: 600 },
      ],
    });
  interface Repairs {
    source: string;
    reason: string | null;
    keyspaces: { keyspace: string; gcGraceSeconds: number }[];
  }
  const repairs = async (source: StatusSource) =>
    ((await call(source, 'GET', '/v1/status')).body as { repairs: Repairs }).repairs;
  const read = await repairs(sourceWith(h, true, schema));
  assert.equal(read.source, 'cassandra');
  assert.deepEqual(
    read.keyspaces.map((k) => [k.keyspace, k.gcGraceSeconds]),
    [['shop', 600]],
  );
  await call(sourceWith(h, true), 'POST', '/v1/repairs', { keyspaces: ['shop'] });
  const fallback = await repairs(sourceWith(h, false));
  assert.equal(fallback.source, 'config');
  assert.match(fallback.reason ?? '', /no node is Up/);
  assert.deepEqual(
    fallback.keyspaces.map((k) => [k.keyspace, k.gcGraceSeconds]),
    [['shop', 3600]],
  );
});
