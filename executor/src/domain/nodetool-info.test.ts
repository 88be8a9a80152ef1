// From `nodetool info` captured on a real 5.0.9 node (testing/capture-fixtures.ts).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { capturedText } from '../testing/fixtures.js';
import { isHealthy, readHealth } from './health.js';
import { parseNodetoolInfo, shouldAskNodetool, withNodetoolView } from './nodetool-info.js';

void test('reads host id, gossip, native transport, load and heap from real nodetool info', () => {
  const info = parseNodetoolInfo(capturedText('nodetool-info.txt'));
  assert.ok(info);
  assert.equal(info.hostId, 'bf5e3678-954c-4cb1-ba9f-d36edc2e9a80');
  assert.equal(info.gossipActive, true);
  assert.equal(info.nativeTransportActive, true);
  assert.ok(info.loadBytes > 100 * 1024, `load ${info.loadBytes}`);
  assert.equal(info.heapMaxBytes, 512 * 1024 * 1024);
  assert.ok(info.heapUsedBytes > 0 && info.heapUsedBytes < info.heapMaxBytes);
});

void test('output that is not nodetool info (nodetool status, an error) gives nothing', () => {
  assert.equal(parseNodetoolInfo(capturedText('nodetool-status.txt')), undefined);
  assert.equal(parseNodetoolInfo('nodetool: Failed to connect to 127.0.4.9:7199'), undefined);
});

void test('nodetool is asked only after 3 failed probes, then at most every 5 minutes', () => {
  assert.equal(shouldAskNodetool(2, undefined, 0), false);
  assert.equal(shouldAskNodetool(3, undefined, 0), true);
  assert.equal(shouldAskNodetool(9, 0, 299_999), false);
  assert.equal(shouldAskNodetool(9, 0, 300_000), true);
});

void test('a failed probe completed by nodetool says what JMX saw, and stays unhealthy', () => {
  const failed = readHealth(
    { kind: 'unreachable', detail: 'did not answer within 5000 ms' },
    { nowMs: 0, configVersion: '' },
  );
  const seen = withNodetoolView(failed, parseNodetoolInfo(capturedText('nodetool-info.txt')));
  assert.equal(
    seen.problem,
    'jolokia unreachable: did not answer within 5000 ms; nodetool info over JMX: gossip active, CQL active',
  );
  assert.equal(seen.native_transport_running, true);
  assert.equal(isHealthy(seen), false);
  assert.match(withNodetoolView(failed, undefined).problem, /nodetool info failed too$/);
});
