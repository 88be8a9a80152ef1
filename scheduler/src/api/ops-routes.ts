// The ops queue's routes: the plan with its queue lines and notes, an operator's restart, replace
// or cleanup of a node (token and leader needed; the same gates apply when it runs), the config
// dry run, and the ring's endpoints and seeds.
import { json, problem, type ApiResponse } from './answer.js';
import type { ConfigResult } from '../config/parse.js';
import type { ClusterSpec } from '../domain/cluster.js';
import type { ChangeResult, OpsReport, RequestKind, RequestResult } from '../domain/ops/index.js';
import type { StatusSource } from './view.js';

export interface OpsApiSource {
  /**
   * The leader's last ops pass; before its first one, and on a standby, the queue as stored (so
   * a new leader never shows an empty queue it has not looked at yet); null if none is stored.
   */
  report(): Promise<OpsReport | null>;
  /** Null on a standby: requests go to the leader. */
  request(kind: RequestKind, nodeId: string, reason: string): Promise<RequestResult> | null;
  /** What a proposed config ({env} or {settingsYaml}; null: the target itself) would do. */
  diff(proposed: unknown): Promise<ConfigResult | ChangeResult>;
}

interface Request {
  readonly method: string;
  readonly path: string;
  readonly body?: unknown;
}

type Answer = ApiResponse;

const NODE_ACTION = /^\/v1\/nodes\/([^/]+)\/(restart|replace|cleanup)$/;
const REFUSED: Readonly<Record<string, number>> = {
  NODE_UNKNOWN: 404,
  NODE_NOT_RUNNING: 409,
  NODE_LIVE: 409,
  NOT_PLACED: 409,
};

/** Whether the route needs the bearer token (a dry run and the reads do not). */
export function isOpsMutation(request: Request): boolean {
  return request.method === 'POST' && NODE_ACTION.test(request.path);
}

/** The operator's reason; null when the body is not a JSON object (then nothing is queued). */
function reasonOf(body: unknown): string | null {
  if (body === undefined) return 'no reason given';
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return null;
  const reason = (body as { reason?: unknown }).reason;
  return typeof reason === 'string' && reason !== '' ? reason : 'no reason given';
}

async function nodeAction(request: Request, ops: OpsApiSource): Promise<Answer> {
  const [, id = '', kind = 'restart'] = NODE_ACTION.exec(request.path) ?? [];
  const reason = reasonOf(request.body);
  if (reason === null) return problem(400, 'the body must be a JSON object: {"reason": "..."}');
  const pending = ops.request(kind as RequestKind, decodeURIComponent(id), reason);
  if (pending === null)
    return problem(503, 'this scheduler is a standby; send changes to the leader');
  const result = await pending;
  if (!result.ok)
    return json(REFUSED[result.code] ?? 409, { error: result.message, code: result.code });
  const message = result.created
    ? `queued ${result.item.id}: ${result.item.reason}`
    : `already queued as ${result.item.id} (${result.item.state}, step ${result.item.step})`;
  return json(result.created ? 202 : 200, { message, item: result.item });
}

async function configDiff(request: Request, ops: OpsApiSource): Promise<Answer> {
  const result = await ops.diff(request.method === 'POST' ? (request.body ?? {}) : null);
  if ('config' in result) return problem(500, 'a diff returned a config');
  if (result.ok) return json(200, result);
  const errors = result.errors.map((e) =>
    'code' in e ? e : { key: e.key, code: 'INVALID', message: e.reason },
  );
  return json(422, { ok: false, errors });
}

async function plan(source: StatusSource, ops: OpsApiSource): Promise<Answer> {
  const p = source.plan();
  const report = await ops.report();
  const open = (report?.lines ?? []).some((l) => l.state === 'queued' || l.state === 'running');
  const busy = open || p.steps.some((s) => s.status !== 'done');
  return json(busy ? 202 : 200, {
    steps: p.steps,
    actions: p.actions.map((a) => ({ type: a.type, reason: a.reason })),
    queue: report?.lines ?? [],
    notes: report?.notes ?? [],
  });
}

async function endpoints(source: StatusSource, target: ClusterSpec): Promise<Answer> {
  const serving = (await source.nodes()).filter(
    (n) => n.phase === 'Up' && n.health?.operationMode === 'NORMAL' && n.health.problem === '',
  );
  const native = serving.flatMap((n) =>
    n.placement ? [`${n.placement.address}:${target.ports.native}`] : [],
  );
  return json(200, { native });
}

async function seeds(source: StatusSource): Promise<Answer> {
  const nodes = (await source.nodes()).filter((n) => n.seed && n.placement !== null);
  return json(200, { seeds: nodes.map((n) => n.placement?.address ?? '') });
}

/** Null when the request is none of these routes. Callers check the token for mutations. */
export async function opsRoute(request: Request, source: StatusSource): Promise<Answer | null> {
  const ops = source.ops;
  if (!ops) return null;
  const { method, path } = request;
  if (method === 'POST' && NODE_ACTION.test(path)) return nodeAction(request, ops);
  if (path === '/v1/config/diff' && (method === 'GET' || method === 'POST'))
    return configDiff(request, ops);
  if (method !== 'GET') return null;
  if (path === '/v1/plan') return plan(source, ops);
  if (path === '/v1/endpoints') return endpoints(source, source.target());
  if (path === '/v1/seeds') return seeds(source);
  return null;
}
