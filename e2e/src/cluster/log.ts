// Loggers for the local cluster: JSON lines on stderr for `make cluster`, and an in-memory one for
// tests that prints its lines only when a test fails.
import type { Logger } from './link.js';

type Level = 'debug' | 'info' | 'warn' | 'error';
const LEVELS: readonly Level[] = ['debug', 'info', 'warn', 'error'];

function line(
  level: Level,
  component: string,
  msg: string,
  fields?: Readonly<Record<string, unknown>>,
): string {
  return JSON.stringify({ time: new Date().toISOString(), level, component, msg, ...fields });
}

/** JSON lines on a writable stream (stderr by default), from `minLevel` up. */
export function jsonLogger(
  component: string,
  minLevel: Level = 'info',
  out: NodeJS.WritableStream = process.stderr,
): Logger {
  const min = LEVELS.indexOf(minLevel);
  const write = (level: Level) => (msg: string, fields?: Readonly<Record<string, unknown>>) => {
    if (LEVELS.indexOf(level) >= min) out.write(`${line(level, component, msg, fields)}\n`);
  };
  return { debug: write('debug'), info: write('info'), warn: write('warn'), error: write('error') };
}

/** Keeps every line; `child` loggers share the buffer under their own component name. */
export class MemoryLog {
  readonly lines: string[] = [];

  logger(component: string): Logger {
    const write = (level: Level) => (msg: string, fields?: Readonly<Record<string, unknown>>) => {
      this.lines.push(line(level, component, msg, fields));
    };
    return {
      debug: write('debug'),
      info: write('info'),
      warn: write('warn'),
      error: write('error'),
    };
  }

  dump(): string {
    return this.lines.join('\n');
  }
}

/** Runs a test body; on failure its log lines become test diagnostics. `cleanup` always runs. */
export async function runWithLogs(
  t: { diagnostic(message: string): void },
  log: MemoryLog,
  body: () => Promise<void>,
  cleanup: () => Promise<void>,
): Promise<void> {
  try {
    await body();
  } catch (e) {
    for (const line of log.lines) t.diagnostic(line);
    throw e;
  } finally {
    await cleanup();
  }
}
