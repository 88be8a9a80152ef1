// POST /api/v1/executor (alias /slave(1)/api/v1/executor): the checks and status codes of Mesos's
// agent, in its order (protocol §1.3 executor table, §16 items 1-5 and 30-31), then the call itself.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { mesos } from '@cmf/proto';
import { requestMediaType, responseMediaType } from '../master/domain/negotiation.js';
import type { AgentCore } from './core.js';
import { ExecutorStream } from './event-stream.js';
import { readExecutorCall, validateExecutorCall, type ExecutorCall } from './executor-calls.js';
import type { ExecutorRun } from './model.js';
import { subscribeExecutor } from './subscription.js';
import { executorUpdate } from './task-updates.js';

const T = mesos.v1.executor.Call.Type;
export const EXECUTOR_API_PATHS = new Set(['/api/v1/executor', '/slave(1)/api/v1/executor']);
const NOT_ACCEPTABLE = "Expecting 'Accept' to allow 'application/x-protobuf' or 'application/json'";

export async function serveExecutorApi(
  core: AgentCore,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  if (req.method !== 'POST') {
    reply(res, 405, `Expecting one of { 'POST' }, but received '${req.method ?? ''}'`, {
      Allow: 'POST',
    });
    return;
  }
  const media = requestMediaType(req.headers['content-type']);
  if (!media.ok) {
    reply(res, media.status, media.body);
    return;
  }
  const read = readExecutorCall(media.mediaType, await readBody(req));
  if (!read.ok) {
    reply(res, 400, read.body);
    return;
  }
  const invalid = validateExecutorCall(read.call);
  if (invalid !== undefined) {
    reply(res, 400, invalid);
    return;
  }
  dispatch(core, read.call, req, res);
}

function dispatch(
  core: AgentCore,
  call: ExecutorCall,
  req: IncomingMessage,
  res: ServerResponse,
): void {
  const accept = call.type === T.SUBSCRIBE ? responseMediaType(req.headers.accept) : undefined;
  if (accept === null) {
    reply(res, 406, NOT_ACCEPTABLE);
    return;
  }
  if (call.type === T.HEARTBEAT) {
    reply(res, 202); // only needs to parse: it may carry placeholder ids
    return;
  }
  const run = lookup(core, call);
  if ('status' in run) {
    reply(res, run.status, run.body);
    return;
  }
  if (accept !== undefined) subscribe(core, run, call, res, accept);
  else handleCall(core, run, call, res);
}

/** Mesos's order after Accept: recovery (503), framework and executor (400), subscription (403). */
function lookup(
  core: AgentCore,
  call: ExecutorCall,
): ExecutorRun | { status: number; body: string } {
  if (call.type !== T.SUBSCRIBE && core.phase === 'recovering') {
    return { status: 503, body: 'Agent has not finished recovery' };
  }
  const framework = core.frameworks.get(call.framework_id.value);
  if (framework === undefined) return { status: 400, body: 'Framework cannot be found' };
  const run = framework.executors.get(call.executor_id.value);
  if (run === undefined) return { status: 400, body: 'Executor cannot be found' };
  if (run.phase === 'registering' && call.type !== T.SUBSCRIBE) {
    return { status: 403, body: 'Executor is not subscribed' };
  }
  return run;
}

function subscribe(
  core: AgentCore,
  run: ExecutorRun,
  call: ExecutorCall,
  res: ServerResponse,
  accept: 'application/json' | 'application/x-protobuf',
): void {
  const stream = new ExecutorStream(res, accept, () => {
    if (core.streams.get(run) === stream) core.streams.delete(run);
  });
  subscribeExecutor(
    core,
    run,
    call.subscribe ?? { unacknowledged_tasks: [], unacknowledged_updates: [] },
    stream,
  );
}

function handleCall(
  core: AgentCore,
  run: ExecutorRun,
  call: ExecutorCall,
  res: ServerResponse,
): void {
  if (call.type === T.UPDATE && call.update) {
    executorUpdate(core, run, call.update.status);
    reply(res, 202);
  } else if (call.type === T.MESSAGE && call.message) {
    const data = call.message.data;
    core.tell((master, agentId) => {
      master.executorMessage(agentId, run.frameworkId, run.executorId, data);
    });
    reply(res, 202);
  } else {
    reply(res, 501); // UNKNOWN, or a type this build does not know
  }
}

function reply(
  res: ServerResponse,
  status: number,
  body = '',
  headers: Record<string, string> = {},
): void {
  const text = Buffer.from(body, 'utf8');
  res.writeHead(status, {
    ...headers,
    ...(text.length > 0 ? { 'Content-Type': 'text/plain; charset=utf-8' } : {}),
    'Content-Length': text.length,
  });
  res.end(text);
}

async function readBody(req: IncomingMessage): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
