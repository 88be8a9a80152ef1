// Scaffolding for master conformance tests: a real Master on a loopback port with shrunk timings,
// fake agents on the link, and raw-HTTP frameworks. Logs are printed only when a test fails.
import { test } from 'node:test';
import { mesos } from '@cmf/proto';
import { waitFor } from '../../runtime/wait-for.js';
import { makeTimings, type Timings } from '../common/timings.js';
import type { FrameworkInfo } from '../link.js';
import { MemoryLog, runWithLogs } from '../log.js';
import type { Credential } from '../master/domain/basic-auth.js';
import { Master } from '../master/master.js';
import { acceptCall, cpus, launch, mem, task } from './calls.js';
import { FakeAgent, type FakeAgentOptions } from './fake-agent.js';
import {
  CallType,
  EventType,
  PROTOBUF,
  encodeCall,
  openStream,
  post,
  type Call,
  type Event,
  type EventStream,
  type HttpReply,
} from './scheduler-wire.js';

export const Cap = mesos.v1.FrameworkInfo.Capability.Type;
export type Offer = mesos.v1.Offer;

/** Fast, but with heartbeats rare enough not to clutter event assertions. */
export function testTimings(overrides: Partial<Timings> = {}): Timings {
  return makeTimings({
    heartbeatIntervalMs: 60_000,
    allocationIntervalMs: 50,
    agentPingIntervalMs: 50,
    maxAgentPingTimeouts: 3,
    ...overrides,
  });
}

/** The recorded framework: roles [cassandra], MULTI_ROLE, PARTITION_AWARE, RESERVATION_REFINEMENT. */
export function frameworkInfo(overrides: Partial<FrameworkInfo> = {}): FrameworkInfo {
  return {
    user: 'root',
    name: 'conformance',
    failover_timeout: 300,
    checkpoint: true,
    principal: 'cassandra-principal',
    roles: ['cassandra'],
    capabilities: [Cap.PARTITION_AWARE, Cap.MULTI_ROLE, Cap.RESERVATION_REFINEMENT].map((type) => ({
      type,
    })),
    ...overrides,
  };
}

export function subscribeCall(info: FrameworkInfo, suppressedRoles: string[] = []): Call {
  const call: Call = {
    type: CallType.SUBSCRIBE,
    subscribe: { framework_info: info, suppressed_roles: suppressedRoles },
  };
  if (info.id) call.framework_id = info.id;
  return call;
}

export interface Framework {
  readonly stream: EventStream;
  readonly frameworkId: string;
  /** Posts a call on a new connection with this subscription's stream id and framework id. */
  call(call: Call, headers?: Readonly<Record<string, string>>): Promise<HttpReply>;
  /** The next OFFERS event after `from` (default: after everything seen so far). */
  nextOffers(from?: number): Promise<Offer[]>;
}

export interface MasterScope {
  readonly master: Master;
  readonly url: string;
  readonly log: MemoryLog;
  agent(options?: FakeAgentOptions): FakeAgent;
  /** SUBSCRIBE and wait for SUBSCRIBED. */
  subscribe(info?: FrameworkInfo, headers?: Readonly<Record<string, string>>): Promise<Framework>;
  /** A raw stream, for tests of refused subscriptions. */
  open(call: Call, headers?: Readonly<Record<string, string>>): Promise<EventStream>;
}

export const protobufHeaders = { 'Content-Type': PROTOBUF, Accept: PROTOBUF };

export function frameworkHandle(
  scope: { url: string },
  stream: EventStream,
  frameworkId: string,
  extraHeaders: Readonly<Record<string, string>> = {},
): Framework {
  return {
    stream,
    frameworkId,
    call: (call, headers = {}) =>
      post(scope.url, encodeCall({ framework_id: { value: frameworkId }, ...call }), {
        ...protobufHeaders,
        ...extraHeaders,
        'Mesos-Stream-Id': stream.streamId,
        ...headers,
      }),
    nextOffers: async (from = stream.events.length) => {
      const event: Event = await stream.nextOfType(EventType.OFFERS, { from });
      return event.offers?.offers ?? [];
    },
  };
}

