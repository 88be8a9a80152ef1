// One JSON line per log record, to the executor's stderr (the agent keeps it in the sandbox as
// `stderr`). Child loggers carry fixed fields such as taskId.

export type LogLevel = 'debug' | 'info' | 'warn' | 'error';
export type LogFields = Readonly<Record<string, unknown>>;

export interface Logger {
  log(level: LogLevel, message: string, fields?: LogFields): void;
  child(fields: LogFields): Logger;
}

const RANK: Readonly<Record<LogLevel, number>> = { debug: 0, info: 1, warn: 2, error: 3 };

export function jsonLogger(
  write: (line: string) => void,
  minLevel: LogLevel = 'info',
  base: LogFields = {},
): Logger {
  return {
    log(level, message, fields = {}) {
      if (RANK[level] < RANK[minLevel]) return;
      const record = { time: new Date().toISOString(), level, message, ...base, ...fields };
      write(`${JSON.stringify(record, errorsAsText)}\n`);
    },
    child(fields) {
      return jsonLogger(write, minLevel, { ...base, ...fields });
    },
  };
}

/** For tests: records nothing anywhere. */
export const silentLogger: Logger = {
  log() {
    // intentionally empty
  },
  child() {
    return silentLogger;
  },
};

function errorsAsText(_key: string, value: unknown): unknown {
  return value instanceof Error ? `${value.name}: ${value.message}` : value;
}
