// The HTTP server in front of the routes: parses the request line, calls route(), writes JSON.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from '../ports.js';
import { route } from './routes.js';
import type { StatusSource } from './view.js';

export interface ApiServer {
  readonly address: string;
  readonly port: number;
  close(): Promise<void>;
}

export async function startApi(
  options: { host: string; port: number; token: string | null },
  source: StatusSource,
  logger: Logger,
): Promise<ApiServer> {
  const server: Server = createServer((req, res) => {
    const request = {
      method: req.method ?? 'GET',
      path: new URL(req.url ?? '/', 'http://api').pathname,
      authorization: req.headers.authorization ?? null,
    };
    readJson(req)
      .then((body) => route({ ...request, body }, source, options.token))
      .then((answer) => {
        const body = JSON.stringify(answer.body, null, 2);
        res.writeHead(answer.status, { 'Content-Type': 'application/json', ...answer.headers });
        res.end(req.method === 'HEAD' ? undefined : body);
      })
      .catch((error: unknown) => {
        logger.error('API request failed', { path: request.path, error: String(error) });
        res
          .writeHead(500, { 'Content-Type': 'application/json' })
          .end(JSON.stringify({ error: 'internal error' }));
      });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, resolve);
  });
  const { address, port } = server.address() as AddressInfo;
  return {
    address: `${address}:${port}`,
    port,
    close: () => closeServer(server),
  };
}

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) =>
    server.close(() => {
      resolve();
    }),
  );
}

/** A request's JSON body; undefined when it has none, and a string when it is not JSON. */
async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8').trim();
  if (text === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}