export interface OfferSetup {
  readonly agent: FakeAgent;
  readonly fw: Framework;
  readonly offer: Offer;
  readonly agentId: string;
}

/** One fake agent with the recorded resources, one framework, and its first offer. */
export async function withOffer(scope: MasterScope, info = frameworkInfo()): Promise<OfferSetup> {
  const agent = scope.agent();
  const fw = await scope.subscribe(info);
  const [offer] = await fw.nextOffers(0);
  if (offer === undefined) throw new Error('OFFERS without an offer');
  return { agent, fw, offer, agentId: offer.agent_id.value };
}

/** withOffer, then one task (`t1`, executor `t1-executor`) launched on the fake agent, and the
 * remainder offered again (so an offer is outstanding). */
export async function withTask(scope: MasterScope, info = frameworkInfo()): Promise<OfferSetup> {
  const setup = await withOffer(scope, info);
  const { fw, offer, agent, agentId } = setup;
  const mark = fw.stream.events.length;
  const reply = await fw.call(
    acceptCall([offer.id.value], [launch(task('t1', agentId, [cpus(0.5), mem(128)]))], 0),
  );
  if (reply.status !== 202) throw new Error(`ACCEPT answered ${reply.status}: ${reply.body}`);
  await waitFor(() => agent.of('runTask').length === 1, {
    what: 'the launch on the agent',
    timeoutMs: 3000,
    intervalMs: 5,
  });
  await fw.nextOffers(mark);
  return setup;
}

/** Waits until `n` more allocation passes have run: how a test sees that nothing was offered. */
export async function allocationPasses(master: Master, n = 3): Promise<void> {
  const target = master.core.allocationPasses + n;
  await waitFor(() => master.core.allocationPasses >= target, {
    what: `${n} allocation passes`,
    timeoutMs: 5000,
    intervalMs: 5,
  });
}

/** The next UPDATE about `taskId` on the stream (from event index `from`). */
export async function updateFor(
  fw: Framework,
  taskId: string,
  from = 0,
): Promise<mesos.v1.TaskStatus> {
  const event = await fw.stream.next(
    (e) => e.update?.status.task_id.value === taskId,
    `an UPDATE for ${taskId}`,
    { from },
  );
  const status = event.update?.status;
  if (!status) throw new Error('UPDATE without status');
  return status;
}

export interface MasterTestOptions {
  readonly timings?: Partial<Timings>;
  readonly credentials?: Credential[];
}

export function masterTest(
  name: string,
  body: (scope: MasterScope) => Promise<void>,
  options: MasterTestOptions = {},
): void {
  void test(name, async (t) => {
    const log = new MemoryLog();
    const master = await Master.start({
      host: '127.0.0.1',
      port: 0,
      timings: testTimings(options.timings),
      log: log.logger('master'),
      credentials: options.credentials ?? null,
    });
    const streams: EventStream[] = [];
    const url = `${master.url}/api/v1/scheduler`;
    const open = async (
      call: Call,
      headers: Readonly<Record<string, string>> = {},
    ): Promise<EventStream> => {
      const stream = await openStream(url, encodeCall(call), { ...protobufHeaders, ...headers });
      streams.push(stream);
      return stream;
    };
    const scope: MasterScope = {
      master,
      url,
      log,
      agent: (opts) => {
        const agent = new FakeAgent(master, opts);
        agent.register();
        return agent;
      },
      open,
      subscribe: async (info = frameworkInfo(), headers = {}) => {
        const stream = await open(subscribeCall(info), headers);
        const subscribed = await stream.nextOfType(EventType.SUBSCRIBED);
        return frameworkHandle(
          scope,
          stream,
          subscribed.subscribed?.framework_id.value ?? '',
          headers,
        );
      },
    };
    await runWithLogs(
      t,
      log,
      () => body(scope),
      async () => {
        for (const s of streams) s.close();
        await master.stop();
      },
    );
  });
}
