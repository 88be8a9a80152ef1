// The one logger: a JSON line per entry on stdout (time, level, message, fields), behind
// ports.Logger. Levels below the configured one are dropped.
import type { LogFields, Logger } from './ports.js';

const LEVELS = { debug: 10, info: 20, warn: 30, error: 40 } as const;
type Level = keyof typeof LEVELS;

function isLevel(name: string): name is Level {
  return Object.hasOwn(LEVELS, name);
}

class JsonLogger implements Logger {
  constructor(
    private readonly threshold: number,
    private readonly base: LogFields,
    private readonly write: (line: string) => void,
  ) {}

  private log(level: Level, message: string, fields: LogFields = {}): void {
    if (LEVELS[level] < this.threshold) return;
    const entry = { time: new Date().toISOString(), level, message, ...this.base, ...fields };
    this.write(
      `${JSON.stringify(entry, (_k, v: unknown) => (v instanceof Error ? v.message : v))}\n`,
    );
  }

  debug(message: string, fields?: LogFields): void {
    this.log('debug', message, fields);
  }
  info(message: string, fields?: LogFields): void {
    this.log('info', message, fields);
  }
  warn(message: string, fields?: LogFields): void {
    this.log('warn', message, fields);
  }
  error(message: string, fields?: LogFields): void {
    this.log('error', message, fields);
  }
  child(fields: LogFields): Logger {
    return new JsonLogger(this.threshold, { ...this.base, ...fields }, this.write);
  }
}

export function jsonLogger(
  level: string,
  base: LogFields = {},
  write: (line: string) => void = (line) => process.stdout.write(line),
): Logger {
  return new JsonLogger(LEVELS[isLevel(level) ? level : 'info'], base, write);
}
