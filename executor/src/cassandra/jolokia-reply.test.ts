import assert from 'node:assert/strict';
import { test } from 'node:test';
import { INSTANCE_NOT_FOUND, parseJolokiaReply } from './jolokia-reply.js';

void test('a successful read gives its value', () => {
  const body = JSON.stringify({
    request: {},
    value: { OperationMode: 'NORMAL' },
    status: 200,
    timestamp: 1,
  });
  assert.deepEqual(parseJolokiaReply(body), { ok: true, value: { OperationMode: 'NORMAL' } });
});

void test('an MBean that is not registered yet is an answer, not a failure to talk', () => {
  const body = JSON.stringify({
    status: 404,
    error_type: INSTANCE_NOT_FOUND,
    error:
      'javax.management.InstanceNotFoundException : org.apache.cassandra.db:type=StorageService',
  });
  assert.deepEqual(parseJolokiaReply(body), {
    ok: false,
    status: 404,
    errorType: INSTANCE_NOT_FOUND,
    error:
      'javax.management.InstanceNotFoundException : org.apache.cassandra.db:type=StorageService',
  });
});

void test('an error reply without details still says which status it had', () => {
  assert.deepEqual(parseJolokiaReply('{"status":500}'), {
    ok: false,
    status: 500,
    errorType: 'unknown',
    error: 'no error text',
  });
});

void test('anything that is not a Jolokia reply is recognised as such', () => {
  for (const body of ['', '<html>502</html>', '[]', '{"value":1}', 'null']) {
    assert.equal(parseJolokiaReply(body), undefined, body);
  }
});
