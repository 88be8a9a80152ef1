// Applies ACCEPT operations to an offer's resources the way the master does: RESERVE and CREATE
// convert resources in place, LAUNCH consumes them, in order. The runtime checks every ACCEPT with
// it before sending (a misfit would cost a TASK_ERROR), and the properties use it as the oracle
// for "ports and resources always lie inside the offer".
import {
  mergeRanges,
  rangesCover,
  reservationOf,
  subtractRanges,
  toMilli,
  fromMilli,
  type Range,
} from './resources.js';
import {
  OPERATION_CREATE,
  OPERATION_LAUNCH,
  OPERATION_RESERVE,
  VALUE_RANGES,
  VALUE_SCALAR,
  type Operation,
  type Resource,
} from './wire.js';

export type PoolResult =
  | { readonly ok: true; readonly remaining: readonly Resource[] }
  | { readonly ok: false; readonly reason: string };

interface Entry {
  readonly template: Resource;
  readonly milli: number;
  readonly ranges: readonly Range[];
}

type Pool = ReadonlyMap<string, Entry>;

/** The innermost reservation as a comparable value, whichever format it came in. */
function reservationKey(r: Resource): unknown {
  const view = reservationOf(r);
  const depth = (r.reservations ?? []).length;
  if (view === null) return null;
  return [depth, view.role, view.principal, Object.entries(view.labels).sort()];
}

/** Everything that must match for Mesos to treat two resources as the same kind. */
function identity(r: Resource, allocationRole: string | null): string {
  const disk = r.disk;
  return JSON.stringify([
    r.name,
    r.type,
    r.allocation_info?.role ?? allocationRole,
    reservationKey(r),
    disk?.persistence?.id ?? null,
    disk?.volume?.container_path ?? null,
  ]);
}

function add(pool: Pool, r: Resource, allocationRole: string | null): Pool {
  const key = identity(r, allocationRole);
  const old = pool.get(key);
  const next = new Map(pool);
  next.set(key, {
    template: old?.template ?? r,
    milli: (old?.milli ?? 0) + (r.type === VALUE_SCALAR ? toMilli(r.scalar?.value ?? 0) : 0),
    ranges: mergeRanges([...(old?.ranges ?? []), ...wantedRanges(r)]),
  });
  return next;
}

function wantedRanges(r: Resource): Range[] {
  return r.type === VALUE_RANGES ? (r.ranges?.range ?? []).map((x): Range => [x.begin, x.end]) : [];
}

function takeScalar(have: Entry | undefined, r: Resource): Entry | string {
  const want = toMilli(r.scalar?.value ?? 0);
  if (want <= 0) return `${r.name}: scalar must be > 0`;
  if (!have || have.milli < want) {
    return `${r.name}: want ${fromMilli(want)}, have ${fromMilli(have?.milli ?? 0)} of that kind`;
  }
  return { ...have, milli: have.milli - want };
}

function takeRanges(have: Entry | undefined, r: Resource): Entry | string {
  const want = wantedRanges(r);
  if (!have || !rangesCover(have.ranges, want)) {
    return `${r.name}: ${JSON.stringify(want)} not inside ${JSON.stringify(have?.ranges ?? [])}`;
  }
  return { ...have, ranges: subtractRanges(have.ranges, want) };
}

function take(pool: Pool, r: Resource, allocationRole: string | null): Pool | string {
  const key = identity(r, allocationRole);
  const have = pool.get(key);
  let left: Entry | string;
  if (r.type === VALUE_SCALAR) left = takeScalar(have, r);
  else if (r.type === VALUE_RANGES) left = takeRanges(have, r);
  else left = `${r.name}: only SCALAR and RANGES resources are used here`;
  if (typeof left === 'string') return left;
  return new Map(pool).set(key, left);
}

/** The resource a RESERVE converts from: the same one with its innermost reservation popped. */
function beforeReserve(r: Resource): Resource {
  const rest: Resource = { ...r };
  delete rest.role;
  delete rest.reservation;
  delete rest.reservations;
  const stack = r.reservations ?? [];
  return stack.length > 1 ? { ...rest, reservations: stack.slice(0, -1) } : rest;
}

/** The resource a CREATE converts from: the same reserved disk without persistence or volume. */
function beforeCreate(r: Resource): Resource {
  const rest: Resource = { ...r };
  delete rest.disk;
  return rest;
}

function convert(
  pool: Pool,
  resources: readonly Resource[],
  from: (r: Resource) => Resource,
  role: string | null,
): Pool | string {
  let current: Pool = pool;
  for (const r of resources) {
    const taken = take(current, from(r), role);
    if (typeof taken === 'string') return taken;
    current = add(taken, r, role);
  }
  return current;
}

function consume(pool: Pool, resources: readonly Resource[], role: string | null): Pool | string {
  let current: Pool = pool;
  for (const r of resources) {
    const taken = take(current, r, role);
    if (typeof taken === 'string') return taken;
    current = taken;
  }
  return current;
}

function applyOne(pool: Pool, op: Operation, role: string | null): Pool | string {
  if (op.type === OPERATION_RESERVE) {
    return convert(pool, op.reserve?.resources ?? [], beforeReserve, role);
  }
  if (op.type === OPERATION_CREATE) {
    const volumes = op.create?.volumes ?? [];
    // Mesos drops a CREATE on unreserved disk: only reserved disk can hold a persistent volume.
    if (volumes.some((v) => reservationOf(v) === null)) return 'a volume needs reserved disk';
    return convert(pool, volumes, beforeCreate, role);
  }
  if (op.type === OPERATION_LAUNCH) {
    const tasks = op.launch?.task_infos ?? [];
    if (tasks.some((t) => (t.resources ?? []).length === 0)) return 'a task has no resources';
    const wanted = tasks.flatMap((t) => [...(t.resources ?? []), ...(t.executor?.resources ?? [])]);
    return consume(pool, wanted, role);
  }
  return `operation type ${String(op.type)} is not used by this framework`;
}

/**
 * Runs `operations` against `offered` in order. `allocationRole` stands in for a missing
 * allocation_info, as the master injects the offer's into every operation's resources.
 */
export function applyOperations(
  offered: readonly Resource[],
  operations: readonly Operation[],
  allocationRole: string | null = null,
): PoolResult {
  let pool: Pool = new Map();
  for (const r of offered) pool = add(pool, r, allocationRole);
  for (const [i, op] of operations.entries()) {
    const next = applyOne(pool, op, allocationRole);
    if (typeof next === 'string') return { ok: false, reason: `operation ${i}: ${next}` };
    pool = next;
  }
  const remaining = [...pool.values()]
    .filter((e) => e.milli > 0 || e.ranges.length > 0)
    .map((e) => remainder(e));
  return { ok: true, remaining };
}

function remainder(e: Entry): Resource {
  if (e.template.type === VALUE_RANGES) {
    return { ...e.template, ranges: { range: e.ranges.map(([begin, end]) => ({ begin, end })) } };
  }
  return { ...e.template, scalar: { value: fromMilli(e.milli) } };
}
