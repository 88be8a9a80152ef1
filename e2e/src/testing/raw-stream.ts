// Reading an executor event stream at the byte level for conformance tests: the response status and
// headers as sent, and each RecordIO record as it arrives, in either encoding.
import { request, type IncomingHttpHeaders } from 'node:http';
import { RecordIoDecoder } from '@cmf/proto';
import { waitFor } from '../runtime/wait-for.js';

export class RawStream {
  readonly records: Uint8Array[] = [];
  ended: 'clean' | 'broken' | undefined;
  #close: () => void = () => undefined;

  private constructor(
    readonly status: number,
    readonly headers: IncomingHttpHeaders,
  ) {}

  /** POSTs `body` and resolves once the response head is in; records keep arriving afterwards. */
  static open(
    endpoint: string,
    body: Uint8Array | string,
    headers: Record<string, string>,
  ): Promise<RawStream> {
    return new Promise((resolve, reject) => {
      const req = request(`http://${endpoint}/api/v1/executor`, {
        method: 'POST',
        headers,
        agent: false,
      });
      req.on('error', reject);
      req.on('response', (res) => {
        const stream = new RawStream(res.statusCode ?? 0, res.headers);
        stream.#close = () => req.destroy();
        const decoder = new RecordIoDecoder();
        res.on('data', (chunk: Buffer) => {
          if (stream.status === 200) stream.records.push(...decoder.push(chunk));
        });
        res.on('close', () => {
          stream.ended ??= res.complete ? 'clean' : 'broken';
        });
        resolve(stream);
      });
      req.end(body);
    });
  }

  /** Waits until at least `count` records have arrived and returns them. */
  async next(count: number, timeoutMs = 5000): Promise<Uint8Array[]> {
    await waitFor(() => this.records.length >= count, {
      timeoutMs,
      intervalMs: 5,
      what: `${count.toString()} event(s) on the executor stream (got ${this.records.length.toString()})`,
    });
    return this.records.slice(0, count);
  }

  close(): void {
    this.#close();
  }
}
