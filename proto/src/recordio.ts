// RecordIO framing of Mesos event streams: `<decimal byte length>\n<bytes>`, repeated, with
// nothing between records (protocol doc §1.2). HTTP chunk boundaries mean nothing, so the
// decoder keeps its place across chunks and never trusts a length it has not bounded.

export const DEFAULT_MAX_RECORD_BYTES = 16 * 1024 * 1024;

// mesos-go refuses longer length fields; a uint64 needs at most 20 digits.
const MAX_LENGTH_DIGITS = 20;
const LF = 0x0a;
const DIGIT_0 = 0x30;
const DIGIT_9 = 0x39;

export type RecordIoErrorCode = 'RECORDIO_BAD_LENGTH' | 'RECORDIO_TOO_LARGE' | 'RECORDIO_TRUNCATED';

/** The stream cannot be framed any further: the connection should be dropped. */
export class RecordIoError extends Error {
  override readonly name = 'RecordIoError';
  constructor(
    readonly code: RecordIoErrorCode,
    message: string,
  ) {
    super(message);
  }
}

export interface RecordIoOptions {
  /** Largest record accepted; a longer length prefix fails before any of its bytes are buffered. */
  readonly maxRecordBytes?: number;
}

const encoder = new TextEncoder();

/** Frames one record. A string is framed as its UTF-8 bytes (the length counts bytes, not chars). */
export function encodeRecord(data: Uint8Array | string): Uint8Array {
  const body = typeof data === 'string' ? encoder.encode(data) : data;
  const header = encoder.encode(`${body.length}\n`);
  const out = new Uint8Array(header.length + body.length);
  out.set(header, 0);
  out.set(body, header.length);
  return out;
}

/**
 * Incremental decoder: push chunks as they arrive, get back the records they complete.
 * A record that lies wholly inside one chunk is returned as a view into that chunk (no copy).
 * Zero-length records are skipped, as mesos-go does (Mesos never sends one).
 * After an error every further push rethrows it.
 */
export class RecordIoDecoder {
  private readonly maxRecordBytes: number;
  private lengthDigits = 0;
  private length = 0;
  /** Set while a record's bytes are being collected across chunks. */
  private partial: Uint8Array | undefined;
  private partialFilled = 0;
  private failure: RecordIoError | undefined;

  constructor(options: RecordIoOptions = {}) {
    this.maxRecordBytes = options.maxRecordBytes ?? DEFAULT_MAX_RECORD_BYTES;
  }

  /** True when the decoder sits exactly between two records. */
  get isAtBoundary(): boolean {
    return this.failure === undefined && this.partial === undefined && this.lengthDigits === 0;
  }

  push(chunk: Uint8Array): Uint8Array[] {
    if (this.failure) throw this.failure;
    const records: Uint8Array[] = [];
    let pos = 0;
    while (pos < chunk.length) {
      pos = this.partial ? this.fillPartial(chunk, pos, records) : this.readAt(chunk, pos, records);
    }
    return records;
  }

  /** Call when the stream ends; throws if it stopped inside a record. */
  end(): void {
    if (this.failure) throw this.failure;
    if (!this.isAtBoundary) {
      throw this.fail('RECORDIO_TRUNCATED', 'the stream ended inside a record');
    }
  }

  /** Parses length digits from pos; once the LF is seen, takes the record (or starts one). */
  private readAt(chunk: Uint8Array, start: number, records: Uint8Array[]): number {
    let pos = start;
    while (pos < chunk.length) {
      const byte = chunk[pos++] ?? 0;
      if (byte === LF) return this.takeRecord(chunk, pos, records);
      this.addDigit(byte);
    }
    return pos;
  }

  private addDigit(byte: number): void {
    if (byte < DIGIT_0 || byte > DIGIT_9) {
      throw this.fail(
        'RECORDIO_BAD_LENGTH',
        `length prefix holds byte 0x${hex(byte)}, not a digit`,
      );
    }
    if (++this.lengthDigits > MAX_LENGTH_DIGITS) {
      throw this.fail(
        'RECORDIO_BAD_LENGTH',
        `length prefix longer than ${MAX_LENGTH_DIGITS} digits`,
      );
    }
    // Stays exact: it is checked against a max far below 2^53 / 10 after every digit.
    this.length = this.length * 10 + (byte - DIGIT_0);
    if (this.length > this.maxRecordBytes) {
      throw this.fail(
        'RECORDIO_TOO_LARGE',
        `record length exceeds the maximum of ${this.maxRecordBytes} bytes`,
      );
    }
  }

  private takeRecord(chunk: Uint8Array, pos: number, records: Uint8Array[]): number {
    if (this.lengthDigits === 0) {
      throw this.fail('RECORDIO_BAD_LENGTH', 'empty length prefix (a bare newline)');
    }
    const length = this.length;
    this.lengthDigits = 0;
    this.length = 0;
    if (length === 0) return pos;
    if (chunk.length - pos >= length) {
      records.push(chunk.subarray(pos, pos + length));
      return pos + length;
    }
    this.partial = new Uint8Array(length);
    this.partialFilled = 0;
    return this.fillPartial(chunk, pos, records);
  }

  private fillPartial(chunk: Uint8Array, pos: number, records: Uint8Array[]): number {
    const partial = this.partial;
    if (!partial) return pos;
    const take = Math.min(partial.length - this.partialFilled, chunk.length - pos);
    partial.set(chunk.subarray(pos, pos + take), this.partialFilled);
    this.partialFilled += take;
    if (this.partialFilled === partial.length) {
      records.push(partial);
      this.partial = undefined;
    }
    return pos + take;
  }

  private fail(code: RecordIoErrorCode, message: string): RecordIoError {
    this.failure = new RecordIoError(code, message);
    return this.failure;
  }
}

/** Records from an async stream of chunks (a Node Readable, a fetch body). */
export async function* decodeRecords(
  chunks: AsyncIterable<Uint8Array>,
  options: RecordIoOptions = {},
): AsyncGenerator<Uint8Array, void, undefined> {
  const decoder = new RecordIoDecoder(options);
  for await (const chunk of chunks) {
    yield* decoder.push(chunk);
  }
  decoder.end();
}

function hex(byte: number): string {
  return byte.toString(16).padStart(2, '0');
}
