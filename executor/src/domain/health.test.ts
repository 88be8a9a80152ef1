// Health parsing from replies captured from a real Cassandra 5.0.9 node through Jolokia
// (testing/capture-fixtures.ts): every start-up stage, NORMAL, and after a drain.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseJolokiaBulkReply } from '../cassandra/jolokia-bulk.js';
import { capturedText } from '../testing/fixtures.js';
import {
  decideReport,
  HEALTH_READS,
  healthKey,
  isHealthy,
  keepAliveMs,
  readHealth,
  type NodeHealthReport,
} from './health.js';

const context = { nowMs: 1_700_000_000_000, configVersion: 'v7' };

function captured(stage: string): NodeHealthReport {
  const replies = parseJolokiaBulkReply(
    capturedText(`jolokia-health-${stage}.json`),
    HEALTH_READS.length,
  );
  assert.ok(replies, `jolokia-health-${stage}.json is a bulk reply to the health reads`);
  return readHealth({ kind: 'answered', replies }, context);
}

void test('a NORMAL node with CQL up is healthy, and every figure is read', () => {
  const report = captured('normal');
  assert.equal(isHealthy(report), true);
  assert.deepEqual(
    { ...report, heap_used_bytes: report.heap_used_bytes > 0, load_bytes: report.load_bytes > 0 },
    {
      probed_at_ms: context.nowMs,
      problem: '',
      config_version: 'v7',
      host_id: 'bf5e3678-954c-4cb1-ba9f-d36edc2e9a80',
      cassandra_version: '5.0.9',
      operation_mode: 'NORMAL',
      joined: true,
      native_transport_running: true,
      gossip_running: true,
      live_nodes: ['127.0.4.9:7000'],
      unreachable_nodes: [],
      joining_nodes: [],
      leaving_nodes: [],
      moving_nodes: [],
      pending_compactions: 2,
      dropped_messages: 0,
      heap_used_bytes: true,
      heap_max_bytes: 536_870_912,
      load_bytes: true,
    },
  );
});

const stages: readonly { stage: string; mode: string; joined: boolean; native: boolean }[] = [
  { stage: 'not-registered', mode: 'STARTING', joined: false, native: false },
  { stage: 'starting', mode: 'STARTING', joined: false, native: false },
  { stage: 'joining', mode: 'JOINING', joined: false, native: false },
  { stage: 'drained', mode: 'DRAINED', joined: true, native: false },
];

for (const s of stages) {
  void test(`${s.stage}: mode ${s.mode}, not healthy, and not a probe problem`, () => {
    const report = captured(s.stage);
    assert.equal(report.operation_mode, s.mode);
    assert.equal(report.joined, s.joined);
    assert.equal(report.native_transport_running, s.native);
    assert.equal(report.problem, '');
    assert.equal(isHealthy(report), false);
  });
}

void test('before StorageService is registered, the heap is still read (the JVM is up)', () => {
  const report = captured('not-registered');
  assert.equal(report.heap_max_bytes, 536_870_912);
  assert.equal(report.host_id, '');
});

void test('an unreachable Jolokia is an unhealthy report that says why', () => {
  const report = readHealth(
    { kind: 'unreachable', detail: 'connect ECONNREFUSED 127.0.4.9:8778' },
    context,
  );
  assert.equal(report.problem, 'jolokia unreachable: connect ECONNREFUSED 127.0.4.9:8778');
  assert.equal(isHealthy(report), false);
  assert.equal(report.config_version, 'v7');
});

void test('a StorageService read failing for another reason is a problem, not a mode', () => {
  const replies = [
    { ok: false as const, status: 500, errorType: 'java.lang.OutOfMemoryError', error: 'heap' },
  ];
  const report = readHealth({ kind: 'answered', replies }, context);
  assert.match(report.problem, /StorageService unreadable: java.lang.OutOfMemoryError/);
  assert.equal(isHealthy(report), false);
});

void test('the change key ignores gauges but sees mode, flags, ring membership and problem kind', () => {
  const normal = captured('normal');
  const busier = {
    ...normal,
    heap_used_bytes: 1,
    load_bytes: 2,
    pending_compactions: 9,
    probed_at_ms: 5,
  };
  assert.equal(healthKey(busier), healthKey(normal));
  const peerDown = { ...normal, unreachable_nodes: ['127.0.4.2:7000'] };
  assert.notEqual(healthKey(peerDown), healthKey(normal));
  assert.notEqual(healthKey(captured('drained')), healthKey(normal));
  const slow = { ...normal, problem: 'jolokia unreachable: did not answer within 5000 ms' };
  const slower = {
    ...normal,
    problem: 'jolokia unreachable: did not answer within 5000 ms (again)',
  };
  assert.equal(healthKey(slow), healthKey(slower));
});

void test('reports go out on change and as a slow keep-alive, never once per probe', () => {
  const normal = captured('normal');
  const keepAlive = keepAliveMs(10_000);
  assert.equal(keepAlive, 60_000);
  assert.equal(decideReport(undefined, normal, 0, keepAlive), 'changed');
  const sent = { key: healthKey(normal), atMs: 0 };
  let updates = 0;
  // Ten minutes of probes every 10 s with nothing changing: one keep-alive a minute.
  for (let now = 10_000, last = sent; now <= 600_000; now += 10_000) {
    if (decideReport(last, normal, now, keepAlive) !== 'skip') {
      updates++;
      last = { key: healthKey(normal), atMs: now };
    }
  }
  assert.equal(updates, 10);
  assert.equal(decideReport(sent, captured('drained'), 10_000, keepAlive), 'changed');
});
