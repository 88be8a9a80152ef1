// Talks to the Jolokia agent inside a node's JVM over HTTP: read MBean attributes, run operations.
// Every request has a deadline. Transport failures throw; JMX-level failures come back as values.
import { request } from 'node:http';
import { CassandraRuntimeError } from './errors.js';
import { parseJolokiaBulkReply } from './jolokia-bulk.js';
import { parseJolokiaReply, type JolokiaOutcome } from './jolokia-reply.js';

export const STORAGE_SERVICE_MBEAN = 'org.apache.cassandra.db:type=StorageService';

export interface JolokiaEndpoint {
  readonly host: string;
  readonly port: number;
  readonly timeoutMs: number;
}

export type JolokiaRequest =
  | {
      readonly type: 'read';
      readonly mbean: string;
      readonly attribute: string | readonly string[];
    }
  | {
      readonly type: 'exec';
      readonly mbean: string;
      readonly operation: string;
      readonly arguments: readonly unknown[];
    };

export class JolokiaClient {
  constructor(private readonly endpoint: JolokiaEndpoint) {}

  /** One attribute gives its value; a list gives an object keyed by attribute name. */
  read(mbean: string, attribute: string | readonly string[]): Promise<JolokiaOutcome> {
    return this.send({ type: 'read', mbean, attribute });
  }

  /** Overloaded operations need their signature, e.g. `forceKeyspaceFlush(java.lang.String,[Ljava.lang.String;)`. */
  exec(mbean: string, operation: string, args: readonly unknown[]): Promise<JolokiaOutcome> {
    return this.send({ type: 'exec', mbean, operation, arguments: args });
  }

  /**
   * Several requests in one POST (one round trip for a whole health probe). Jolokia answers each
   * on its own, in request order: one failed read does not fail the others.
   */
  async bulk(requests: readonly JolokiaRequest[]): Promise<JolokiaOutcome[]> {
    const { status, text } = await this.post(JSON.stringify(requests));
    const outcomes = parseJolokiaBulkReply(text, requests.length);
    if (outcomes !== undefined) return outcomes;
    throw this.unusable(status, text);
  }

  private async send(body: JolokiaRequest): Promise<JolokiaOutcome> {
    const { status, text } = await this.post(JSON.stringify(body));
    const outcome = parseJolokiaReply(text);
    if (outcome !== undefined) return outcome;
    throw this.unusable(status, text);
  }

  private unusable(status: number, text: string): CassandraRuntimeError {
    if (status !== 200) {
      return new CassandraRuntimeError(
        'JOLOKIA_HTTP',
        `${this.url()} answered HTTP ${status}`,
        true,
      );
    }
    const message = `${this.url()} answered something that is not a Jolokia reply: ${text.slice(0, 200)}`;
    return new CassandraRuntimeError('JOLOKIA_BAD_REPLY', message, false);
  }

  private url(): string {
    return `http://${this.endpoint.host}:${this.endpoint.port}/jolokia/`;
  }

  private post(payload: string): Promise<{ status: number; text: string }> {
    const { host, port, timeoutMs } = this.endpoint;
    return new Promise((resolve, reject) => {
      // A fresh connection per request (agent: false): on a reused keep-alive connection the JDK
      // HTTP server inside the agent answers about 40 ms late (Nagle against delayed ACK), and a
      // probe should not hold sockets to a node that may be going away.
      const options = { host, port, path: '/jolokia/', method: 'POST', agent: false };
      const req = request(options, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          clearTimeout(deadline);
          resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') });
        });
        res.on('error', (error) => req.destroy(error));
      });
      // A deadline for the whole exchange, not just socket idleness.
      const deadline = setTimeout(() => {
        const message = `${this.url()} did not answer within ${timeoutMs} ms`;
        req.destroy(new CassandraRuntimeError('JOLOKIA_TIMEOUT', message, true));
      }, timeoutMs);
      req.on('error', (error) => {
        clearTimeout(deadline);
        if (error instanceof CassandraRuntimeError) {
          reject(error);
          return;
        }
        const message = `cannot reach ${this.url()}: ${error.message}`;
        reject(new CassandraRuntimeError('JOLOKIA_UNREACHABLE', message, true, { cause: error }));
      });
      req.setHeader('content-type', 'application/json');
      req.setHeader('content-length', Buffer.byteLength(payload));
      req.end(payload);
    });
  }
}
