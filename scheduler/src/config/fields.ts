// Reads one section of a raw config object (from YAML, with env overrides as strings) into typed
// values, collecting every problem as { key, reason } instead of stopping at the first. Keys the
// schema does not know are problems too: a typo must not silently fall back to a default.

export interface FieldError {
  readonly key: string;
  readonly reason: string;
}

type Raw = Readonly<Record<string, unknown>>;

const show = (value: unknown): string => (value === undefined ? 'nothing' : JSON.stringify(value));

function isRecord(value: unknown): value is Raw {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export class SectionReader {
  private readonly seen = new Set<string>();
  private readonly raw: Raw;

  constructor(
    raw: unknown,
    private readonly path: string,
    private readonly errors: FieldError[],
    /** Full key -> the environment variable its value came from, for error messages. */
    private readonly sources: ReadonlyMap<string, string> = new Map(),
  ) {
    if (raw !== undefined && raw !== null && !isRecord(raw)) {
      errors.push({ key: path || '(root)', reason: `expected a mapping, got ${show(raw)}` });
    }
    this.raw = isRecord(raw) ? raw : {};
  }

  private key(name: string): string {
    return this.path ? `${this.path}.${name}` : name;
  }

  private get(name: string): unknown {
    this.seen.add(name);
    return this.raw[name];
  }

  fail(name: string, reason: string): void {
    const key = this.key(name);
    const env = this.sources.get(key);
    this.errors.push({ key: env ? `${key} (from ${env})` : key, reason });
  }

  section(name: string): SectionReader {
    return new SectionReader(this.get(name), this.key(name), this.errors, this.sources);
  }

  text(name: string, fallback: string, check?: (value: string) => string | null): string {
    const value = this.get(name);
    if (value === undefined || value === null) return fallback;
    if (typeof value !== 'string' && typeof value !== 'number') {
      this.fail(name, `expected text, got ${show(value)}`);
      return fallback;
    }
    const text = String(value).trim();
    const problem = check?.(text) ?? null;
    if (problem !== null) this.fail(name, problem);
    return problem === null ? text : fallback;
  }

  optionalText(name: string): string | null {
    const text = this.text(name, '');
    return text === '' ? null : text;
  }

  number(
    name: string,
    fallback: number,
    range: { min: number; max: number; integer?: boolean },
  ): number {
    const value = this.get(name);
    if (value === undefined || value === null || value === '') return fallback;
    const n = typeof value === 'string' ? Number(value.trim()) : value;
    if (typeof n !== 'number' || !Number.isFinite(n)) {
      this.fail(name, `expected a number, got ${show(value)}`);
      return fallback;
    }
    if (range.integer === true && !Number.isInteger(n)) {
      this.fail(name, `expected a whole number, got ${show(value)}`);
      return fallback;
    }
    if (n < range.min || n > range.max) {
      this.fail(name, `${n} is outside ${range.min}..${range.max}`);
      return fallback;
    }
    return n;
  }

  integer(name: string, fallback: number, min: number, max: number): number {
    return this.number(name, fallback, { min, max, integer: true });
  }

  boolean(name: string, fallback: boolean): boolean {
    const value = this.get(name);
    if (value === undefined || value === null || value === '') return fallback;
    if (typeof value === 'boolean') return value;
    if (value === 'true' || value === 'false') return value === 'true';
    this.fail(name, `expected true or false, got ${show(value)}`);
    return fallback;
  }

  /** An array of strings, or whitespace-separated text (how JVM options arrive from env). */
  words(name: string): string[] {
    const value = this.get(name);
    if (value === undefined || value === null) return [];
    if (typeof value === 'string') return value.split(/\s+/).filter((w) => w !== '');
    if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return [...value];
    this.fail(name, `expected a list of strings, got ${show(value)}`);
    return [];
  }

  /** A mapping, or JSON text of one (how maps arrive from env). */
  mapping(name: string): Raw {
    const value = this.get(name);
    if (value === undefined || value === null || value === '') return {};
    let parsed: unknown = value;
    if (typeof value === 'string') {
      try {
        parsed = JSON.parse(value) as unknown;
      } catch {
        this.fail(name, 'expected a JSON object');
        return {};
      }
    }
    if (isRecord(parsed)) return parsed;
    this.fail(name, `expected a mapping, got ${show(value)}`);
    return {};
  }

  /** Reports every key of this section that nobody read. Call after reading all fields. */
  finish(): void {
    for (const name of Object.keys(this.raw)) {
      if (!this.seen.has(name)) this.fail(name, 'unknown key');
    }
  }
}
