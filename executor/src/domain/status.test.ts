import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseJolokiaBulkReply } from '../cassandra/jolokia-bulk.js';
import { capturedText } from '../testing/fixtures.js';
import { HEALTH_READS, readHealth } from './health.js';
import { healthStatus, isProbeTrigger } from './status.js';

function captured(stage: string) {
  const replies = parseJolokiaBulkReply(
    capturedText(`jolokia-health-${stage}.json`),
    HEALTH_READS.length,
  );
  assert.ok(replies);
  return readHealth({ kind: 'answered', replies }, { nowMs: 0, configVersion: 'v1' });
}

void test('a healthy node: healthy, labelled NORMAL, a one-line summary', () => {
  assert.deepEqual(healthStatus(captured('normal')), {
    healthy: true,
    message: 'NORMAL, CQL up, 1 live, 0 unreachable',
    labels: { 'cmf.mode': 'NORMAL', 'cmf.healthy': 'true' },
  });
});

void test('a joining node is unhealthy and says so', () => {
  const status = healthStatus(captured('joining'));
  assert.equal(status.healthy, false);
  assert.equal(status.message, 'JOINING (not joined), CQL down, 1 live, 0 unreachable');
  assert.equal(status.labels['cmf.mode'], 'JOINING');
});

void test('a failed probe is labelled with the kind of problem and carries the reason', () => {
  const report = readHealth(
    { kind: 'unreachable', detail: 'did not answer within 5000 ms' },
    { nowMs: 0, configVersion: '' },
  );
  assert.deepEqual(healthStatus(report), {
    healthy: false,
    message: 'jolokia unreachable: did not answer within 5000 ms',
    labels: { 'cmf.mode': 'UNKNOWN', 'cmf.healthy': 'false', 'cmf.problem': 'jolokia unreachable' },
  });
});

void test('in a real start-up log only NORMAL and the CQL listener trigger a probe', () => {
  const lines = capturedText('cassandra-console-startup.log').trim().split('\n');
  const triggers = lines.filter(isProbeTrigger);
  assert.equal(triggers.length, 2, triggers.join('\n'));
  assert.match(triggers[0] ?? '', /Node \/127\.0\.4\.9:7000 state jump to NORMAL$/);
  assert.match(triggers[1] ?? '', /Starting listening for CQL clients on \/127\.0\.4\.9:9042/);
});

// Two lines of a restarted node's console (Cassandra 5.0.9, e2e self-healing): the native transport
// counts as running only once the second is logged, so that one must trigger a probe too.
void test('the line that ends start-up triggers a probe, after the one that opens CQL', () => {
  const lines = [
    'INFO  [main] 2026-11-21 10:42:16,274 PipelineConfigurator.java:148 - Starting listening for CQL clients on /127.0.3.2:9042 (unencrypted)...',
    'INFO  [main] 2026-11-21 10:42:16,287 CassandraDaemon.java:744 - Startup complete',
    'INFO  [Native-Transport-Requests-1] 2026-11-21 10:42:16,614 QueryProcessor.java:700 - Fully upgraded to at least 5.0.9',
  ];
  assert.deepEqual(lines.map(isProbeTrigger), [true, true, false]);
});
