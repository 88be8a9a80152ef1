import assert from 'node:assert/strict';
import { test } from 'node:test';
import { capturedText } from '../testing/fixtures.js';
import { parseJolokiaBulkReply } from './jolokia-bulk.js';

void test('a real bulk reply gives one outcome per request, failures as values', () => {
  const outcomes = parseJolokiaBulkReply(capturedText('jolokia-health-not-registered.json'), 5);
  assert.ok(outcomes);
  assert.deepEqual(
    outcomes.map((o) => (o.ok ? 'ok' : o.errorType)),
    [
      'javax.management.InstanceNotFoundException',
      'javax.management.InstanceNotFoundException',
      'javax.management.InstanceNotFoundException',
      'ok',
      'javax.management.InstanceNotFoundException',
    ],
  );
});

void test('anything but an array of the expected length is not a bulk reply', () => {
  const normal = capturedText('jolokia-health-normal.json');
  assert.equal(parseJolokiaBulkReply(normal, 4), undefined);
  assert.equal(parseJolokiaBulkReply('{"status":200,"value":1}', 1), undefined);
  assert.equal(parseJolokiaBulkReply('<html>proxy error</html>', 1), undefined);
  assert.equal(parseJolokiaBulkReply('[{"value":1}]', 1), undefined);
});
