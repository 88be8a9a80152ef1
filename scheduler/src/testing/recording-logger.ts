// A Logger that keeps its lines for assertions (and for printing when a test fails).
import type { LogFields, Logger } from '../ports.js';

export interface LogLine {
  readonly level: 'debug' | 'info' | 'warn' | 'error';
  readonly message: string;
  readonly fields: LogFields;
}

export class RecordingLogger implements Logger {
  constructor(
    readonly lines: LogLine[] = [],
    private readonly base: LogFields = {},
  ) {}

  private add(level: LogLine['level'], message: string, fields: LogFields = {}): void {
    this.lines.push({ level, message, fields: { ...this.base, ...fields } });
  }

  debug(message: string, fields?: LogFields): void {
    this.add('debug', message, fields);
  }
  info(message: string, fields?: LogFields): void {
    this.add('info', message, fields);
  }
  warn(message: string, fields?: LogFields): void {
    this.add('warn', message, fields);
  }
  error(message: string, fields?: LogFields): void {
    this.add('error', message, fields);
  }
  child(fields: LogFields): Logger {
    return new RecordingLogger(this.lines, { ...this.base, ...fields });
  }

  text(): string {
    return this.lines.map((l) => `${l.level} ${l.message} ${JSON.stringify(l.fields)}`).join('\n');
  }
}
