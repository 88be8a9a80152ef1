// Config commands: what the ring is set to (or runs), and the dry run of a proposed config:
// validate says whether it would be accepted, diff says what would change and which nodes restart.
import type { ConfigDiffView, ProposedConfig } from '../api.js';
import { renderDiff, renderRunning, renderTarget } from '../views/config.js';
import { EXIT, shown, UsageError, type Command, type Context, type Output } from './command.js';
import { parseProposal } from './proposal.js';

const FILE = { name: 'file', kind: 'file' } as const;

async function readProposal(ctx: Context, path: string): Promise<ProposedConfig> {
  let text: string;
  try {
    text = await ctx.readText(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unreadable';
    throw new UsageError(`cannot read ${path}: ${code === 'ENOENT' ? 'no such file' : code}`);
  }
  return parseProposal(text, path);
}

async function dryRun(
  ctx: Context,
  path: string,
  render: (diff: ConfigDiffView) => string,
): Promise<Output> {
  const answer = await ctx.api.configDiff(await readProposal(ctx, path));
  return shown(ctx, answer, render, answer.body.ok ? EXIT.ok : EXIT.refused);
}

function validity(answer: ConfigDiffView): string {
  if (!answer.ok) return renderDiff(answer);
  const { changes, restarts } = answer.diff;
  return `valid: ${changes.length} change(s), ${restarts.length} node(s) would restart`;
}

export const CONFIG_COMMANDS: readonly Command[] = [
  {
    words: ['config', 'show'],
    args: [],
    options: ['running'],
    summary: 'the target config (--running: which config each node runs)',
    run: async (ctx, { running }) =>
      shown(ctx, await ctx.api.config(), running ? renderRunning : renderTarget),
  },
  {
    words: ['config', 'validate'],
    args: [FILE],
    options: [],
    summary: 'would the scheduler take this config? (Marathon app, env JSON, KEY=VALUE, YAML)',
    run: (ctx, { args: [path = ''] }) => dryRun(ctx, path, validity),
  },
  {
    words: ['config', 'diff'],
    args: [FILE],
    options: [],
    summary: 'dry run: what would change, which nodes would restart and why',
    run: (ctx, { args: [path = ''] }) => dryRun(ctx, path, renderDiff),
  },
];
