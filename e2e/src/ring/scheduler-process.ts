// One scheduler as the operator runs it: `node scheduler/dist/main.js` in its own process group,
// with an explicit environment (nothing inherited but PATH, HOME and JAVA_HOME), stdout and stderr
// captured to files. Tracked by the reaper, so it never outlives the process that started it.
import { spawn } from 'node:child_process';
import { closeSync, openSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DetachedProcess, signalGroup, type ProcessExit } from '@cmf/executor';
import { parseVmRssKb } from '../runtime/cassandra-node.js';
import { track, untrack } from '../runtime/reaper.js';

/** <repo>/scheduler/dist/main.js, found from this file's place in e2e/dist/ring/. */
export const SCHEDULER_MAIN = fileURLToPath(
  new URL('../../../scheduler/dist/main.js', import.meta.url),
);

/** What a child inherits from this process: enough to find node and java, nothing that configures it. */
const INHERITED = ['PATH', 'HOME', 'JAVA_HOME', 'LANG', 'TZ'] as const;

export interface SchedulerProcessOptions {
  /** Names its log files and its lines in failure reports, e.g. `scheduler-0`. */
  readonly name: string;
  readonly logDir: string;
  /** The scheduler's variables (MESOS_MASTER, ZK_CONNECT, API_PORT, ...). */
  readonly env: Readonly<Record<string, string>>;
  readonly args?: readonly string[];
  /** The environment PATH, HOME and JAVA_HOME are taken from (main.ts passes process.env). */
  readonly inherit: Readonly<Record<string, string | undefined>>;
  readonly main?: string;
}

export interface SchedulerProcess {
  readonly name: string;
  readonly pid: number;
  /** performance.now() when it was spawned. */
  readonly startedAtMs: number;
  readonly stdoutPath: string;
  readonly stderrPath: string;
  readonly exited: Promise<ProcessExit>;
  isRunning(): boolean;
  /** SIGKILL, as a crash: no shutdown hooks run. Resolves once it is gone. */
  kill9(): Promise<ProcessExit>;
  /** SIGTERM, SIGKILL after `graceMs`. */
  stop(graceMs?: number): Promise<ProcessExit>;
  logTail(lines?: number): Promise<string>;
  rssKb(): Promise<number>;
}

export function childEnvironment(
  inherit: Readonly<Record<string, string | undefined>>,
  env: Readonly<Record<string, string>>,
): Record<string, string> {
  const base: Record<string, string> = {};
  for (const key of INHERITED) {
    const value = inherit[key];
    if (value !== undefined) base[key] = value;
  }
  return { ...base, ...env };
}

export async function startSchedulerProcess(
  options: SchedulerProcessOptions,
): Promise<SchedulerProcess> {
  await mkdir(options.logDir, { recursive: true });
  const stdoutPath = join(options.logDir, `${options.name}.stdout.log`);
  const stderrPath = join(options.logDir, `${options.name}.stderr.log`);
  const startedAtMs = performance.now();
  const child = spawnLogged(options, stdoutPath, stderrPath);
  const pid = child.pid ?? (await spawnError(child, options.name));
  const process = new DetachedProcess(pid, child);
  track(process);
  void process.exited.then(() => {
    untrack(process);
  });
  const tail = (lines = 60): Promise<string> => tails(stdoutPath, stderrPath, lines);
  return {
    name: options.name,
    pid,
    startedAtMs,
    stdoutPath,
    stderrPath,
    exited: process.exited,
    isRunning: () => process.isRunning(),
    kill9: () => {
      if (process.isRunning()) signalGroup(pid, 'SIGKILL');
      return process.exited;
    },
    stop: (graceMs = 10_000) => process.stop(graceMs),
    logTail: tail,
    rssKb: async () => parseVmRssKb(await readFile(`/proc/${pid}/status`, 'utf8')),
  };
}

function spawnLogged(
  options: SchedulerProcessOptions,
  stdoutPath: string,
  stderrPath: string,
): ReturnType<typeof spawn> {
  const out = openSync(stdoutPath, 'a');
  const err = openSync(stderrPath, 'a');
  try {
    return spawn(process.execPath, [options.main ?? SCHEDULER_MAIN, ...(options.args ?? [])], {
      env: childEnvironment(options.inherit, options.env),
      detached: true,
      stdio: ['ignore', out, err],
    });
  } finally {
    closeSync(out);
    closeSync(err);
  }
}

async function spawnError(child: ReturnType<typeof spawn>, name: string): Promise<never> {
  const error = await new Promise<unknown>((resolve) => child.once('error', resolve));
  throw new Error(`cannot start ${name}: ${String(error)}`, { cause: error });
}

async function tails(stdoutPath: string, stderrPath: string, lines: number): Promise<string> {
  const read = async (path: string): Promise<string> =>
    (await readFile(path, 'utf8').catch(() => '')).split('\n').slice(-lines).join('\n');
  return `--- stdout ---\n${await read(stdoutPath)}\n--- stderr ---\n${await read(stderrPath)}`;
}
