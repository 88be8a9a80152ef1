// Starts one real Cassandra node for tests from the distribution `make deps` assembled, with the
// fast test settings, on its own loopback address with the standard ports, and waits until it is
// NORMAL with CQL up. On a failed start the error carries the tail of Cassandra's log.
import {
  buildNodetoolCommand,
  buildServerCommand,
  FAST_TEST_START,
  JolokiaClient,
  readDistribution,
  runDirectories,
  runNodetool,
  spawnDetached,
  STANDARD_PORTS,
  STORAGE_SERVICE_MBEAN,
  writeNodeFiles,
  type CassandraNodeSpec,
  type DetachedProcess,
  type Distribution,
  type NodetoolResult,
  type ProcessExit,
} from '@cmf/executor';
import { readFile } from 'node:fs/promises';
import { cassandraHome } from './deps.js';
import { track, untrack } from './reaper.js';
import { waitFor } from './wait-for.js';

export interface TestNodeOptions {
  readonly depsDir: string;
  /** A loopback address of its own, e.g. 127.0.2.1 (not 127.0.0.1, and not 127.0.1.1). */
  readonly address: string;
  /** Holds conf/, logs/, tmp/ and data/. */
  readonly workDir: string;
  readonly clusterName?: string;
  /** Defaults to the node itself: a one-node ring. */
  readonly seeds?: readonly string[];
  readonly heapMb?: number;
  readonly initialToken?: string;
  readonly startTimeoutMs?: number;
}

export interface TestCassandraNode {
  readonly address: string;
  readonly pid: number;
  readonly workDir: string;
  readonly jolokia: JolokiaClient;
  /** Spawn until OperationMode NORMAL with native transport running. */
  readonly startupMs: number;
  nodetool(args: readonly string[], timeoutMs?: number): Promise<NodetoolResult>;
  /** Resident memory of the JVM now, from /proc/<pid>/status. */
  rssKb(): Promise<number>;
  logTail(lines?: number): Promise<string>;
  stop(graceMs?: number): Promise<ProcessExit>;
}

export async function startCassandraNode(options: TestNodeOptions): Promise<TestCassandraNode> {
  const distribution = await readDistribution(cassandraHome(options.depsDir));
  const spec = testNodeSpec(options);
  const run = runDirectories(options.workDir);
  await writeNodeFiles(spec, run);
  const command = buildServerCommand({
    spec,
    distribution,
    run,
    heapMb: options.heapMb ?? 512,
    fastStart: FAST_TEST_START,
  });
  const startedAt = performance.now();
  const files = { cwd: options.workDir, stdoutPath: `${run.logDir}/stdout.log` };
  const server = await spawnDetached(command, { ...files, stderrPath: `${run.logDir}/stderr.log` });
  track(server);
  const jolokia = new JolokiaClient({
    host: spec.address,
    port: spec.ports.jolokia,
    timeoutMs: 2_000,
  });
  const logTail = (lines = 60): Promise<string> => tailOfLogs(run.logDir, lines);
  await waitUntilServing(server, jolokia, options, logTail);
  const startupMs = Math.round(performance.now() - startedAt);
  return nodeHandle({ options, server, jolokia, distribution, startupMs, logTail });
}

function testNodeSpec(options: TestNodeOptions): CassandraNodeSpec {
  return {
    clusterName: options.clusterName ?? 'cmf-test',
    address: options.address,
    seeds: options.seeds ?? [options.address],
    ports: STANDARD_PORTS,
    dataRoot: `${options.workDir}/data`,
    dc: 'dc1',
    rack: 'rack1',
    numTokens: 1,
    initialToken: options.initialToken ?? '0',
    footprint: 'small',
  };
}

/** NORMAL and CQL up, read through Jolokia; fails at once if the JVM exits first. */
async function waitUntilServing(
  server: DetachedProcess,
  jolokia: JolokiaClient,
  options: TestNodeOptions,
  logTail: () => Promise<string>,
): Promise<void> {
  const died = new AbortController();
  void server.exited.then((exit) => {
    died.abort(new Error(`Cassandra exited (${JSON.stringify(exit)}) before it was NORMAL`));
  });
  try {
    await waitFor(
      async () => {
        const read = await jolokia.read(STORAGE_SERVICE_MBEAN, [
          'OperationMode',
          'NativeTransportRunning',
        ]);
        if (!read.ok) return false;
        const value = read.value as { OperationMode?: unknown; NativeTransportRunning?: unknown };
        return value.OperationMode === 'NORMAL' && value.NativeTransportRunning === true;
      },
      {
        timeoutMs: options.startTimeoutMs ?? 180_000,
        intervalMs: 200,
        what: `Cassandra on ${options.address} to be NORMAL with CQL up`,
        signal: died.signal,
      },
    );
  } catch (error) {
    await server.stop(10_000);
    untrack(server);
    const message = `${String(error)}\n--- Cassandra log (tail) ---\n${await logTail()}`;
    throw new Error(message, { cause: error });
  }
}

interface HandleParts {
  readonly options: TestNodeOptions;
  readonly server: DetachedProcess;
  readonly jolokia: JolokiaClient;
  readonly distribution: Distribution;
  readonly startupMs: number;
  readonly logTail: (lines?: number) => Promise<string>;
}

function nodeHandle(parts: HandleParts): TestCassandraNode {
  const { options, server, distribution } = parts;
  return {
    address: options.address,
    pid: server.pid,
    workDir: options.workDir,
    jolokia: parts.jolokia,
    startupMs: parts.startupMs,
    nodetool: (args, timeoutMs = 60_000) =>
      runNodetool(
        buildNodetoolCommand({
          distribution,
          host: options.address,
          jmxPort: STANDARD_PORTS.jmx,
          args,
        }),
        timeoutMs,
      ),
    rssKb: async () => parseVmRssKb(await readFile(`/proc/${server.pid}/status`, 'utf8')),
    logTail: parts.logTail,
    async stop(graceMs = 30_000) {
      const exit = await server.stop(graceMs);
      untrack(server);
      return exit;
    },
  };
}

/** VmRSS from a /proc/<pid>/status text, in kB. */
export function parseVmRssKb(status: string): number {
  const match = /^VmRSS:\s+(\d+)\s+kB$/m.exec(status);
  if (match?.[1] === undefined) throw new Error('no VmRSS line in /proc status');
  return Number(match[1]);
}

async function tailOfLogs(logDir: string, lines: number): Promise<string> {
  const read = async (name: string): Promise<string> =>
    (await readFile(`${logDir}/${name}`, 'utf8').catch(() => ''))
      .split('\n')
      .slice(-lines)
      .join('\n');
  // stdout has the console log plus what Cassandra prints before logging is up.
  return `${await read('stdout.log')}\n--- stderr ---\n${await read('stderr.log')}`;
}
