// Composition root: reads the config (a YAML file named by SCHEDULER_CONFIG or the first argument,
// then env overrides), builds the adapters and starts the App. The only place process.env is read.
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { App } from './app.js';
import { applyEnv } from './config/env.js';
import { readMarathonEnv } from './marathon/env.js';
import { parseSchedulerConfig } from './config/parse.js';
import { epochMs } from './domain/time.js';
import { winstonLogger } from './logging.js';
import { basicAuthorization } from './mesos/http.js';

const logger = winstonLogger({
  level: process.env['LOG_LEVEL'] ?? 'info',
  fields: { component: 'scheduler' },
});

function readConfig(): unknown {
  const file = process.env['SCHEDULER_CONFIG'] ?? process.argv[2];
  if (file === undefined || file === '') return {};
  return parseYaml(readFileSync(file, 'utf8')) as unknown;
}

async function main(): Promise<void> {
  // Under Marathon, the port named `api`, HOST and the app id imply settings (explicit ones win).
  const marathon = readMarathonEnv(process.env);
  if (!marathon.ok) {
    logger.error('invalid Marathon environment; nothing started', { errors: marathon.problems });
    process.exit(2);
  }
  const { raw, sources } = applyEnv(readConfig(), marathon.env);
  const parsed = parseSchedulerConfig(raw, sources, marathon.env);
  if (!parsed.ok) {
    logger.error('invalid configuration; nothing started', { errors: parsed.errors });
    process.exit(2);
  }
  const { config } = parsed;
  // Which Marathon task this is, so its log lines can be matched to Marathon's view of the app.
  if (marathon.task) logger.info('launched by Marathon', { ...marathon.task });
  const secret =
    config.mesos.secret ??
    (config.mesos.secretFile ? readFileSync(config.mesos.secretFile, 'utf8').trim() : null);
  const app = await App.start({
    config,
    authorization: basicAuthorization(config.framework.principal, secret),
    logger,
    clock: { now: () => epochMs(Date.now()) },
    exit: (code) => process.exit(code),
  });
  const shutdown = (signal: string): void => {
    logger.info('stopping', { signal });
    app.stop().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', () => {
    shutdown('SIGINT');
  });
  process.once('SIGTERM', () => {
    shutdown('SIGTERM');
  });
}

main().catch((error: unknown) => {
  logger.error('scheduler failed to start', { error: String(error) });
  process.exit(1);
});
