// §1.1, §1.3 and §16 items 1-7: the synchronous answers of POST /api/v1/scheduler, checked with raw
// HTTP against the status codes and bodies a real Mesos 1.12 master gave (rejected-calls.json).
import assert from 'node:assert/strict';
import { mesos, uuidFromString } from '@cmf/proto';
import {
  frameworkInfo,
  masterTest,
  protobufHeaders,
  subscribeCall,
} from '../testing/master-harness.js';
import {
  CallType,
  EventType,
  JSON_TYPE,
  PROTOBUF,
  encodeCall,
  openStream,
  post,
} from '../testing/scheduler-wire.js';
import { eventShape, fixtureEvent, fixtureText } from '../testing/shape.js';

interface Rejection {
  status: number;
  body: string;
  content_type: string;
}
const rejected = JSON.parse(fixtureText('scheduler/rejected-calls.json')) as Record<
  string,
  Rejection
>;
const expected = (name: string): Rejection => rejected[name] ?? assert.fail(`no fixture ${name}`);
const teardown = encodeCall({ type: CallType.TEARDOWN, framework_id: { value: 'x' } });

masterTest('§16.1 a GET is 405 with Allow: POST', async ({ url }) => {
  const got = await post(url, '', {}, 'GET');
  assert.equal(got.status, 405);
  assert.equal(got.headers.allow, 'POST');
});

masterTest(
  '§16.1 Content-Type rules: absent 400, with charset 415, other case 415 (bodies as real Mesos)',
  async ({ url }) => {
    const none = await post(url, teardown, {});
    assert.equal(none.status, 400);
    assert.equal(none.body, expected('no-content-type').body);
    assert.equal(none.headers['content-type'], expected('no-content-type').content_type);
    const charset = await post(url, teardown, {
      'Content-Type': 'application/json; charset=utf-8',
    });
    assert.equal(charset.status, 415);
    assert.equal(charset.body, expected('charset-content-type').body);
    assert.equal(
      (await post(url, teardown, { 'Content-Type': 'Application/X-Protobuf' })).status,
      415,
    );
    assert.equal((await post(url, teardown, { 'Content-Type': 'text/plain' })).status, 415);
  },
);

masterTest(
  '§16.1-2 an unparsable body, or one missing a required field, is 400',
  async ({ url }) => {
    const junk = await post(url, Buffer.from([0xff, 0xff, 0xff]), { 'Content-Type': PROTOBUF });
    assert.equal(junk.status, 400);
    assert.equal(junk.body, 'Failed to parse body into Call protobuf');
    // Call{type=SUBSCRIBE, subscribe{framework_info{name="x"}}}, hand-encoded without the
    // required FrameworkInfo.user: the protobuf fails to parse.
    const noUser = Buffer.from([0x10, 0x01, 0x1a, 0x05, 0x0a, 0x03, 0x12, 0x01, 0x78]);
    assert.equal((await post(url, noUser, protobufHeaders)).status, 400);
    const json = await post(
      url,
      '{"type":"SUBSCRIBE","subscribe":{"framework_info":{"name":"x"}}}',
      { 'Content-Type': JSON_TYPE },
    );
    assert.equal(json.status, 400);
    assert.match(json.body, /^Failed to convert JSON into Call protobuf/);
    assert.equal((await post(url, '{not json', { 'Content-Type': JSON_TYPE })).status, 400);
  },
);

masterTest(
  '§16.3 no type, an unknown JSON type, or a type without its sub-message is 400; REVIVE needs none',
  async (scope) => {
    const fw = await scope.subscribe();
    const noType = await fw.call({});
    assert.equal(noType.status, 400);
    assert.equal(noType.body, "Failed to validate scheduler::Call: Expecting 'type' to be present");
    const unknownName = await post(
      scope.url,
      JSON.stringify({ type: 'FROBNICATE', framework_id: { value: fw.frameworkId } }),
      {
        'Content-Type': JSON_TYPE,
        'Mesos-Stream-Id': fw.stream.streamId,
      },
    );
    assert.equal(unknownName.status, 400);
    const accept = await fw.call({ type: CallType.ACCEPT });
    assert.equal(accept.status, 400);
    assert.equal(
      accept.body,
      "Failed to validate scheduler::Call: Expecting 'accept' to be present",
    );
    assert.equal((await fw.call({ type: CallType.KILL })).status, 400);
    assert.equal((await fw.call({ type: CallType.REVIVE })).status, 202);
    assert.equal((await fw.call({ type: CallType.SUPPRESS })).status, 202);
  },
);

