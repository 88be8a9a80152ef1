// The client against a scripted fake master on a loopback port.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { mesos } from '@cmf/proto';
import { SchedulerClient, type ClientOptions, type FrameworkIdStore } from './scheduler-client.js';
import { parseEndpoint } from './endpoint.js';
import { basicAuthorization } from './http.js';
import * as calls from './calls.js';
import { MesosError } from './errors.js';
import { waitFor } from '@cmf/e2e';
import { FakeMaster } from '../testing/fake-master.js';
import { FRAMEWORK_SETTINGS } from '../testing/builders.js';
import { RecordingLogger } from '../testing/recording-logger.js';

const EventType = mesos.v1.scheduler.Event.Type;
const CallType = mesos.v1.scheduler.Call.Type;
const Capability = mesos.v1.FrameworkInfo.Capability.Type;
const masters: FakeMaster[] = [];
after(async () => {
  for (const m of masters) await m.close();
});

async function master(options: Parameters<typeof FakeMaster.start>[0] = {}): Promise<FakeMaster> {
  const m = await FakeMaster.start(options);
  masters.push(m);
  return m;
}

class Ids implements FrameworkIdStore {
  saved: string[] = [];
  constructor(private id: string | null = null) {}
  frameworkId(): Promise<string | null> {
    return Promise.resolve(this.id);
  }
  saveFrameworkId(id: string): Promise<void> {
    this.id = id;
    this.saved.push(id);
    return Promise.resolve();
  }
}

interface Harness {
  readonly client: SchedulerClient;
  readonly events: mesos.v1.scheduler.Event[];
  readonly sleeps: number[];
  readonly ids: Ids;
  readonly logger: RecordingLogger;
  readonly done: Promise<unknown>;
  stop(): Promise<void>;
}

function harness(
  address: string,
  overrides: Partial<ClientOptions> = {},
  ids = new Ids(),
  onEvent: () => void = () => undefined,
): Harness {
  const logger = new RecordingLogger();
  const sleeps: number[] = [];
  const events: mesos.v1.scheduler.Event[] = [];
  const endpoint = parseEndpoint(address);
  assert.ok(endpoint);
  const client = new SchedulerClient({
    master: endpoint,
    framework: FRAMEWORK_SETTINGS,
    authorization: null,
    heartbeatMisses: 5,
    backoff: { minMs: 1, maxMs: 4 },
    callTimeoutMs: 2000,
    ids,
    logger,
    random: () => 0.5,
    sleep: (ms) => {
      sleeps.push(ms);
      return new Promise((resolve) => setTimeout(resolve, ms));
    },
    ...overrides,
  });
  const abort = new AbortController();
  const done = client
    .run((e) => {
      onEvent();
      events.push(e);
      return Promise.resolve();
    }, abort.signal)
    .catch((error: unknown) => error);
  return {
    client,
    events,
    sleeps,
    ids,
    logger,
    done,
    async stop() {
      abort.abort();
      await done;
      client.close();
    },
  };
}

async function connected(h: Harness): Promise<void> {
  await waitFor(() => h.client.connected, {
    timeoutMs: 5000,
    intervalMs: 2,
    what: 'the client to subscribe',
  });
}

void test('SUBSCRIBE is protobuf both ways, without a stream id, and asks for what the framework needs', async () => {
  const m = await master();
  const h = harness(m.address);
  await m.until(() => m.subscriptions.length === 1, 'a subscription');
  const [sub] = m.subscriptions;
  assert.ok(sub);
  assert.equal(sub.headers['content-type'], 'application/x-protobuf');
  assert.equal(sub.headers.accept, 'application/x-protobuf');
  assert.equal(sub.headers['mesos-stream-id'], undefined);
  const info = sub.call.subscribe?.framework_info;
  assert.ok(info);
  assert.equal(sub.call.framework_id, null, 'a first registration carries no id');
  assert.equal(info.id, null);
  assert.equal(info.failover_timeout, 604_800);
  assert.equal(info.checkpoint, true);
  assert.deepEqual(info.roles, ['cassandra']);
  assert.equal(info.principal, 'cassandra-principal');
  assert.deepEqual(
    info.capabilities.map((c) => c.type),
    [
      Capability.MULTI_ROLE,
      Capability.PARTITION_AWARE,
      Capability.RESERVATION_REFINEMENT,
      Capability.TASK_KILLING_STATE,
    ],
  );
  await h.stop();
});

