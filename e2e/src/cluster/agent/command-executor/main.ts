// `mesos-executor` of the local agent: the command executor for tasks given with TaskInfo.command. The
// agent runs it as `node main.js` in the task's sandbox, with the MESOS_* environment (protocol §9.3);
// its log lines go to the sandbox's stderr, with the task's own output.
import { CommandExecutor } from './command-executor.js';
import { executorSettings } from './settings.js';

const env: Record<string, string> = {};
for (const [name, value] of Object.entries(process.env)) if (value !== undefined) env[name] = value;

const executor = new CommandExecutor(executorSettings(env), {
  env,
  exit: (code) => process.exit(code),
  log: (line) => {
    process.stderr.write(`${new Date().toISOString()} ${line}\n`);
  },
  now: () => Date.now(),
});

executor.start().catch((err: unknown) => {
  process.stderr.write(`Failed to subscribe to the agent: ${String(err)}\n`);
  process.exit(2);
});
