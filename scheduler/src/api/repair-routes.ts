// The repair routes: runs (list, show, start now, pause/resume/abort), the schedule (show,
// pause/resume) and the gc_grace lines /v1/status shows. Reads work on every scheduler (from the
// store); changes need the bearer token and the leader, which runs the repair loop.
import { json, problem, type ApiResponse } from './answer.js';
import {
  gcGraceReport,
  runStatus,
  type RepairConfig,
  type SchemaGcGrace,
} from '../domain/repair/index.js';
import { epochMs } from '../domain/time.js';
import type { RepairLoop } from '../runtime/repair/repair-loop.js';
import {
  changeRun,
  pauseSchedule,
  requestRun,
  runView,
  scheduleView,
  scheduleViewOf,
  type ControlResult,
  type RunAction,
  type ScheduleView,
} from '../runtime/repair/repair-control.js';
import type { RepairStore } from '../store/repair-store.js';

export interface RepairSource {
  readonly config: RepairConfig;
  readonly store: RepairStore;
  /** The leader's repair loop; null on a standby. */
  loop(): RepairLoop | null;
  now(): number;
  /** gc_grace_seconds per table as Cassandra has it, or why it could not be read. */
  gcGrace(): Promise<SchemaGcGrace>;
}

export interface RepairRequest {
  readonly method: string;
  readonly path: string;
  readonly body?: unknown;
}

type Answer = ApiResponse;
const RUN = /^\/v1\/repairs\/([^/]+)$/;
const RUN_ACTION = /^\/v1\/repairs\/([^/]+)\/(pause|resume|abort|abort-now)$/;
const SCHEDULE_ACTION = /^\/v1\/repair-schedule\/(pause|resume)$/;

/** True for the paths this module answers; the caller checks the token for mutations first. */
export function isRepairPath(path: string): boolean {
  return (
    path === '/v1/repairs' ||
    path.startsWith('/v1/repairs/') ||
    path.startsWith('/v1/repair-schedule')
  );
}

export async function repairRoute(request: RepairRequest, source: RepairSource): Promise<Answer> {
  if (request.method === 'GET' || request.method === 'HEAD') return read(request.path, source);
  if (request.method !== 'POST') return problem(405, `no route ${request.method} ${request.path}`);
  const loop = source.loop();
  if (loop === null) return problem(503, 'this scheduler is a standby; send changes to the leader');
  return change(request, loop);
}

async function read(path: string, source: RepairSource): Promise<Answer> {
  const loop = source.loop();
  if (path === '/v1/repairs') {
    const runs = (await source.store.runs()).map((r) => r.value).reverse();
    return json(200, {
      runs: runs.map((r) => (loop ? runView(loop, r) : { ...r, status: runStatus(r) })),
    });
  }
  if (path === '/v1/repair-schedule') return json(200, await schedule(source, loop));
  const id = RUN.exec(path)?.[1];
  if (id === undefined) return problem(404, `no route GET ${path}`);
  const stored = await source.store.run(decodeURIComponent(id));
  if (stored === null) return problem(404, `no repair run ${decodeURIComponent(id)}`);
  const run = stored.value;
  return json(200, loop ? runView(loop, run) : { ...run, status: runStatus(run) });
}

async function schedule(source: RepairSource, loop: RepairLoop | null): Promise<ScheduleView> {
  if (loop) return scheduleView(loop);
  const stored = (await source.store.schedule()).value;
  return scheduleViewOf(source.config, stored, epochMs(source.now()));
}

async function change(request: RepairRequest, loop: RepairLoop): Promise<Answer> {
  const { path } = request;
  if (path === '/v1/repairs') {
    const keyspaces = readKeyspaces(request.body);
    if (typeof keyspaces === 'string') return problem(400, keyspaces);
    return answer(await requestRun(loop, keyspaces), 201);
  }
  const action = RUN_ACTION.exec(path);
  if (action?.[1] !== undefined && action[2] !== undefined) {
    const runId = decodeURIComponent(action[1]);
    return answer(await changeRun(loop, runId, action[2] as RunAction), 202);
  }
  const paused = SCHEDULE_ACTION.exec(path)?.[1];
  if (paused !== undefined) return json(200, await pauseSchedule(loop, paused === 'pause'));
  return problem(404, `no route POST ${path}`);
}

function answer<T>(result: ControlResult<T>, okStatus: number): Answer {
  if (result.ok) return json(okStatus, result.value);
  return problem(result.code === 'NOT_FOUND' ? 404 : 409, result.message);
}

/** `{}` or `{ keyspaces: [] }`: the configured scope; else the named keyspaces. */
function readKeyspaces(body: unknown): readonly string[] | null | string {
  if (body === undefined || body === null) return null;
  if (typeof body !== 'object' || Array.isArray(body)) return 'the body must be a JSON object';
  const list = (body as { keyspaces?: unknown }).keyspaces;
  if (list === undefined) return null;
  if (!Array.isArray(list) || !list.every((k): k is string => typeof k === 'string')) {
    return '"keyspaces" must be a list of keyspace names';
  }
  return list.length === 0 ? null : list;
}

/**
 * Per keyspace: time since its last full repair on every node, against gc_grace_seconds as the
 * schema has it (the configured value only when no node could be asked, and then it says so).
 */
export async function repairStatus(source: RepairSource | undefined): Promise<unknown> {
  if (source === undefined) return null;
  const runs = (await source.store.runs()).map((r) => r.value);
  const schedule = (await source.store.schedule()).value;
  const since = schedule.trackingSinceMs ?? runs[0]?.createdAtMs ?? source.now();
  return gcGraceReport(
    {
      schema: await source.gcGrace(),
      scope: source.config.scope,
      runs,
      trackedSinceMs: epochMs(since),
      configGcGraceSeconds: source.config.gcGraceSeconds,
    },
    epochMs(source.now()),
  );
}
