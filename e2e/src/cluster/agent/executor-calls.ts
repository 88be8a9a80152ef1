// Reading executor Calls off the wire and the checks Mesos makes before looking anything up
// (common/validation.cpp validateExecutorCall): the exact 400 bodies an executor gets.
import { fromMesosJson, isRfc4122Uuid, mesos } from '@cmf/proto';
import type { MediaType } from '../master/domain/negotiation.js';

export type ExecutorCall = mesos.v1.executor.Call;
const Call = mesos.v1.executor.Call;
const T = mesos.v1.executor.Call.Type;

export type CallRead = { ok: true; call: ExecutorCall } | { ok: false; body: string };

/** Decodes the body as the Content-Type says; a body that is not a Call is a 400 with Mesos's wording. */
export function readExecutorCall(mediaType: MediaType, body: Uint8Array): CallRead {
  if (mediaType === 'application/x-protobuf') {
    try {
      return { ok: true, call: Call.decode(body) };
    } catch {
      return { ok: false, body: 'Failed to parse body into Call protobuf' };
    }
  }
  let json: unknown;
  try {
    json = JSON.parse(Buffer.from(body).toString('utf8'));
  } catch (err) {
    return { ok: false, body: `Failed to parse body into JSON: ${(err as Error).message}` };
  }
  try {
    return { ok: true, call: fromMesosJson(Call, json) };
  } catch (err) {
    return {
      ok: false,
      body: `Failed to convert JSON into Call protobuf: ${(err as Error).message}`,
    };
  }
}

/** undefined when the call is well formed; else the reason, prefixed as Mesos prefixes it. */
export function validateExecutorCall(call: ExecutorCall): string | undefined {
  const problem = callProblem(call);
  return problem === undefined ? undefined : `Failed to validate Executor::Call: ${problem}`;
}

function callProblem(call: ExecutorCall): string | undefined {
  if (!Object.hasOwn(call, 'type')) return "Expecting 'type' to be present";
  switch (call.type) {
    case T.SUBSCRIBE:
      return call.subscribe ? undefined : "Expecting 'subscribe' to be present";
    case T.UPDATE:
      return updateProblem(call);
    case T.MESSAGE:
      return call.message ? undefined : "Expecting 'message' to be present";
    case T.HEARTBEAT:
    case T.UNKNOWN:
    case null:
      return undefined;
  }
  return undefined; // a type this build does not know: the endpoint answers 501 like UNKNOWN
}

function updateProblem(call: ExecutorCall): string | undefined {
  const status = call.update?.status;
  if (!status) return "Expecting 'update' to be present";
  if (!Object.hasOwn(status, 'uuid') || status.uuid === null)
    return "Expecting 'uuid' to be present";
  if (!isRfc4122Uuid(status.uuid)) return 'Not a valid UUID';
  const executorId = call.executor_id.value;
  const frameworkId = call.framework_id.value;
  if (status.executor_id && status.executor_id.value !== executorId) {
    return `ExecutorID in Call: ${executorId} does not match ExecutorID in TaskStatus: ${status.executor_id.value}`;
  }
  if (status.source !== mesos.v1.TaskStatus.Source.SOURCE_EXECUTOR) {
    return `Received Call from executor ${executorId} of framework ${frameworkId} with invalid source, expecting 'SOURCE_EXECUTOR'`;
  }
  if (status.state === mesos.v1.TaskState.TASK_STAGING) {
    return `Received TASK_STAGING from executor ${executorId} of framework ${frameworkId} which is not allowed`;
  }
  return undefined;
}
