// A real, standalone ZooKeeper server for tests, run from the jars `make deps` gathered, on a free
// loopback port with a temporary data dir. It is killed on stop() and, failing that, when the test
// process exits.
import { spawnDetached, type Command, type DetachedProcess } from '@cmf/executor';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { connect, createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { zookeeperHome } from './deps.js';
import { track, untrack } from './reaper.js';
import { waitFor } from './wait-for.js';

export interface ZooKeeperOptions {
  readonly depsDir: string;
  readonly javaPath?: string;
  /** ZooKeeper's time unit; sessions last 2–20 ticks. Small ticks make session expiry quick. */
  readonly tickTimeMs?: number;
  readonly startTimeoutMs?: number;
}

export interface RunningZooKeeper {
  /** host:port, for node-zookeeper-client and the scheduler's config. */
  readonly connectString: string;
  readonly port: number;
  readonly dataDir: string;
  /** Stops the server and deletes its data. */
  stop(): Promise<void>;
  /** Stops and starts it again on the same port and data: clients see a server bounce. */
  restart(): Promise<void>;
  /** The last lines of the server's log, for failure messages. */
  logTail(lines?: number): Promise<string>;
}

export async function startZooKeeper(options: ZooKeeperOptions): Promise<RunningZooKeeper> {
  const workDir = await mkdtemp(join(tmpdir(), 'zookeeper-'));
  const port = await freeLoopbackPort();
  const dataDir = join(workDir, 'data');
  await mkdir(dataDir);
  await writeFile(join(workDir, 'zoo.cfg'), zooCfg(dataDir, port, options.tickTimeMs ?? 2000));
  const logPath = join(workDir, 'zookeeper.log');
  const logTail = async (lines = 40): Promise<string> =>
    (await readFile(logPath, 'utf8').catch(() => '')).split('\n').slice(-lines).join('\n');

  let server = await launch(options, workDir, port, logTail).catch(async (error: unknown) => {
    await rm(workDir, { recursive: true, force: true });
    throw error;
  });
  return {
    connectString: `127.0.0.1:${port}`,
    port,
    dataDir,
    async stop() {
      await halt(server);
      await rm(workDir, { recursive: true, force: true });
    },
    async restart() {
      await halt(server);
      server = await launch(options, workDir, port, logTail);
    },
    logTail,
  };
}

function zooCfg(dataDir: string, port: number, tickTimeMs: number): string {
  return [
    `tickTime=${tickTimeMs}`,
    `dataDir=${dataDir}`,
    `clientPort=${port}`,
    'clientPortAddress=127.0.0.1',
    // No Jetty admin server on 8080: it is not shipped, and tests must not collide on ports.
    'admin.enableServer=false',
    // srvr answers "not currently serving" until the server is up: the readiness probe.
    '4lw.commands.whitelist=srvr,ruok',
    '',
  ].join('\n');
}

function serverCommand(options: ZooKeeperOptions, workDir: string): Command {
  const home = zookeeperHome(options.depsDir);
  return {
    command: options.javaPath ?? 'java',
    args: [
      '-Xmx128m',
      '-XX:+UseSerialGC',
      '-XX:TieredStopAtLevel=1',
      '-Djava.net.preferIPv4Stack=true',
      `-Dlogback.configurationFile=${home}/conf/logback.xml`,
      '-cp',
      `${home}/lib/*`,
      'org.apache.zookeeper.server.ZooKeeperServerMain',
      join(workDir, 'zoo.cfg'),
    ],
    env: {},
  };
}

async function launch(
  options: ZooKeeperOptions,
  workDir: string,
  port: number,
  logTail: (lines?: number) => Promise<string>,
): Promise<DetachedProcess> {
  const logPath = join(workDir, 'zookeeper.log');
  const files = { cwd: workDir, stdoutPath: logPath, stderrPath: logPath };
  const server = await spawnDetached(serverCommand(options, workDir), files);
  track(server);
  const died = new AbortController();
  void server.exited.then((exit) => {
    died.abort(new Error(`ZooKeeper exited (${JSON.stringify(exit)}) before serving`));
  });
  try {
    await waitFor(async () => (await fourLetterWord(port, 'srvr')).includes('Mode: standalone'), {
      timeoutMs: options.startTimeoutMs ?? 60_000,
      intervalMs: 100,
      what: `ZooKeeper serving on 127.0.0.1:${port}`,
      signal: died.signal,
    });
  } catch (error) {
    await halt(server);
    const message = `${String(error)}\n--- ZooKeeper log (tail) ---\n${await logTail()}`;
    throw new Error(message, { cause: error });
  }
  return server;
}

async function halt(server: DetachedProcess): Promise<void> {
  await server.stop(5_000);
  untrack(server);
}

/** Sends a four-letter word and returns the whole answer (the server closes after answering). */
function fourLetterWord(port: number, word: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect({ host: '127.0.0.1', port }, () => socket.end(word));
    const chunks: Buffer[] = [];
    socket.setTimeout(2_000, () => socket.destroy(new Error(`${word}: no answer in 2 s`)));
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('end', () => {
      resolve(Buffer.concat(chunks).toString('utf8'));
    });
    socket.on('error', reject);
  });
}

/** A port nothing listens on right now (the kernel picks it; ZooKeeper binds it just after). */
export function freeLoopbackPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => {
        resolve(port);
      });
    });
  });
}
