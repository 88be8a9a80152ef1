#!/usr/bin/env node
// The cassandra-mesos command: reads argv, the environment (the only place that does) and whether
// it talks to a terminal, then runs one command, or the REPL when there is none and a terminal.
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { ApiClient } from './api.js';
import type { CommandLine, Env } from './args.js';
import { EXIT } from './commands/command.js';
import { COMMANDS } from './commands/index.js';
import { PROGRAM } from './help.js';
import { historyPath } from './repl/history.js';
import { IdCache, type IdKind } from './repl/ids.js';
import { runRepl } from './repl/repl.js';
import { parseOrReport, runCommandLine, type Deps, type Io } from './run.js';

const env: Env = process.env;
const argv = process.argv.slice(2);
const io: Io = {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
};
const deps: Deps = {
  nowMs: () => Date.now(),
  readText: (path) => readFile(path, 'utf8'),
  version: versionOf(),
};

function versionOf(): string {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
    version?: string;
  };
  return pkg.version ?? 'unknown';
}

async function repl(line: CommandLine): Promise<number> {
  const session = argv.filter((word) => word !== 'repl');
  const api = new ApiClient({
    baseUrl: line.settings.url,
    token: line.settings.token,
    timeoutMs: 3000,
  });
  const fetchIds = async (kind: IdKind): Promise<readonly string[]> =>
    kind === 'node'
      ? (await api.nodes()).body.map((n) => n.id)
      : (await api.repairs()).body.runs.map((r) => r.runId);
  await runRepl({
    input: process.stdin,
    output: process.stdout,
    commands: COMMANDS,
    historyFile: historyPath(env, homedir()),
    ids: new IdCache(fetchIds, deps.nowMs),
    execute: async (words) => {
      const parsed = parseOrReport([...session, ...words], env, io);
      return parsed === null ? EXIT.usage : runCommandLine(parsed, deps, io);
    },
    err: io.err,
    prompt: 'cassandra-mesos> ',
  });
  return EXIT.ok;
}

async function main(): Promise<number> {
  const line = parseOrReport(argv, env, io);
  if (line === null) return EXIT.usage;
  const wantsRepl =
    line.words.length === 0 || (line.words.length === 1 && line.words[0] === 'repl');
  if (!wantsRepl || line.help || line.version) return runCommandLine(line, deps, io);
  if (process.stdin.isTTY) return repl(line);
  if (line.words.length === 0)
    return runCommandLine({ ...line, help: true }, deps, io).then(() => EXIT.usage);
  io.err(`${PROGRAM}: the REPL needs a terminal; give a command instead (see --help)`);
  return EXIT.usage;
}

process.exitCode = await main();
