// The one logger behind ports.Logger: winston, writing a JSON line per entry (time, level,
// message, then the fields of the logger and of the call) to stdout. Levels below the configured
// one are dropped before anything is formatted; child loggers carry fields such as nodeId.
import type { Writable } from 'node:stream';
import winston from 'winston';
import type { LogFields, Logger } from './ports.js';

const LEVELS = { error: 0, warn: 1, info: 2, debug: 3 } as const;
type Level = keyof typeof LEVELS;

function isLevel(name: string): name is Level {
  return Object.hasOwn(LEVELS, name);
}

/** Errors print as their message (their own fields are not enumerable); bigints as strings. */
function readable(_key: string, value: unknown): unknown {
  if (value instanceof Error) return value.message;
  if (typeof value === 'bigint') return value.toString();
  return value;
}

/** time, level and message first, whatever the fields are called; the rest in call order. */
const entry = winston.format((info) => {
  const { level, message, ...fields } = info;
  return Object.assign({ time: new Date().toISOString(), level, message }, fields);
});

class WinstonLogger implements Logger {
  constructor(private readonly w: winston.Logger) {}

  private log(level: Level, message: string, fields?: LogFields): void {
    if (!this.w.isLevelEnabled(level)) return;
    // One argument: winston neither reads the message as a printf format nor merges a
    // `message` field into it.
    this.w.log({ ...fields, level, message });
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
    return new WinstonLogger(this.w.child({ ...fields }));
  }
}

export interface LoggerOptions {
  /** debug | info | warn | error; anything else logs at info, and says so. */
  readonly level: string;
  /** Fields on every line, e.g. `{ component: 'scheduler' }`. */
  readonly fields?: LogFields;
  /** Where the lines go: stdout unless a test gives its own stream. */
  readonly stream?: Writable;
}

export function winstonLogger(options: LoggerOptions): Logger {
  const level = isLevel(options.level) ? options.level : 'info';
  const root = winston.createLogger({
    levels: LEVELS,
    level,
    format: winston.format.combine(
      entry(),
      // deterministic: false keeps the order above instead of sorting the keys.
      winston.format.json({ deterministic: false, replacer: readable }),
    ),
    // winston types its transports as interfaces over the TransportStream class they extend.
    // eslint-disable-next-line @typescript-eslint/no-unsafe-class-instance-assignment
    transports: new winston.transports.Stream({ stream: options.stream ?? process.stdout }),
  });
  const logger = new WinstonLogger(root.child({ ...options.fields }));
  if (level !== options.level)
    logger.warn('unknown log level; logging at info', { asked: options.level });
  return logger;
}
