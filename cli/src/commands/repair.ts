// Repair commands: start a run now, follow it, steer it, read the history, and the schedule.
import type { RepairAction, RepairRunView } from '../api.js';
import { renderRun, renderRunList, renderSchedule } from '../views/repairs.js';
import {
  acknowledged,
  shown,
  UsageError,
  type Command,
  type Context,
  type Output,
} from './command.js';

const RUN_ID = { name: 'run-id', kind: 'repair' } as const;
const FINISHED: ReadonlySet<RepairRunView['status']> = new Set(['succeeded', 'failed', 'aborted']);

function runAction(action: RepairAction, summary: string): Command {
  return {
    words: ['repair', action],
    args: [RUN_ID],
    options: [],
    summary,
    run: async (ctx, { args: [id = ''] }) =>
      shown(ctx, await ctx.api.repairAction(id, action), (b) =>
        acknowledged(b, `${action} of repair ${id} accepted`),
      ),
  };
}

/** Without an id: the run under way, else the newest one. */
async function repairStatus(ctx: Context, id: string | undefined): Promise<Output> {
  if (id !== undefined) {
    return shown(ctx, await ctx.api.repair(id), (run) => renderRun(run, ctx.nowMs()));
  }
  const { status, body } = await ctx.api.repairs();
  const newest = [...body.runs].sort((a, b) => b.createdAtMs - a.createdAtMs);
  const run = newest.find((r) => !FINISHED.has(r.status)) ?? newest[0] ?? null;
  return shown(ctx, { status, body: run }, (r) =>
    r === null ? 'no repair runs yet' : renderRun(r, ctx.nowMs()),
  );
}

async function schedule(ctx: Context, action: string | undefined): Promise<Output> {
  const render = (s: Parameters<typeof renderSchedule>[0]) => renderSchedule(s, ctx.nowMs());
  switch (action) {
    case undefined:
    case 'show':
      return shown(ctx, await ctx.api.schedule(), render);
    case 'pause':
    case 'resume':
      return shown(ctx, await ctx.api.scheduleAction(action), render);
    default:
      throw new UsageError(`repair schedule: expected show, pause or resume, not '${action}'`);
  }
}

export const REPAIR_COMMANDS: readonly Command[] = [
  {
    words: ['repair', 'start'],
    args: [],
    options: ['keyspace'],
    summary: 'repair now (default: every non-system keyspace)',
    run: async (ctx, { keyspaces }) =>
      shown(ctx, await ctx.api.startRepair(keyspaces), (run) => renderRun(run, ctx.nowMs())),
  },
  {
    words: ['repair', 'status'],
    args: [{ ...RUN_ID, optional: true }],
    options: [],
    summary: 'one run, node by node (default: the one under way, else the newest)',
    run: (ctx, { args: [id] }) => repairStatus(ctx, id),
  },
  runAction('pause', 'pause a run at the next node boundary'),
  runAction('resume', 'resume a paused run where it stopped'),
  runAction('abort', 'abort a run (after the node being repaired)'),
  {
    words: ['repair', 'history'],
    args: [],
    options: [],
    summary: 'every recorded run, newest first',
    run: async (ctx) =>
      shown(ctx, await ctx.api.repairs(), (b) => renderRunList(b.runs, ctx.nowMs())),
  },
  {
    words: ['repair', 'schedule'],
    args: [{ name: 'show|pause|resume', kind: ['show', 'pause', 'resume'], optional: true }],
    options: [],
    summary: 'the schedule and its next run; pause or resume it',
    run: (ctx, { args: [action] }) => schedule(ctx, action),
  },
];
