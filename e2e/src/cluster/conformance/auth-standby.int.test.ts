// §8, §16 items 8 and 9: HTTP Basic authentication of schedulers, and a standby master's 307/503.
import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { StandbyMaster } from '../master/standby.js';
import {
  frameworkInfo,
  masterTest,
  protobufHeaders,
  subscribeCall,
} from '../testing/master-harness.js';
import { CallType, EventType, encodeCall, openStream, post } from '../testing/scheduler-wire.js';

const credentials = [{ principal: 'cassandra-principal', secret: 's3cret' }];
const basic = (user: string, secret: string): string =>
  `Basic ${Buffer.from(`${user}:${secret}`).toString('base64')}`;
const good = { Authorization: basic('cassandra-principal', 's3cret') };

masterTest(
  '§16.8 without or with bad credentials: 401 and the scheduler realm challenge',
  async ({ url }) => {
    const body = encodeCall(subscribeCall(frameworkInfo()));
    for (const headers of [
      {},
      { Authorization: basic('cassandra-principal', 'wrong') },
      { Authorization: 'Bearer x' },
    ]) {
      const got = await post(url, body, { ...protobufHeaders, ...headers });
      assert.equal(got.status, 401);
      assert.equal(got.headers['www-authenticate'], 'Basic realm="mesos-master-scheduler"');
    }
  },
  { credentials },
);

masterTest(
  '§16.8 good credentials subscribe; every later call needs them too; an unset principal is filled in',
  async (scope) => {
    const fw = await scope.subscribe(frameworkInfo({ principal: null }), good);
    assert.equal(
      scope.master.core.frameworks.get(fw.frameworkId)?.info.principal,
      'cassandra-principal',
    );
    assert.equal((await fw.call({ type: CallType.REVIVE })).status, 202);
    const bare = await post(
      scope.url,
      encodeCall({ type: CallType.REVIVE, framework_id: { value: fw.frameworkId } }),
      {
        ...protobufHeaders,
        'Mesos-Stream-Id': fw.stream.streamId,
      },
    );
    assert.equal(bare.status, 401);
  },
  { credentials },
);

masterTest(
  '§16.8 a FrameworkInfo.principal other than the authenticated one is 400',
  async (scope) => {
    const got = await post(
      scope.url,
      encodeCall(subscribeCall(frameworkInfo({ principal: 'someone-else' }))),
      { ...protobufHeaders, ...good },
    );
    assert.equal(got.status, 400);
    assert.match(got.body, /does not match principal 'someone-else'/);
  },
  { credentials: [...credentials, { principal: 'other', secret: 'x' }] },
);

masterTest(
  "§16.8 a later call authenticated as another principal than the framework's is 400",
  async (scope) => {
    const fw = await scope.subscribe(frameworkInfo(), good);
    const got = await fw.call({ type: CallType.REVIVE }, { Authorization: basic('other', 'x') });
    assert.equal(got.status, 400);
    assert.match(got.body, /^Authenticated principal 'other' does not match/);
  },
  { credentials: [...credentials, { principal: 'other', secret: 'x' }] },
);

void test('§16.9 a standby master answers 307 with a protocol-relative Location of the leader, 503 without one', async () => {
  let leader: string | null = '127.0.0.1:5050';
  const standby = await StandbyMaster.start({ host: '127.0.0.1', port: 0, leader: () => leader });
  after(() => standby.stop());
  const body = encodeCall(subscribeCall(frameworkInfo()));
  const redirect = await post(`${standby.url}/api/v1/scheduler`, body, protobufHeaders);
  assert.equal(redirect.status, 307);
  assert.equal(redirect.headers.location, '//127.0.0.1:5050/api/v1/scheduler');
  const aliased = await post(`${standby.url}/master/api/v1/scheduler?x=1`, body, protobufHeaders);
  assert.equal(aliased.headers.location, '//127.0.0.1:5050/master/api/v1/scheduler?x=1');
  leader = null;
  const none = await post(`${standby.url}/api/v1/scheduler`, body, protobufHeaders);
  assert.equal(none.status, 503);
  assert.equal(none.body, 'No leader elected');
});

masterTest(
  '§16.9 following the 307 of a standby reaches the leader and subscribes',
  async (scope) => {
    const leader = new URL(scope.master.url).host;
    const standby = await StandbyMaster.start({ host: '127.0.0.1', port: 0, leader: () => leader });
    try {
      const body = encodeCall(subscribeCall(frameworkInfo()));
      const redirect = await post(`${standby.url}/api/v1/scheduler`, body, protobufHeaders);
      const location = redirect.headers.location ?? '';
      assert.ok(location.startsWith('//'));
      const stream = await openStream(`http:${location}`, body, protobufHeaders);
      await stream.nextOfType(EventType.SUBSCRIBED);
      stream.close();
    } finally {
      await standby.stop();
    }
  },
);