masterTest(
  '§16.4 SUBSCRIBE with Mesos-Stream-Id, or with mismatched framework ids, is 400',
  async ({ url }) => {
    const withStream = await post(url, encodeCall(subscribeCall(frameworkInfo())), {
      ...protobufHeaders,
      'Mesos-Stream-Id': '7ef4231f-5326-46ca-a8cc-59fdca1b9136',
    });
    assert.equal(withStream.status, 400);
    assert.equal(withStream.body, expected('subscribe-with-stream-id').body);
    const onlyCallId = encodeCall({
      ...subscribeCall(frameworkInfo()),
      framework_id: { value: 'f-1' },
    });
    assert.equal((await post(url, onlyCallId, protobufHeaders)).status, 400);
    const onlyInfoId = encodeCall({
      type: CallType.SUBSCRIBE,
      subscribe: { framework_info: frameworkInfo({ id: { value: 'f-1' } }) },
    });
    assert.equal((await post(url, onlyInfoId, protobufHeaders)).status, 400);
    const differ = encodeCall({
      ...subscribeCall(frameworkInfo({ id: { value: 'f-1' } })),
      framework_id: { value: 'f-2' },
    });
    const got = await post(url, differ, protobufHeaders);
    assert.equal(got.status, 400);
    assert.equal(
      got.body,
      "Failed to validate scheduler::Call: 'framework_id' differs from 'subscribe.framework_info.id'",
    );
  },
);

masterTest(
  '§16.5 Accept: protobuf only when asked exactly; JSON when absent, */*, application/*; 406 otherwise',
  async (scope) => {
    const cases: [string | undefined, string | number][] = [
      [PROTOBUF, PROTOBUF],
      [undefined, JSON_TYPE],
      ['*/*', JSON_TYPE],
      ['application/*', JSON_TYPE],
      [`${PROTOBUF}, ${JSON_TYPE};q=0.1`, JSON_TYPE],
      ['text/html', 406],
    ];
    for (const [accept, want] of cases) {
      const headers: Record<string, string> = { 'Content-Type': PROTOBUF };
      if (accept !== undefined) headers['Accept'] = accept;
      const body = encodeCall(subscribeCall(frameworkInfo()));
      const stream = await openStream(scope.url, body, headers);
      if (typeof want === 'number') {
        assert.equal(stream.status, want, `Accept ${String(accept)}`);
        continue;
      }
      assert.equal(stream.status, 200, `Accept ${String(accept)}`);
      assert.equal(stream.headers['content-type'], want, `Accept ${String(accept)}`);
      const subscribed = await stream.nextOfType(EventType.SUBSCRIBED);
      assert.ok(subscribed.subscribed?.framework_id.value);
      stream.close();
    }
  },
);

masterTest(
  'SUBSCRIBE answers 200, chunked, a uuid Mesos-Stream-Id, and SUBSCRIBED shaped like real Mesos',
  async (scope) => {
    const stream = await scope.open(subscribeCall(frameworkInfo()));
    assert.equal(stream.status, 200);
    assert.equal(stream.headers['transfer-encoding'], 'chunked');
    assert.equal(stream.headers['content-type'], PROTOBUF);
    assert.doesNotThrow(() => uuidFromString(stream.streamId));
    const subscribed = await stream.nextOfType(EventType.SUBSCRIBED);
    assert.deepEqual(eventShape(subscribed), eventShape(fixtureEvent('event-01-subscribed.pb')));
    const body = subscribed.subscribed;
    assert.ok(body);
    assert.equal(body.heartbeat_interval_seconds, 60);
    assert.match(body.framework_id.value, /^[0-9a-f-]{36}-0000$/);
    assert.equal(body.master_info?.ip, 16777343);
  },
);

masterTest(
  'the JSON stream carries the same SUBSCRIBED and HEARTBEAT as real Mesos JSON',
  async (scope) => {
    const stream = await scope.open(subscribeCall(frameworkInfo()), { Accept: JSON_TYPE });
    await stream.nextOfType(EventType.HEARTBEAT);
    const real = JSON.parse(fixtureText('scheduler/json-event-subscribed.json')) as Record<
      string,
      unknown
    >;
    const ours = JSON.parse(
      Buffer.from(stream.records[0] ?? new Uint8Array()).toString('utf8'),
    ) as Record<string, unknown>;
    assert.deepEqual(Object.keys(ours), Object.keys(real));
    const subscribedKeys = (o: Record<string, unknown>): string[] =>
      Object.keys(o['subscribed'] as object).sort();
    assert.deepEqual(subscribedKeys(ours), subscribedKeys(real));
    assert.equal(
      Buffer.from(stream.records[1] ?? new Uint8Array()).toString('utf8'),
      '{"type":"HEARTBEAT"}',
    );
  },
);

