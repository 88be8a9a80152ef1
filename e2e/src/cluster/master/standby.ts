// A standby (non-leading) master: it answers the scheduler endpoint with 307 and a protocol-relative
// Location of the leader, or 503 "No leader elected" — so a scheduler's redirect handling can be
// tested against the same code paths as the leader's.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Credential } from './domain/basic-auth.js';
import { handleScheduler, reply } from './scheduler-http.js';

export interface StandbyOptions {
  readonly host: string;
  readonly port: number;
  /** `host:port` of the leading master, or null when no leader is known. */
  readonly leader: () => string | null;
  readonly credentials?: readonly Credential[] | null;
}

const SCHEDULER_PATHS = new Set(['/api/v1/scheduler', '/master/api/v1/scheduler']);

export class StandbyMaster {
  private constructor(
    private readonly server: Server,
    readonly url: string,
  ) {}

  static async start(options: StandbyOptions): Promise<StandbyMaster> {
    const server = createServer((req, res) => {
      const path = (req.url ?? '/').split('?')[0] ?? '/';
      if (!SCHEDULER_PATHS.has(path)) {
        req.resume();
        reply(res, { status: 404 });
        return;
      }
      void handleScheduler(req, res, {
        leaderAddress: () => options.leader() ?? '',
        credentials: () => options.credentials ?? null,
        subscribe: () => undefined,
        call: () => ({ status: 500 }),
      });
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(options.port, options.host, resolve);
    });
    const { port } = server.address() as AddressInfo;
    return new StandbyMaster(server, `http://${options.host}:${port}`);
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => {
      this.server.close(() => {
        resolve();
      });
    });
  }
}
