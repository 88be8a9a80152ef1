// Runs one nodetool call as a child process with a deadline. A non-zero exit is an answer (the
// caller reads stderr); only a missing java or a blown deadline throws.
import { execFile } from 'node:child_process';
import type { Command } from './argv.js';
import { CassandraRuntimeError } from './errors.js';

export interface NodetoolResult {
  readonly exitCode: number;
  readonly stdout: string;
  readonly stderr: string;
  readonly durationMs: number;
}

export function runNodetool(command: Command, timeoutMs: number): Promise<NodetoolResult> {
  const startedAt = performance.now();
  return new Promise((resolve, reject) => {
    execFile(
      command.command,
      [...command.args],
      { env: { ...process.env, ...command.env }, timeout: timeoutMs, killSignal: 'SIGKILL' },
      (error, stdout, stderr) => {
        const durationMs = Math.round(performance.now() - startedAt);
        if (error === null) {
          resolve({ exitCode: 0, stdout, stderr, durationMs });
        } else if (error.killed) {
          const message = `nodetool did not answer within ${timeoutMs} ms`;
          reject(new CassandraRuntimeError('NODETOOL_TIMEOUT', message, true, { cause: error }));
        } else if (typeof error.code === 'number') {
          resolve({ exitCode: error.code, stdout, stderr, durationMs });
        } else {
          const message = `cannot run ${command.command}: ${error.message}`;
          reject(new CassandraRuntimeError('SPAWN_FAILED', message, false, { cause: error }));
        }
      },
    );
  });
}
