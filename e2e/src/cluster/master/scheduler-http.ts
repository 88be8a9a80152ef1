// POST /api/v1/scheduler: the status codes in the order a real master checks them (protocol §1.3):
// authentication, leadership, method, Content-Type, body, call validation, Accept (SUBSCRIBE only).
import type { IncomingMessage, ServerResponse } from 'node:http';
import { mesos } from '@cmf/proto';
import { decodeCall, type Call } from './codec.js';
import { authenticate, type Credential } from './domain/basic-auth.js';
import { CALL_ERROR_PREFIX, callError } from './domain/call-checks.js';
import {
  NOT_ACCEPTABLE_BODY,
  requestMediaType,
  responseMediaType,
  type MediaType,
} from './domain/negotiation.js';

export interface Reply {
  readonly status: number;
  readonly body?: string;
  readonly headers?: Readonly<Record<string, string>>;
}

/** What the endpoint needs of the master behind it. */
export interface SchedulerApi {
  /** null when this master leads; otherwise `host:port` of the leader, or '' when none is known. */
  leaderAddress(): string | null;
  credentials(): readonly Credential[] | null;
  subscribe(call: Call, media: MediaType, res: ServerResponse, principal: string | null): void;
  /** Every other call, after parsing and validation: the framework checks and the dispatch. */
  call(call: Call, principal: string | null, streamId: string | undefined): Reply;
}

const TEXT = 'text/plain; charset=utf-8';

export function reply(res: ServerResponse, r: Reply): void {
  const body = r.body ?? '';
  res.writeHead(r.status, {
    ...(body === '' ? {} : { 'Content-Type': TEXT }),
    'Content-Length': Buffer.byteLength(body),
    ...r.headers,
  });
  res.end(body);
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** The checks that come before the body is read; null when the request may go on. */
function gate(req: IncomingMessage, api: SchedulerApi): Reply | { principal: string | null } {
  const auth = authenticate(req.headers.authorization, api.credentials());
  if (!auth.ok)
    return { status: 401, body: auth.body, headers: { 'WWW-Authenticate': auth.challenge } };
  const leader = api.leaderAddress();
  if (leader === '') return { status: 503, body: 'No leader elected' };
  if (leader !== null)
    return { status: 307, headers: { Location: `//${leader}${req.url ?? '/api/v1/scheduler'}` } };
  if (req.method !== 'POST') {
    return {
      status: 405,
      body: `Expecting one of { 'POST' }, but received '${req.method ?? ''}'`,
      headers: { Allow: 'POST' },
    };
  }
  return { principal: auth.principal };
}

/** SUBSCRIBE after validation: 406 if no encoding is acceptable, then no stream id allowed. */
function subscribeRequest(
  req: IncomingMessage,
  res: ServerResponse,
  api: SchedulerApi,
  r: { call: Call; principal: string | null; streamHeader: string | undefined },
): void {
  const accepted = responseMediaType(req.headers.accept);
  if (accepted === null) reply(res, { status: 406, body: NOT_ACCEPTABLE_BODY });
  else if (r.streamHeader !== undefined) {
    reply(res, {
      status: 400,
      body: "Subscribe calls should not include the 'Mesos-Stream-Id' header",
    });
  } else api.subscribe(r.call, accepted, res, r.principal);
}

export async function handleScheduler(
  req: IncomingMessage,
  res: ServerResponse,
  api: SchedulerApi,
): Promise<void> {
  const gated = gate(req, api);
  if ('status' in gated) {
    req.resume();
    reply(res, gated);
    return;
  }
  const media = requestMediaType(req.headers['content-type']);
  const body = await readBody(req);
  if (!media.ok) {
    reply(res, { status: media.status, body: media.body });
    return;
  }
  const decoded = decodeCall(body, media.mediaType);
  if (!decoded.ok) {
    reply(res, { status: 400, body: decoded.body });
    return;
  }
  const error = callError(decoded.call, gated.principal);
  if (error !== null) {
    reply(res, { status: 400, body: CALL_ERROR_PREFIX + error });
    return;
  }
  const streamId = req.headers['mesos-stream-id'];
  const streamHeader = Array.isArray(streamId) ? streamId.join(',') : streamId;
  if (decoded.call.type === mesos.v1.scheduler.Call.Type.SUBSCRIBE) {
    subscribeRequest(req, res, api, {
      call: decoded.call,
      principal: gated.principal,
      streamHeader,
    });
    return;
  }
  reply(res, api.call(decoded.call, gated.principal, streamHeader));
}
