// A real, standalone ZooKeeper server for tests, run from the jars `make deps` gathered, on a free
// loopback port with a temporary data dir. It is killed on stop() and, failing that, when the test
// process exits. `make run` gives it a work dir of its own instead, which is kept.
import { spawnDetached, type Command, type DetachedProcess } from '@cmf/executor';
import { rmSync } from 'node:fs';
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
  /** Keep config, data and log here, across stops (`make run` resumes its ring); default: a temp dir, deleted. */
  readonly workDir?: string;
  /** Default: a free port. */
  readonly port?: number;
}

export interface RunningZooKeeper {
  /** host:port, for node-zookeeper-client and the scheduler's config. */
  readonly connectString: string;
  readonly port: number;
  readonly dataDir: string;
  /** The server JVM's pid (it changes on restart). */
  readonly pid: number;
  /** Stops the server and deletes its data (unless the work dir was given). */
  stop(): Promise<void>;
  /** Stops and starts it again on the same port and data: clients see a server bounce. */
  restart(): Promise<void>;
  /** The last lines of the server's log, for failure messages. */
  logTail(lines?: number): Promise<string>;
}

export async function startZooKeeper(options: ZooKeeperOptions): Promise<RunningZooKeeper> {
  const { workDir, port, dataDir } = await prepareWorkDir(options);
  const isTemporary = options.workDir === undefined;
  const discard = async (): Promise<void> => {
    if (isTemporary) await rm(workDir, { recursive: true, force: true });
  };
  const logTail = tailOf(join(workDir, 'zookeeper.log'));
  const current: { server?: DetachedProcess } = {};
  const guard = exitGuard(current, isTemporary ? workDir : undefined);
  track(guard);
  const start = (): Promise<DetachedProcess> =>
    launch({ options, workDir, port, logTail, current }).catch(async (error: unknown) => {
      untrack(guard);
      await discard();
      throw error;
    });
  let server = await start();
  return {
    connectString: `127.0.0.1:${port}`,
    port,
    dataDir,
    get pid() {
      return server.pid;
    },
    async stop() {
      await server.stop(5_000);
      untrack(guard);
      await discard();
    },
    async restart() {
      await server.stop(5_000);
      server = await start();
    },
    logTail,
  };
}

/** Whatever happens to this test process, the server (and its temp dir, if any) go with it. */
function exitGuard(
  current: { server?: DetachedProcess },
  tempDir: string | undefined,
): { killNow(): void } {
  return {
    killNow(): void {
      current.server?.killNow();
      if (tempDir !== undefined) rmSync(tempDir, { recursive: true, force: true });
    },
  };
}

async function prepareWorkDir(
  options: ZooKeeperOptions,
): Promise<{ workDir: string; port: number; dataDir: string }> {
  const workDir = options.workDir ?? (await mkdtemp(join(tmpdir(), 'zookeeper-')));
  const port = options.port ?? (await freeLoopbackPort());
  const dataDir = join(workDir, 'data');
  await mkdir(dataDir, { recursive: true });
  await writeFile(join(workDir, 'zoo.cfg'), zooCfg(dataDir, port, options.tickTimeMs ?? 2000));
  return { workDir, port, dataDir };
}

function tailOf(logPath: string): (lines?: number) => Promise<string> {
  return async (lines = 40) =>
    (await readFile(logPath, 'utf8').catch(() => '')).split('\n').slice(-lines).join('\n');
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

interface Launch {
  readonly options: ZooKeeperOptions;
  readonly workDir: string;
  readonly port: number;
  readonly logTail: (lines?: number) => Promise<string>;
  /** Set as soon as the JVM exists, so the exit guard can kill it even mid-start. */
  readonly current: { server?: DetachedProcess };
}

async function launch(launching: Launch): Promise<DetachedProcess> {
  const { options, workDir, port } = launching;
  const logPath = join(workDir, 'zookeeper.log');
  const files = { cwd: workDir, stdoutPath: logPath, stderrPath: logPath };
  const server = await spawnDetached(serverCommand(options, workDir), files);
  launching.current.server = server;
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
    await server.stop(5_000);
    const message = `${String(error)}\n--- ZooKeeper log (tail) ---\n${await launching.logTail()}`;
    throw new Error(message, { cause: error });
  }
  return server;
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
