import assert from 'node:assert/strict';
import { test } from 'node:test';
import { gcGraceReport, keyspaceGcGrace, type TableGcGrace } from './gc-grace-source.js';
import type { KeyspaceScope } from './keyspaces.js';
import type { RepairRun } from './run.js';
import { at, run, succeeded, withSteps } from './testing/builders.js';

const HOUR = 3_600;
const now = at('2024-05-20T00:00:00Z');
const ringCreated = at('2024-05-01T00:00:00Z');
const all: KeyspaceScope = { include: [], exclude: [] };

const table = (keyspace: string, name: string, gcGraceSeconds: number): TableGcGrace => ({
  keyspace,
  table: name,
  gcGraceSeconds,
});

const schema = [
  table('shop', 'orders', 864_000),
  table('shop', 'carts', 6 * HOUR),
  table('shop', 'mv_by_user', 864_000),
  table('users', 'profiles', 864_000),
  table('system', 'local', 0),
  table('system_auth', 'roles', 7_776_000),
];

/** shop and users repaired on all three nodes, starting 2024-05-19 12:00 (12 h before now). */
function repaired(): RepairRun {
  const start = at('2024-05-19T12:00:00Z');
  const results = [succeeded('shop', start), succeeded('users', start)];
  return withSteps(run(), {
    'node-0': { status: 'succeeded', results },
    'node-1': { status: 'succeeded', results },
    'node-2': { status: 'succeeded', results },
  });
}

function report(
  tables: readonly TableGcGrace[] | string,
  scope = all,
  runs: readonly RepairRun[] = [repaired()],
) {
  return gcGraceReport(
    {
      schema:
        typeof tables === 'string'
          ? { ok: false, reason: tables }
          : { ok: true, tables, readAtMs: now },
      scope,
      runs,
      trackedSinceMs: ringCreated,
      configGcGraceSeconds: 864_000,
    },
    now,
  );
}

void test('per keyspace, the smallest gc_grace_seconds among its tables', () => {
  assert.deepEqual([...keyspaceGcGrace(schema)].sort(), [
    ['shop', 6 * HOUR],
    ['system', 0],
    ['system_auth', 7_776_000],
    ['users', 864_000],
  ]);
});

void test('the tightest table decides: a keyspace with a 6 h table is overdue 12 h after its repair', () => {
  const r = report(schema);
  assert.equal(r.source, 'cassandra');
  assert.equal(r.reason, null);
  assert.deepEqual(
    r.keyspaces.map((l) => [l.keyspace, l.gcGraceSeconds, l.overdue]),
    [
      ['shop', 6 * HOUR, true],
      ['users', 864_000, false],
    ],
  );
  assert.deepEqual(r.overdue, ['shop']);
});

void test('which keyspaces are shown: the repair scope as the schema has it', () => {
  const cases: { scope: KeyspaceScope; want: string[] }[] = [
    { scope: all, want: ['shop', 'users'] },
    { scope: { include: [], exclude: ['users'] }, want: ['shop'] },
    {
      scope: { include: ['users', 'system_auth', 'gone'], exclude: [] },
      want: ['system_auth', 'users'],
    },
  ];
  for (const { scope, want } of cases) {
    assert.deepEqual(
      report(schema, scope).keyspaces.map((l) => l.keyspace),
      want,
      JSON.stringify(scope),
    );
  }
});

void test('a keyspace without tables has nothing to lose and is not shown', () => {
  const r = report([table('users', 'profiles', 864_000)], {
    include: ['shop', 'users'],
    exclude: [],
  });
  assert.deepEqual(
    r.keyspaces.map((l) => l.keyspace),
    ['users'],
  );
});

void test('no node could be asked: the configured gc_grace, and the status says so and why', () => {
  const r = report('no node is Up', { include: ['shop'], exclude: [] }, [repaired()]);
  assert.equal(r.source, 'config');
  assert.equal(r.readAtMs, null);
  assert.match(r.reason ?? '', /from the config: no node is Up/);
  assert.deepEqual(
    r.keyspaces.map((l) => [l.keyspace, l.gcGraceSeconds, l.overdue]),
    [
      ['shop', 864_000, false],
      ['users', 864_000, false],
    ],
    'configured and repaired keyspaces, with the configured value',
  );
});

void test('never repaired: counted from when tracking began, against the schema value', () => {
  const r = report([table('shop', 'orders', 30 * 86_400)], all, []);
  assert.deepEqual(
    r.keyspaces.map((l) => [l.keyspace, l.lastRepairedAtMs, l.sinceMs, l.overdue]),
    [['shop', null, now - ringCreated, false]],
  );
});
