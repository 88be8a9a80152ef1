// The JSON flavour end to end: SUBSCRIBE and events in Mesos JSON, and the recorded JSON ACCEPT
// (RESERVE + CREATE + LAUNCH in one call) that a real master took with 202 and ran; plus
// UPDATE_FRAMEWORK, the one synchronous call besides SUBSCRIBE.
import assert from 'node:assert/strict';
import { waitFor } from '../../runtime/wait-for.js';
import { realMesosFixture } from '../../testing/fixtures.js';
import { readFileSync } from 'node:fs';
import {
  frameworkHandle,
  frameworkInfo,
  masterTest,
  subscribeCall,
} from '../testing/master-harness.js';
import {
  CallType,
  EventType,
  JSON_TYPE,
  encodeCall,
  openStream,
  post,
} from '../testing/scheduler-wire.js';

type Json = Record<string, unknown>;
const jsonHeaders = { 'Content-Type': JSON_TYPE, Accept: JSON_TYPE };

/** The recorded ACCEPT with this run's ids, and the LAUNCH resources spelled out as its note says. */
function recordedAccept(frameworkId: string, offerId: string, agentId: string): string {
  const call = JSON.parse(
    readFileSync(
      realMesosFixture('scheduler/accepted-call-accept-reserve-create-launch.json'),
      'utf8',
    ),
  ) as {
    framework_id: { value: string };
    accept: { offer_ids: { value: string }[]; operations: Json[] };
  };
  call.framework_id.value = frameworkId;
  call.accept.offer_ids = [{ value: offerId }];
  const [reserve, create, launch] = call.accept.operations as [Json, Json, Json];
  const reserved = (reserve['reserve'] as { resources: Json[] }).resources;
  const volume = (create['create'] as { volumes: Json[] }).volumes[0];
  const taskInfo: Json = (launch['launch'] as { task_infos: Json[] }).task_infos[0] ?? {};
  taskInfo['agent_id'] = { value: agentId };
  taskInfo['resources'] = [reserved[0], reserved[1], reserved[3], volume];
  // The recording ran a command task; our agent runs custom executors only.
  delete taskInfo['command'];
  taskInfo['executor'] = {
    executor_id: { value: 'capture-executor' },
    type: 'CUSTOM',
    command: { value: 'sleep 600' },
  };
  return JSON.stringify(call);
}

masterTest(
  'a JSON scheduler: SUBSCRIBE in JSON, the recorded JSON ACCEPT taken with 202, volume and task made',
  async (scope) => {
    const agent = scope.agent();
    const body = JSON.stringify({
      type: 'SUBSCRIBE',
      subscribe: {
        framework_info: {
          user: 'root',
          name: 'capture',
          failover_timeout: 300,
          checkpoint: true,
          principal: 'cassandra-principal',
          roles: ['cassandra'],
          capabilities: [
            { type: 'PARTITION_AWARE' },
            { type: 'MULTI_ROLE' },
            { type: 'RESERVATION_REFINEMENT' },
          ],
        },
      },
    });
    const stream = await openStream(scope.url, body, jsonHeaders);
    assert.equal(stream.headers['content-type'], JSON_TYPE);
    const subscribed = await stream.nextOfType(EventType.SUBSCRIBED);
    const frameworkId = subscribed.subscribed?.framework_id.value ?? '';
    const offers = await stream.nextOfType(EventType.OFFERS);
    const offer = offers.offers?.offers[0];
    assert.ok(offer);
    const reply = await post(
      scope.url,
      recordedAccept(frameworkId, offer.id.value, offer.agent_id.value),
      {
        ...jsonHeaders,
        'Mesos-Stream-Id': stream.streamId,
      },
    );
    assert.equal(reply.status, 202, reply.body);
    await waitFor(() => agent.of('runTask').length === 1, {
      what: 'the launch',
      timeoutMs: 3000,
      intervalMs: 5,
    });
    const checkpointed = agent.of('checkpointResources').at(-1)?.resources ?? [];
    assert.ok(
      checkpointed.some((r) => r.disk?.persistence?.id === 'capture-vol-1'),
      'the volume was created',
    );
    const launched = agent.of('runTask')[0]?.task;
    assert.ok(
      launched?.resources?.some((r) => r.disk?.persistence?.id === 'capture-vol-1'),
      'the task uses it',
    );
    stream.close();
  },
);

masterTest(
  'UPDATE_FRAMEWORK: 200 and the new roles apply; changing user/checkpoint/principal is 400',
  async (scope) => {
    const stream = await openStream(scope.url, encodeCall(subscribeCall(frameworkInfo())), {
      'Content-Type': 'application/x-protobuf',
      Accept: 'application/x-protobuf',
    });
    const subscribed = await stream.nextOfType(EventType.SUBSCRIBED);
    const fw = frameworkHandle(scope, stream, subscribed.subscribed?.framework_id.value ?? '');
    const id = { value: fw.frameworkId };
    const update = (info: ReturnType<typeof frameworkInfo>): ReturnType<typeof fw.call> =>
      fw.call({ type: CallType.UPDATE_FRAMEWORK, update_framework: { framework_info: info } });
    assert.equal((await update(frameworkInfo({ id, roles: ['cassandra', 'other'] }))).status, 200);
    assert.deepEqual(scope.master.core.frameworks.get(fw.frameworkId)?.roles, [
      'cassandra',
      'other',
    ]);
    assert.equal((await update(frameworkInfo({ id, user: 'nobody' }))).status, 400);
    assert.equal((await update(frameworkInfo({ id, principal: 'x' }))).status, 400);
    assert.equal(
      (await update(frameworkInfo({ id: { value: 'other-id' } }))).status,
      400,
      'id mismatch',
    );
    stream.close();
  },
);