masterTest(
  '§16.6 non-SUBSCRIBE checks: framework_id, known framework, stream id present and current',
  async (scope) => {
    const fw = await scope.subscribe();
    const noFramework = await post(
      scope.url,
      encodeCall({ type: CallType.TEARDOWN }),
      protobufHeaders,
    );
    assert.equal(noFramework.status, 400);
    assert.equal(
      noFramework.body,
      "Failed to validate scheduler::Call: Expecting 'framework_id' to be present",
    );
    const unknown = await post(scope.url, teardown, {
      ...protobufHeaders,
      'Mesos-Stream-Id': fw.stream.streamId,
    });
    assert.equal(unknown.status, 400);
    assert.equal(unknown.body, 'Framework cannot be found');
    const noStream = await fw.call({ type: CallType.REVIVE }, { 'Mesos-Stream-Id': '' });
    // An empty header is still a (wrong) header; drop it entirely for the "missing" case:
    assert.equal(noStream.status, 400);
    const missing = await post(
      scope.url,
      encodeCall({ type: CallType.REVIVE, framework_id: { value: fw.frameworkId } }),
      protobufHeaders,
    );
    assert.equal(missing.status, 400);
    assert.equal(missing.body, expected('no-stream-id').body);
    const wrong = await fw.call(
      { type: CallType.REVIVE },
      { 'Mesos-Stream-Id': '00000000-0000-0000-0000-000000000000' },
    );
    assert.equal(wrong.status, 400);
    assert.equal(
      wrong.body,
      expected('wrong-stream-id').body.replace(
        '2ab1f12e-629e-41e2-8639-4fa73b65b9d6-0000',
        fw.frameworkId,
      ),
    );
  },
);

masterTest(
  '§16.6 a disconnected framework gets 403 even without a stream id; its old stream id then 400 after re-subscribing',
  async (scope) => {
    const fw = await scope.subscribe(frameworkInfo({ failover_timeout: 60 }));
    fw.stream.close();
    const bare = encodeCall({ type: CallType.REVIVE, framework_id: { value: fw.frameworkId } });
    const forbidden = await (async () => {
      for (;;) {
        const got = await post(scope.url, bare, protobufHeaders);
        if (got.status !== 400) return got;
      }
    })();
    assert.equal(forbidden.status, 403);
    assert.equal(forbidden.body, 'Framework is not subscribed');
    const again = await scope.subscribe(
      frameworkInfo({ failover_timeout: 60, id: { value: fw.frameworkId } }),
    );
    assert.equal(again.frameworkId, fw.frameworkId);
    const stale = await fw.call({ type: CallType.REVIVE });
    assert.equal(stale.status, 400);
    assert.match(stale.body, /didn't match the stream ID/);
    assert.equal((await again.call({ type: CallType.REVIVE })).status, 202);
  },
);

masterTest(
  '§16.7 ACKNOWLEDGE needs a 16-byte RFC-4122 uuid; a good one for an unknown task is 202',
  async (scope) => {
    const fw = await scope.subscribe();
    const ack = (uuid: Uint8Array): Promise<{ status: number; body: string }> =>
      fw.call({
        type: CallType.ACKNOWLEDGE,
        acknowledge: { agent_id: { value: 'a' }, task_id: { value: 't' }, uuid },
      });
    const v4 = uuidFromString('8ec6f939-4b8c-426b-bc89-cd4a6c8b9c51');
    const v7 = uuidFromString('018f4b8c-0000-7000-8000-000000000000');
    for (const bad of [
      new TextEncoder().encode('8ec6f939-4b8c-426b-bc89-cd4a6c8b9c51'),
      v4.subarray(0, 15),
      v7,
      new Uint8Array(16),
      new Uint8Array(),
    ]) {
      const got = await ack(bad);
      assert.equal(got.status, 400);
      assert.equal(got.body, expected('ack-bad-uuid').body);
    }
    assert.equal((await ack(v4)).status, 202);
  },
);

masterTest(
  'a call of type UNKNOWN from a subscribed framework is 501, and the master keeps serving',
  async (scope) => {
    const fw = await scope.subscribe();
    const got = await fw.call({ type: mesos.v1.scheduler.Call.Type.UNKNOWN });
    assert.equal(got.status, 501);
    assert.equal((await fw.call({ type: CallType.REVIVE })).status, 202);
  },
);
