// Captures what a real Cassandra node answers, for the health-parsing unit tests: the raw JSON of
// the health probe's Jolokia bulk read at each start-up stage and after a drain, `nodetool info`
// and `nodetool status`, and the console log up to "Starting listening for CQL clients".
// Run after `make deps` and a build:  node executor/dist/testing/capture-fixtures.js
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
} from '../cassandra/index.js';
import { HEALTH_READS } from '../domain/health.js';
import { CAPTURED_DIR } from './fixtures.js';
import { waitFor } from './wait-for.js';

const ADDRESS = '127.0.4.9';
const depsDir = process.env['DEPS_DIR'] ?? new URL('../../../.deps', import.meta.url).pathname;
const home = `${depsDir}/apache-cassandra-5.0.9`;

function postRaw(body: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: ADDRESS,
        port: STANDARD_PORTS.jolokia,
        path: '/jolokia/',
        method: 'POST',
        agent: false,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          resolve(Buffer.concat(chunks).toString('utf8'));
        });
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

function save(name: string, text: string): void {
  writeFileSync(`${CAPTURED_DIR}/${name}`, text);
  process.stdout.write(`captured ${name} (${text.length} bytes)\n`);
}

/** A stage name for a bulk reply: StorageService not registered yet, or its OperationMode. */
function stageOf(body: string): string | undefined {
  const replies = JSON.parse(body) as { status: number; value?: { OperationMode?: string } }[];
  const storage = replies[0];
  if (storage === undefined) return undefined;
  if (storage.status !== 200) return 'not-registered';
  return storage.value?.OperationMode?.toLowerCase();
}

async function main(): Promise<void> {
  const workDir = mkdtempSync(join(tmpdir(), 'capture-'));
  const spec: CassandraNodeSpec = {
    clusterName: 'capture',
    address: ADDRESS,
    seeds: [ADDRESS],
    ports: STANDARD_PORTS,
    dataRoot: `${workDir}/data`,
    dc: 'dc1',
    rack: 'rack1',
    numTokens: 1,
    initialToken: '0',
    footprint: 'small',
  };
  const run = runDirectories(workDir);
  const distribution = await readDistribution(home);
  await writeNodeFiles(spec, run);
  const command = buildServerCommand({
    spec,
    distribution,
    run,
    heapMb: 512,
    fastStart: FAST_TEST_START,
  });
  const stdoutPath = `${run.logDir}/stdout.log`;
  const node = await spawnDetached(command, {
    cwd: workDir,
    stdoutPath,
    stderrPath: `${run.logDir}/stderr.log`,
  });
  try {
    await captureStartup();
    const log = readFileSync(stdoutPath, 'utf8').split('\n');
    const cql = log.findIndex((line) => line.includes('Starting listening for CQL clients'));
    save(
      'cassandra-console-startup.log',
      `${log.slice(Math.max(0, cql - 25), cql + 1).join('\n')}\n`,
    );
    for (const args of [['info'], ['status']]) {
      const call = buildNodetoolCommand({
        distribution,
        host: ADDRESS,
        jmxPort: STANDARD_PORTS.jmx,
        args,
      });
      save(`nodetool-${args.join('-')}.txt`, (await runNodetool(call, 60_000)).stdout);
    }
    const jolokia = new JolokiaClient({
      host: ADDRESS,
      port: STANDARD_PORTS.jolokia,
      timeoutMs: 60_000,
    });
    await jolokia.exec(STORAGE_SERVICE_MBEAN, 'drain', []);
    save('jolokia-health-drained.json', await postRaw(JSON.stringify(HEALTH_READS)));
  } finally {
    await node.stop(20_000);
    rmSync(workDir, { recursive: true, force: true });
  }
}

/** Polls the health read until NORMAL with CQL up, keeping the first reply of each stage. */
async function captureStartup(): Promise<void> {
  const seen = new Set<string>();
  await waitFor(
    async () => {
      const body = await postRaw(JSON.stringify(HEALTH_READS));
      const stage = stageOf(body);
      if (stage !== undefined && !seen.has(stage)) {
        seen.add(stage);
        save(`jolokia-health-${stage}.json`, body);
      }
      return stage === 'normal' && body.includes('"NativeTransportRunning":true');
    },
    { timeoutMs: 180_000, intervalMs: 25, what: 'the node to be NORMAL with CQL up' },
  );
  save('jolokia-health-normal.json', await postRaw(JSON.stringify(HEALTH_READS)));
}

await main();
