// `make cluster`: the local Mesos cluster in the foreground. MASTER_PORT (default from the config,
// 5050), AGENTS (default 3), CLUSTER_CONFIG (default config/cluster.example.json). Prints the master
// URL; SIGINT/SIGTERM stop every agent and executor, then the master.
import { readFile, rm } from 'node:fs/promises';
import { resolve } from 'node:path';
import { startCluster } from './cluster.js';
import { parseClusterConfig, type ClusterConfig } from './config.js';
import { jsonLogger } from './log.js';
import { parseCredentials } from './master/domain/basic-auth.js';

async function loadConfig(env: NodeJS.ProcessEnv): Promise<ClusterConfig> {
  const path = resolve(env['CLUSTER_CONFIG'] ?? 'config/cluster.example.json');
  const agents = env['AGENTS'] === undefined ? 3 : Number(env['AGENTS']);
  const parsed = parseClusterConfig(JSON.parse(await readFile(path, 'utf8')) as unknown, agents);
  if (!parsed.ok) throw new Error(`${path}: ${parsed.errors.join('; ')}`);
  const port = env['MASTER_PORT'];
  const config = parsed.config;
  return port === undefined
    ? config
    : { ...config, master: { ...config.master, port: Number(port) } };
}

async function credentialsOf(
  config: ClusterConfig,
): Promise<{ principal: string; secret: string }[] | null> {
  if (config.credentials === null) return null;
  const parsed = parseCredentials(await readFile(config.credentials, 'utf8'));
  if (!parsed.ok) throw new Error(`${config.credentials}: ${parsed.error}`);
  return [...parsed.credentials];
}

async function main(): Promise<void> {
  const config = await loadConfig(process.env);
  const workDir = resolve(config.workDir);
  // A fresh cluster each time: old checkpoints would name agents this master never admitted.
  await rm(workDir, { recursive: true, force: true });
  const cluster = await startCluster({
    agents: config.agents,
    timings: config.timings,
    masterHost: config.master.host,
    masterPort: config.master.port,
    workDir,
    credentials: await credentialsOf(config),
    logger: (component) => jsonLogger(component),
    executorEnvironment: { PATH: process.env['PATH'] ?? '/usr/bin:/bin' },
  });
  process.stdout.write(`${cluster.masterUrl}\n`);
  let stopping = false;
  const stop = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    jsonLogger('cluster').info('stopping', { signal });
    cluster.stop().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on('SIGINT', () => {
    stop('SIGINT');
  });
  process.on('SIGTERM', () => {
    stop('SIGTERM');
  });
}

main().catch((e: unknown) => {
  process.stderr.write(`${String(e)}\n`);
  process.exit(1);
});
