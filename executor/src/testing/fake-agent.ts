// A small stand-in for a Mesos agent's executor endpoint on a loopback port: it takes SUBSCRIBE
// and streams events back in RecordIO, records every UPDATE and MESSAGE, answers ACKNOWLEDGED,
// and refuses what a real agent refuses (protocol doc §1.3, §16 item 30). Tests drive it: launch,
// kill, shutdown, drop the stream, restart on the same port.
import { encodeRecord, isRfc4122Uuid, mesos, uuidToString } from '@cmf/proto/executor';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { realMesosBytes } from './fixtures.js';
import { waitFor } from './wait-for.js';

const Call = mesos.v1.executor.Call;
const Event = mesos.v1.executor.Event;
type Update = mesos.v1.executor.Call.Update;

export interface FakeAgentOptions {
  readonly frameworkId: string;
  readonly executorId: string;
  readonly host?: string;
  /** Hold back ACKNOWLEDGED (as an agent that is about to die would). */
  readonly acknowledge?: boolean;
}

export interface RecordedUpdate {
  readonly status: mesos.v1.TaskStatus;
  readonly uuid: string;
  /** How it arrived: its own UPDATE call, or inside a SUBSCRIBE's unacknowledged_updates. */
  readonly via: 'update' | 'subscribe';
}

export class FakeAgent {
  readonly subscribes: mesos.v1.executor.Call.Subscribe[] = [];
  /** Each distinct update once, in arrival order (duplicates by uuid are re-acknowledged only). */
  readonly updates: RecordedUpdate[] = [];
  readonly messages: Uint8Array[] = [];
  /** Calls a real agent would have refused, with the status it would have answered. */
  readonly refusals: { status: number; why: string }[] = [];
  acknowledge: boolean;
  private server: Server | undefined;
  private stream: ServerResponse | undefined;
  private port = 0;

  constructor(private readonly options: FakeAgentOptions) {
    this.acknowledge = options.acknowledge ?? true;
  }

  get endpoint(): { host: string; port: number } {
    return { host: this.host, port: this.port };
  }

  get isStreaming(): boolean {
    return this.stream !== undefined && !this.stream.writableEnded;
  }

  async start(): Promise<void> {
    const server = createServer((req, res) => void this.handle(req, res));
    this.server = server;
    await new Promise<void>((resolve) => server.listen(this.port, this.host, resolve));
    this.port = (server.address() as AddressInfo).port;
  }