void test('the framework id is persisted before the handler sees SUBSCRIBED, and reused on re-subscribe', async () => {
  const m = await master({ dribble: true });
  const ids = new Ids();
  let savedWhenHandled: string[] | null = null;
  const h = harness(m.address, {}, ids, () => {
    savedWhenHandled ??= [...ids.saved];
  });
  await waitFor(() => h.events.length >= 2, {
    timeoutMs: 5000,
    intervalMs: 5,
    what: 'SUBSCRIBED and HEARTBEAT',
  });
  assert.equal(h.events[0]?.type, EventType.SUBSCRIBED);
  assert.deepEqual(savedWhenHandled, [m.frameworkId], 'saved before the first event was handled');
  m.endStream();
  await m.until(() => m.subscriptions.length === 2, 'a second subscription');
  const again = m.subscriptions[1]?.call;
  assert.ok(again);
  assert.equal(again.framework_id?.value, m.frameworkId);
  assert.equal(again.subscribe?.framework_info.id?.value, m.frameworkId);
  await h.stop();
});

void test('a 307 with a protocol-relative Location leads to the leading master', async () => {
  const leader = await master();
  const follower = await master({ redirectTo: leader.address });
  const h = harness(follower.address);
  await leader.until(() => leader.subscriptions.length === 1, 'a subscription at the leader');
  await connected(h);
  await h.client.call(calls.revive(['cassandra']));
  assert.equal(leader.callsOf(CallType.REVIVE).length, 1, 'calls go to the leader too');
  await h.stop();
});

void test('calls carry the stream id and framework id, on a connection other than the subscription', async () => {
  const m = await master();
  const h = harness(m.address);
  await m.until(() => m.subscriptions.length === 1, 'a subscription');
  await connected(h);
  await h.client.call(calls.decline(['o1'], 3600));
  const [call] = m.calls;
  assert.ok(call);
  assert.equal(call.headers['mesos-stream-id'], m.streamId);
  assert.equal(call.call.framework_id?.value, m.frameworkId);
  assert.equal(call.call.decline?.filters?.refuse_seconds, 3600);
  assert.notEqual(call.remotePort, m.subscriptions[0]?.remotePort);
  await h.stop();
});

void test('a silent stream (no heartbeat for 5 intervals) is closed and re-subscribed', async () => {
  const m = await master({ heartbeatIntervalSeconds: 0.02 });
  const h = harness(m.address);
  await m.until(() => m.subscriptions.length >= 2, 'a re-subscription after silence');
  assert.match(h.logger.text(), /HEARTBEAT_MISSED: no event for 100 ms/);
  await h.stop();
});

void test('refused connections are retried with growing, jittered delays', async () => {
  const m = await master();
  const address = m.address;
  await m.close();
  masters.splice(masters.indexOf(m), 1);
  const h = harness(address, { backoff: { minMs: 1, maxMs: 16 } });
  await waitFor(() => h.sleeps.length >= 6, {
    timeoutMs: 5000,
    intervalMs: 5,
    what: 'six retries',
  });
  await h.stop();
  // random() is 0.5: halfway between min and min*2^n, capped at max.
  assert.deepEqual(h.sleeps.slice(0, 6), [1, 2, 3, 5, 9, 9]);
});

void test('HTTP Basic credentials go on SUBSCRIBE and on every call', async () => {
  const authorization = basicAuthorization('cassandra-principal', 's3cret');
  assert.equal(
    authorization,
    `Basic ${Buffer.from('cassandra-principal:s3cret').toString('base64')}`,
  );
  assert.ok(authorization);
  const m = await master({ authorization });
  const h = harness(m.address, { authorization });
  await m.until(() => m.subscriptions.length === 1, 'a subscription');
  await connected(h);
  await h.client.call(calls.suppress(['cassandra']));
  assert.equal(m.calls[0]?.headers.authorization, authorization);
  await h.stop();
});

void test('wrong credentials end the run (the supervisor restarts the process), they are not retried', async () => {
  const m = await master({ authorization: 'Basic right' });
  const h = harness(m.address, { authorization: 'Basic wrong' });
  const error = await h.done;
  assert.ok(error instanceof MesosError);
  assert.equal(error.code, 'UNAUTHORIZED');
  h.client.close();
});

void test('"Framework has been removed" ends the run: that id can never subscribe again', async () => {
  const m = await master();
  const h = harness(m.address);
  await m.until(() => m.subscriptions.length === 1, 'a subscription');
  await connected(h);
  m.error('Framework has been removed');
  const error = await h.done;
  assert.ok(error instanceof MesosError);
  assert.equal(error.code, 'REJECTED');
  h.client.close();
});

void test('"Framework failed over" on the old stream just re-subscribes', async () => {
  const m = await master();
  const h = harness(m.address);
  await m.until(() => m.subscriptions.length === 1, 'a subscription');
  await connected(h);
  m.error('Framework failed over');
  await m.until(() => m.subscriptions.length === 2, 'a re-subscription');
  await h.stop();
});
