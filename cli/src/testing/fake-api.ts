// A stand-in for the scheduler's REST API on a loopback port: answers from a route table of
// recorded-looking JSON, and records every request so tests can check what the CLI sent.
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo, Server } from 'node:net';

/** Listens on 127.0.0.1 on a free port; returns the port. */
export async function listenOnLoopback(server: Server): Promise<number> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as AddressInfo).port;
}

export function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => {
      resolve();
    });
  });
}

export interface Recorded {
  readonly method: string;
  readonly path: string;
  readonly authorization: string | null;
  readonly body: unknown;
}

export interface Reply {
  readonly status: number;
  /** JSON-encoded unless `raw` is set. */
  readonly body?: unknown;
  readonly raw?: string;
}

export class FakeApi {
  readonly requests: Recorded[] = [];
  private readonly routes = new Map<string, Reply>();

  private constructor(
    private readonly server: ReturnType<typeof createServer>,
    readonly url: string,
  ) {}

  static async start(): Promise<FakeApi> {
    const server = createServer();
    const port = await listenOnLoopback(server);
    const api = new FakeApi(server, `http://127.0.0.1:${port}`);
    server.on('request', (request, response) => {
      void api.answer(request).then(({ status, text }) => {
        response.writeHead(status, { 'content-type': 'application/json' }).end(text);
      });
    });
    return api;
  }

  /** `route` is "GET /v1/status"; a later call replaces the earlier answer. */
  on(route: string, reply: Reply): this {
    this.routes.set(route, reply);
    return this;
  }

  requestsTo(route: string): Recorded[] {
    return this.requests.filter((r) => `${r.method} ${r.path}` === route);
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await closeServer(this.server);
  }

  private async answer(request: IncomingMessage): Promise<{ status: number; text: string }> {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    const path = request.url ?? '';
    this.requests.push({
      method: request.method ?? '',
      path,
      authorization: request.headers.authorization ?? null,
      body: text === '' ? null : (JSON.parse(text) as unknown),
    });
    const reply = this.routes.get(`${request.method ?? ''} ${path}`);
    if (reply === undefined)
      return { status: 404, text: JSON.stringify({ message: `no route ${path}` }) };
    return { status: reply.status, text: reply.raw ?? JSON.stringify(reply.body ?? null) };
  }
}
