// The REST routes, pure over a StatusSource: (method, path, headers) -> status + JSON body. Only
// operations the OpenAPI document lists are served; every mutation needs the bearer token.
import { json, problem, type ApiResponse } from './answer.js';
import { OPENAPI } from './openapi.js';
import { isOpsMutation, opsRoute } from './ops-routes.js';
import { isRepairPath, repairRoute, repairStatus } from './repair-routes.js';
import { matchRoute } from './route-table.js';
import { nodeView, type StatusSource } from './view.js';

export interface ApiRequest {
  readonly method: string;
  readonly path: string;
  readonly authorization: string | null;
  /** The parsed JSON body of a POST, if it had one. */
  readonly body?: unknown;
}

export type { ApiResponse } from './answer.js';

/** True when `authorization` is exactly "Bearer <token>"; never true without a configured token. */
export function isAuthorized(authorization: string | null, token: string | null): boolean {
  if (token === null || authorization === null) return false;
  const expected = `Bearer ${token}`;
  if (authorization.length !== expected.length) return false;
  let diff = 0;
  for (let i = 0; i < expected.length; i++)
    diff |= expected.charCodeAt(i) ^ authorization.charCodeAt(i);
  return diff === 0;
}

async function status(source: StatusSource): Promise<ApiResponse> {
  const nodes = await source.nodes();
  const plan = source.plan();
  const target = source.target();
  return json(200, {
    framework: { id: await source.frameworkId(), subscribed: source.subscribed() },
    leadership: await source.leadership(),
    reconciliation: source.reconciliation(),
    desired: {
      nodes: target.nodeCount,
      seeds: Math.min(target.seedCount, target.nodeCount),
      configVersion: target.configVersion,
    },
    actual: { nodes: nodes.length, up: nodes.filter((n) => n.phase === 'Up').length },
    nodes: nodes.map((n) => nodeView(n, plan)),
    configErrors: source.configErrors(),
    repairs: await repairStatus(source.repairs),
  });
}

async function nodeRoute(source: StatusSource, id: string): Promise<ApiResponse> {
  const node = (await source.nodes()).find((n) => n.nodeId === id);
  return node ? json(200, nodeView(node, source.plan())) : problem(404, `no node ${id}`);
}

async function config(source: StatusSource): Promise<ApiResponse> {
  const running = (await source.nodes()).map((n) => ({
    id: n.nodeId,
    configVersion: n.configVersion,
  }));
  return json(200, { target: source.target(), running, errors: source.configErrors() });
}

async function get(path: string, source: StatusSource): Promise<ApiResponse> {
  if (path === '/health') return json(200, { status: 'ok' });
  if (path === '/v1/status') return status(source);
  if (path === '/v1/nodes') {
    const plan = source.plan();
    return json(
      200,
      (await source.nodes()).map((n) => nodeView(n, plan)),
    );
  }
  const node = /^\/v1\/nodes\/([^/]+)$/.exec(path)?.[1];
  if (node !== undefined) return nodeRoute(source, decodeURIComponent(node));
  if (path === '/v1/plan') {
    const plan = source.plan();
    return json(200, {
      steps: plan.steps,
      actions: plan.actions.map((a) => ({ type: a.type, reason: a.reason })),
    });
  }
  if (path === '/v1/config') return config(source);
  if (path === '/v1/openapi.json') return json(200, OPENAPI);
  return problem(404, `no route GET ${path}`);
}

/** Whether every %-escape in the path decodes: the routes decode their {id} segments. */
function decodable(path: string): boolean {
  try {
    decodeURIComponent(path);
    return true;
  } catch {
    return false;
  }
}

/**
 * 404 or 405 for what the OpenAPI document does not list, 400 for a path whose escapes do not
 * decode (a bad request, not a 500 from a route's decodeURIComponent); null for what is served.
 */
function notServed(request: ApiRequest): ApiResponse | null {
  if (!decodable(request.path)) return problem(400, `the path ${request.path} does not decode`);
  const match = matchRoute(request.method, request.path);
  if (match === 'served') return null;
  return problem(match === 'no-path' ? 404 : 405, `no route ${request.method} ${request.path}`);
}

export async function route(
  request: ApiRequest,
  source: StatusSource,
  token: string | null,
): Promise<ApiResponse> {
  const isRead = request.method === 'GET' || request.method === 'HEAD';
  const undocumented = notServed(request);
  if (undocumented) return undocumented;
  if (
    source.repairs &&
    isRepairPath(request.path) &&
    (isRead || isAuthorized(request.authorization, token))
  )
    return repairRoute(request, source.repairs);
  const mutation = isOpsMutation(request);
  const ops =
    mutation && !isAuthorized(request.authorization, token)
      ? null
      : await opsRoute(request, source);
  if (ops) return ops;
  if (isRead) return get(request.path, source);
  // Every mutation needs the bearer token.
  if (!isAuthorized(request.authorization, token)) {
    return {
      ...problem(401, 'mutations need "Authorization: Bearer <token>"'),
      headers: { 'WWW-Authenticate': 'Bearer' },
    };
  }
  return problem(405, `no route ${request.method} ${request.path}`);
}
