// A real ZooKeeper 3.9 server (from `make deps`) for the store's integration tests: started before
// the file's tests, stopped after them, every session opened through it closed first.
import { after, before } from 'node:test';
import { startZooKeeper, type RunningZooKeeper } from '@cmf/e2e';
import { ZkSession } from '../zk-session.js';

export interface TestZooKeeper {
  /** The running server (once the file's `before` hook has run). */
  server(): RunningZooKeeper;
  /** A session on the server, or on `connect` (a proxy in front of it); closed at the end. */
  open(options?: {
    readonly digest?: string | null;
    readonly connect?: string;
  }): Promise<ZkSession>;
}

export function useZooKeeper(setup: {
  readonly sessionTimeoutMs: number;
  readonly tickTimeMs?: number;
}): TestZooKeeper {
  let zk: RunningZooKeeper | undefined;
  const sessions: ZkSession[] = [];
  const depsDir = process.env['DEPS_DIR'] ?? new URL('../../../../.deps', import.meta.url).pathname;
  const server = (): RunningZooKeeper => {
    if (zk === undefined)
      throw new Error('ZooKeeper is not started: call useZooKeeper at top level');
    return zk;
  };
  before(async () => {
    const tick = setup.tickTimeMs === undefined ? {} : { tickTimeMs: setup.tickTimeMs };
    zk = await startZooKeeper({ depsDir, ...tick });
  });
  after(async () => {
    for (const s of sessions) s.close();
    await zk?.stop();
  });
  return {
    server,
    open: async (options = {}) => {
      const session = await ZkSession.open({
        connect: options.connect ?? server().connectString,
        sessionTimeoutMs: setup.sessionTimeoutMs,
        digest: options.digest ?? null,
      });
      sessions.push(session);
      return session;
    },
  };
}
