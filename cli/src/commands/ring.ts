// Commands about the ring itself: status, nodes, the plan, and how clients find it.
import type { NodeAction } from '../api.js';
import { renderNode, renderNodes } from '../views/nodes.js';
import { renderPlan } from '../views/plan.js';
import { renderStatus } from '../views/status.js';
import { acknowledged, EXIT, shown, type Command, type Context, type Output } from './command.js';

const NODE_ID = { name: 'id', kind: 'node' } as const;

function nodeAction(action: NodeAction, summary: string): Command {
  return {
    words: ['nodes', action],
    args: [NODE_ID],
    options: [],
    summary,
    run: async (ctx, { args: [id = ''] }) => {
      const answer = await ctx.api.nodeAction(id, action);
      return shown(ctx, answer, (body) => acknowledged(body, `${action} of ${id} accepted`));
    },
  };
}

/** A plan the API answers with 417 (in error, the dcos-commons convention) is shown, and exits 1. */
async function showPlan(ctx: Context): Promise<Output> {
  const answer = await ctx.api.plan();
  return shown(ctx, answer, renderPlan, answer.status === 417 ? EXIT.refused : EXIT.ok);
}

function lines(items: readonly string[], none: string): string {
  return items.length === 0 ? none : items.join('\n');
}

export const RING_COMMANDS: readonly Command[] = [
  {
    words: ['status'],
    args: [],
    options: [],
    summary: 'the ring at a glance: leader, nodes, plan, last repair, config errors',
    run: async (ctx) => shown(ctx, await ctx.api.status(), renderStatus),
  },
  {
    words: ['nodes', 'list'],
    args: [],
    options: [],
    summary: 'every node, nodetool-style (UN = up, normal), phase and reason',
    run: async (ctx) => shown(ctx, await ctx.api.nodes(), renderNodes),
  },
  {
    words: ['nodes', 'show'],
    args: [NODE_ID],
    options: [],
    summary: "one node's record: placement, task, Cassandra's view, failures",
    run: async (ctx, { args: [id = ''] }) =>
      shown(ctx, await ctx.api.node(id), (node) => renderNode(node, ctx.nowMs())),
  },
  nodeAction('restart', 'restart a node in place, on its own data (never two down)'),
  nodeAction('replace', 'replace a node on another agent; the old one leaves the ring'),
  {
    words: ['plan', 'show'],
    args: [],
    options: [],
    summary: 'the plan: phases and steps (one per node) with status and reason',
    run: showPlan,
  },
  {
    words: ['endpoints'],
    args: [],
    options: [],
    summary: 'CQL contact points (host:port) of the nodes serving, one per line',
    run: async (ctx) =>
      shown(ctx, await ctx.api.endpoints(), (b) => lines(b.native, 'no node serves CQL yet')),
  },
  {
    words: ['seeds'],
    args: [],
    options: [],
    summary: 'seed addresses, one per line',
    run: async (ctx) =>
      shown(ctx, await ctx.api.seeds(), (b) => lines(b.seeds, 'no seeds placed yet')),
  },
];