  /** As a killed agent: the stream is cut mid-response and the port refuses connections. */
  async crash(): Promise<void> {
    this.dropStream();
    const server = this.server;
    this.server = undefined;
    if (server) {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  }

  /** Breaks the current event stream without a clean end, like a truncated chunked response. */
  dropStream(): void {
    this.stream?.socket?.destroy();
    this.stream = undefined;
  }

  send(event: mesos.v1.executor.Event.$Properties): void {
    if (!this.stream) throw new Error('no executor is subscribed');
    this.stream.write(encodeRecord(Event.encode(new Event(event)).finish()));
  }

  launch(task: mesos.v1.TaskInfo.$Properties): void {
    this.send({ type: Event.Type.LAUNCH, launch: { task } });
  }

  kill(taskId: string, gracePeriodMs?: number): void {
    const policy =
      gracePeriodMs === undefined
        ? {}
        : { kill_policy: { grace_period: { nanoseconds: gracePeriodMs * 1e6 } } };
    this.send({ type: Event.Type.KILL, kill: { task_id: { value: taskId }, ...policy } });
  }

  shutdown(): void {
    this.send({ type: Event.Type.SHUTDOWN });
  }

  frameworkMessage(data: Uint8Array): void {
    this.send({ type: Event.Type.MESSAGE, message: { data } });
  }

  /** Resolves with the first recorded update matching `match`. */
  waitForUpdate(
    what: string,
    match: (status: mesos.v1.TaskStatus) => boolean,
    timeoutMs = 10_000,
  ): Promise<mesos.v1.TaskStatus> {
    return waitFor(() => this.updates.find((u) => match(u.status))?.status, { timeoutMs, what });
  }

  statesOf(taskId: string): string[] {
    return this.updates
      .filter((u) => u.status.task_id.value === taskId)
      .map((u) => mesos.v1.TaskState[u.status.state]);
  }

  async close(): Promise<void> {
    this.stream?.end();
    await this.crash();
  }

  private get host(): string {
    return this.options.host ?? '127.0.0.1';
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const body = await readAll(req);
    const refusal = checkEnvelope(req);
    if (refusal) {
      this.refuse(res, refusal.status, refusal.why);
      return;
    }
    let call: mesos.v1.executor.Call;
    try {
      call = Call.decode(body);
    } catch (error) {
      this.refuse(res, 400, `Failed to parse body into Call protobuf: ${String(error)}`);
      return;
    }
    const idProblem = this.checkIds(call);
    if (idProblem) {
      this.refuse(res, 400, idProblem);
      return;
    }
    this.dispatch(call, res);
  }

  private dispatch(call: mesos.v1.executor.Call, res: ServerResponse): void {
    switch (call.type) {
      case Call.Type.SUBSCRIBE:
        this.subscribe(call, res);
        return;
      case Call.Type.UPDATE:
        this.update(call, res);
        return;
      case Call.Type.MESSAGE:
        if (!this.isStreaming) {
          this.refuse(res, 403, 'Executor is not subscribed');
          return;
        }
        this.messages.push(call.message?.data ?? new Uint8Array());
        res.writeHead(202).end();
        return;
      case Call.Type.HEARTBEAT:
        res.writeHead(202).end();
        return;
      case Call.Type.UNKNOWN:
      case null:
        this.refuse(res, 501, `call type ${String(call.type)}`);
    }
  }

  private subscribe(call: mesos.v1.executor.Call, res: ServerResponse): void {
    if (!call.subscribe) {
      this.refuse(res, 400, 'Expecting subscribe to be present');
      return;
    }
    this.subscribes.push(call.subscribe);
    // A newer subscription replaces the old connection (§9.4 (c)).
    this.stream?.end();
    res.writeHead(200, { 'content-type': 'application/x-protobuf' });
    res.flushHeaders();
    this.stream = res;
    this.send({ type: Event.Type.SUBSCRIBED, subscribed: this.subscribedPayload() });
    for (const update of call.subscribe.unacknowledged_updates) this.record(update, 'subscribe');
  }

  private update(call: mesos.v1.executor.Call, res: ServerResponse): void {
    const update = call.update;
    if (!update) {
      this.refuse(res, 400, 'Expecting update to be present');
      return;
    }
    const problem = updateProblem(update, this.options.executorId);
    if (problem) {
      this.refuse(res, 400, problem);
      return;
    }
    if (!this.isStreaming) {
      this.refuse(res, 403, 'Executor is not subscribed');
      return;
    }
    res.writeHead(202).end();
    this.record(update, 'update');
  }

  private record(update: Update, via: RecordedUpdate['via']): void {
    const uuid = uuidToString(update.status.uuid ?? new Uint8Array(16));
    if (!this.updates.some((u) => u.uuid === uuid))
      this.updates.push({ status: update.status, uuid, via });
    if (this.acknowledge && this.isStreaming) {
      const acknowledged = {
        task_id: update.status.task_id,
        uuid: update.status.uuid ?? new Uint8Array(),
      };
      this.send({ type: Event.Type.ACKNOWLEDGED, acknowledged });
    }
  }

  /** The real agent's SUBSCRIBED (fixture), re-addressed to this executor and framework. */
  private subscribedPayload(): mesos.v1.executor.Event.Subscribed {
    const real = Event.decode(realMesosBytes('executor/event-01-subscribed.pb')).subscribed;
    if (!real) throw new Error('fixture event-01-subscribed.pb has no subscribed payload');
    real.executor_info.executor_id = new mesos.v1.ExecutorID({ value: this.options.executorId });
    real.framework_info.id = new mesos.v1.FrameworkID({ value: this.options.frameworkId });
    return real;
  }

  private checkIds(call: mesos.v1.executor.Call): string | undefined {
    if (call.type === Call.Type.HEARTBEAT) return undefined;
    if (call.framework_id.value !== this.options.frameworkId) return 'Framework cannot be found';
    if (call.executor_id.value !== this.options.executorId) return 'Executor cannot be found';
    return undefined;
  }

  private refuse(res: ServerResponse, status: number, why: string): void {
    this.refusals.push({ status, why });
    res.writeHead(status, { 'content-type': 'text/plain' }).end(why);
  }
}

function checkEnvelope(req: IncomingMessage): { status: number; why: string } | undefined {
  if (req.method !== 'POST') return { status: 405, why: 'POST only' };
  if (req.url !== '/api/v1/executor') return { status: 404, why: `no route ${req.url ?? ''}` };
  const type = req.headers['content-type'];
  if (type === undefined) return { status: 400, why: "Expecting 'Content-Type' to be present" };
  if (type !== 'application/x-protobuf') return { status: 415, why: `Content-Type ${type}` };
  // Not a refusal in Mesos, but JSON events would break a protobuf decoder: fail loudly here.
  if (req.headers.accept !== 'application/x-protobuf') {
    return {
      status: 406,
      why: `Accept must be exactly application/x-protobuf, got ${String(req.headers.accept)}`,
    };
  }
  return undefined;
}

function updateProblem(update: Update, executorId: string): string | undefined {
  const status = update.status;
  if (!status.uuid || !isRfc4122Uuid(status.uuid)) return 'status.uuid is not an RFC 4122 UUID';
  if (status.source !== mesos.v1.TaskStatus.Source.SOURCE_EXECUTOR)
    return 'status.source must be SOURCE_EXECUTOR';
  if (status.state === mesos.v1.TaskState.TASK_STAGING) return 'TASK_STAGING is not allowed';
  if (status.executor_id && status.executor_id.value !== executorId)
    return 'status.executor_id mismatch';
  if (status.agent_id)
    return 'status.agent_id set (a wrong one makes a real agent drop the update)';
  return undefined;
}

function readAll(req: IncomingMessage): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      resolve(new Uint8Array(Buffer.concat(chunks)));
    });
    req.on('error', reject);
  });
}
