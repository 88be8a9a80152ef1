// `make run`: a real Cassandra ring on this machine (see the README). Reads its environment (the
// only place here that does), decides what to start, runs until SIGINT or SIGTERM, then stops
// everything. A second Ctrl-C (SIGINT), or a failure while stopping, kills what is left at once; a
// repeated SIGTERM does not (make passes its own SIGTERM on to us after the group's).
import { resolve } from 'node:path';
import { killWithinNow } from '../ring/processes.js';
import { defaultDepsDir } from '../runtime/deps.js';
import { track, untrack } from '../runtime/reaper.js';
import { planRun } from './plan.js';
import { LocalRun } from './local-run.js';

const say = (line: string): void => {
  process.stdout.write(`${line}\n`);
};
const runDir = resolve(process.env['RUN_DIR'] ?? '.run/ring');
const outcome = planRun(process.env, runDir);
if (!outcome.ok) {
  for (const error of outcome.errors) process.stderr.write(`make run: ${error}\n`);
  process.exit(2);
}

// The reaper kills every tracked child at once on a signal; make run drains the nodes first, so
// it takes the signals over (the reaper's exit hook stays: it is the last resort).
const probe = { killNow: () => undefined };
track(probe);
untrack(probe);
process.removeAllListeners('SIGINT');
process.removeAllListeners('SIGTERM');
// Cassandra runs in process groups of its own: nothing it starts may outlive make run.
process.on('exit', () => {
  killWithinNow(runDir);
});

let stopping = false;
const run = new LocalRun(
  outcome.plan,
  process.env['DEPS_DIR'] ?? defaultDepsDir(),
  process.env,
  say,
  (why) => {
    process.stderr.write(`make run: ${why}\n`);
    shutdown(1);
  },
);

function shutdown(code: number, signal?: NodeJS.Signals): void {
  if (stopping) {
    if (signal !== 'SIGINT') return;
    say('second Ctrl-C: killing everything now');
    process.exit(130);
  }
  stopping = true;
  run.stop().then(
    () => process.exit(code),
    (error: unknown) => {
      process.stderr.write(`make run: stopping failed: ${String(error)}\n`);
      process.exit(1);
    },
  );
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    shutdown(0, signal);
  });
}

run.start().catch((error: unknown) => {
  process.stderr.write(`make run: ${String(error)}\n`);
  shutdown(1);
});
