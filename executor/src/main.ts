// Composition root of the executor process, as the Mesos agent starts it: reads the MESOS_*
// environment (the only place that reads process.env), builds the parts and runs until done.
import { parseExecutorConfig } from './config.js';
import { jsonLogger, type LogLevel } from './logger.js';
import { Executor } from './runtime/executor.js';

const log = jsonLogger(
  (line) => process.stderr.write(line),
  (process.env['CMF_EXECUTOR_LOG_LEVEL'] as LogLevel | undefined) ?? 'info',
);

const parsed = parseExecutorConfig(process.env);
if (!parsed.ok) {
  for (const error of parsed.errors)
    log.log('error', error.message, { variable: error.variable, code: error.code });
  process.exit(2);
}

const executor = new Executor(parsed.config, log.child({ executorId: parsed.config.executorId }));
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.on(signal, () => {
    executor.shutdown(signal);
  });
}
// Should the executor die of a bug, the node it started in its own process group goes with it.
process.on('exit', () => {
  executor.node.killNow();
});

const code = await executor.run();
log.log('info', 'executor exits', { code });
process.exit(code);
