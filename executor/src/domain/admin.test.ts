import { cmf } from '@cmf/proto/executor';
import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  decideAdminRequest,
  planOperation,
  readCleanupStatus,
  readRepairStatus,
  type AdminBook,
  type AdminReportView,
} from './admin.js';

const NOW = 1_000;
const request = (fields: cmf.v1.AdminRequest.$Properties): cmf.v1.AdminRequest =>
  cmf.v1.AdminRequest.decode(cmf.v1.AdminRequest.encode(new cmf.v1.AdminRequest(fields)).finish());
const empty: AdminBook = { reports: new Map() };
const report = (requestId: string, state: AdminReportView['state']): AdminReportView => ({
  requestId,
  state,
  message: 'm',
  stepsDone: 1,
  stepsTotal: 3,
  startedAtMs: 5,
  finishedAtMs: 0,
});
const repairing: AdminBook = {
  running: { requestId: 'r-1', kind: 'repair' },
  reports: new Map([['r-1', report('r-1', 'RUNNING')]]),
};
const decommissioning: AdminBook = {
  running: { requestId: 'd-1', kind: 'decommission' },
  reports: new Map([['d-1', report('d-1', 'RUNNING')]]),
};

interface Case {
  readonly name: string;
  readonly request: cmf.v1.AdminRequest.$Properties;
  readonly book?: AdminBook;
  readonly nodeRunning?: boolean;
  readonly type: 'reply' | 'start' | 'abort';
  readonly state: AdminReportView['state'];
  readonly message?: RegExp;
}

const cases: readonly Case[] = [
  {
    name: 'a repair on a running, idle node is accepted and started',
    request: { request_id: 'r-2', repair: {} },
    type: 'start',
    state: 'ACCEPTED',
  },
  {
    name: 'a second operation while one runs is rejected, naming the running one',
    request: { request_id: 's-1', snapshot: { tag: 't' } },
    book: repairing,
    type: 'reply',
    state: 'REJECTED',
    message: /repair r-1 is running/,
  },
  {
    name: 'an operation on a node that is not running is rejected',
    request: { request_id: 'c-1', cleanup: {} },
    nodeRunning: false,
    type: 'reply',
    state: 'REJECTED',
    message: /not running/,
  },
  {
    name: 'a re-sent request is answered with its report, never started twice',
    request: { request_id: 'r-1', repair: {} },
    book: repairing,
    type: 'reply',
    state: 'RUNNING',
  },
  {
    name: 'a query gets the report of that request',
    request: { request_id: 'q-1', query: { request_id: 'r-1' } },
    book: repairing,
    type: 'reply',
    state: 'RUNNING',
  },
  {
    name: 'a query about an unknown request says UNKNOWN',
    request: { request_id: 'q-2', query: { request_id: 'nope' } },
    type: 'reply',
    state: 'UNKNOWN',
  },
  {
    name: 'aborting the running repair aborts it',
    request: { request_id: 'a-1', abort: { request_id: 'r-1' } },
    book: repairing,
    type: 'abort',
    state: 'RUNNING',
    message: /abort requested/,
  },
  {
    name: 'a started decommission cannot be aborted',
    request: { request_id: 'a-2', abort: { request_id: 'd-1' } },
    book: decommissioning,
    type: 'reply',
    state: 'RUNNING',
    message: /cannot be aborted/,
  },
  {
    name: 'aborting something not running just reports on it',
    request: { request_id: 'a-3', abort: { request_id: 'x' } },
    book: repairing,
    type: 'reply',
    state: 'UNKNOWN',
  },
  {
    name: 'a request without an id is rejected',
    request: { drain: {} },
    type: 'reply',
    state: 'REJECTED',
    message: /request_id/,
  },
  {
    name: 'a request naming no operation is rejected',
    request: { request_id: 'n-1' },
    type: 'reply',
    state: 'REJECTED',
    message: /no operation/,
  },
];

for (const c of cases) {
  void test(c.name, () => {
    const decision = decideAdminRequest(
      request(c.request),
      c.book ?? empty,
      c.nodeRunning ?? true,
      NOW,
    );
    assert.equal(decision.type, c.type);
    assert.equal(decision.report.state, c.state);
    if (c.message) assert.match(decision.report.message, c.message);
  });
}

void test('repair options: full or incremental, primary range, tables, and its own timeout', () => {
  const full = planOperation(
    request({
      request_id: 'r',
      repair: {
        keyspaces: ['ks'],
        tables: ['a', 'b'],
        full: true,
        primary_range: true,
        timeout_ms: 60_000,
      },
    }),
  );
  assert.deepEqual(full, {
    kind: 'repair',
    keyspaces: ['ks'],
    options: {
      parallelism: 'parallel',
      incremental: 'false',
      primaryRange: 'true',
      columnFamilies: 'a,b',
    },
    timeoutMs: 60_000,
  });
  const incremental = planOperation(request({ request_id: 'r', repair: {} }));
  assert.ok(incremental?.kind === 'repair');
  assert.deepEqual(incremental.options, {
    parallelism: 'parallel',
    incremental: 'true',
    primaryRange: 'false',
  });
  assert.equal(incremental.timeoutMs, 6 * 3_600_000);
});

void test('a snapshot without a tag is tagged with its request id', () => {
  assert.deepEqual(planOperation(request({ request_id: 's-9', snapshot: { keyspaces: ['ks'] } })), {
    kind: 'snapshot',
    tag: 'cmf-s-9',
    keyspaces: ['ks'],
    timeoutMs: 600_000,
  });
});

void test('reads repair status as Cassandra reports it (captured from a real node)', () => {
  const failed = [
    'FAILED',
    'Nothing to repair for (0,0] in system_distributed - aborting',
    'Repair command #1 finished with error',
  ];
  assert.deepEqual(readRepairStatus(failed), {
    state: 'failed',
    message:
      'Nothing to repair for (0,0] in system_distributed - aborting; Repair command #1 finished with error',
  });
  assert.deepEqual(readRepairStatus(['COMPLETED', 'Repair command #2 finished']), {
    state: 'completed',
  });
  assert.deepEqual(readRepairStatus(['IN_PROGRESS']), { state: 'running' });
  assert.deepEqual(readRepairStatus(null), { state: 'unknown' });
});

void test('reads the cleanup status code', () => {
  assert.equal(readCleanupStatus(0), 'done');
  assert.equal(readCleanupStatus(1), 'aborted');
  assert.equal(readCleanupStatus(2), 'failed');
});

void test('UpdateSeeds plans a seed list update; an empty list is no operation and is refused', () => {
  assert.deepEqual(
    planOperation(
      request({
        request_id: 'op-4.update-seeds.1',
        update_seeds: { seeds: ['10.0.0.1', '10.0.0.4'] },
      }),
    ),
    { kind: 'update-seeds', seeds: ['10.0.0.1', '10.0.0.4'], timeoutMs: 60_000 },
  );
  const refused = decideAdminRequest(
    request({ request_id: 'op-4.update-seeds.2', update_seeds: { seeds: [] } }),
    empty,
    true,
    1,
  );
  assert.equal(refused.type, 'reply');
  assert.equal(refused.report.state, 'REJECTED');
});
