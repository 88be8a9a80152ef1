// One ZooKeeper session (node-zookeeper-client) with promise-returning calls and ZooKeeper errors
// mapped to StoreError codes. The session's end is an event: whoever leads on it must stop.
import { createHash } from 'node:crypto';
import { EventEmitter } from 'node:events';
import zookeeper, { type ACL, type Client, type Stat } from 'node-zookeeper-client';
import { StoreError, type StoreErrorCode } from './errors.js';

export interface SessionOptions {
  readonly connect: string;
  readonly sessionTimeoutMs: number;
  /** "user:password": creates get a digest ACL for that user, and the session authenticates. */
  readonly digest: string | null;
  readonly connectTimeoutMs?: number;
  /** Join an existing session (tests use it to end one on purpose). */
  readonly session?: { readonly id: Buffer; readonly password: Buffer };
}

const { Exception } = zookeeper;
const OPEN_ACL = [new zookeeper.ACL(zookeeper.Permission.ALL, new zookeeper.Id('world', 'anyone'))];

function codeOf(error: unknown): StoreErrorCode {
  const code = (error as { code?: unknown }).code;
  if (code === Exception.NODE_EXISTS) return 'EXISTS';
  if (code === Exception.NO_NODE) return 'NOT_FOUND';
  if (code === Exception.BAD_VERSION || code === Exception.NOT_EMPTY) return 'CONFLICT';
  return 'UNAVAILABLE';
}

export function toStoreError(error: unknown, what: string): StoreError {
  if (error instanceof StoreError) return error;
  return new StoreError(codeOf(error), `${what}: ${String(error)}`, { cause: error });
}

/** The digest ACL id ZooKeeper expects: user:base64(sha1(user:password)). */
export function digestAcl(digest: string): ACL[] {
  const user = digest.slice(0, digest.indexOf(':'));
  const hash = createHash('sha1').update(digest).digest('base64');
  return [
    new zookeeper.ACL(zookeeper.Permission.ALL, new zookeeper.Id('digest', `${user}:${hash}`)),
  ];
}

export class ZkSession extends EventEmitter<{ expired: [] }> {
  readonly acl: ACL[];

  private constructor(
    readonly client: Client,
    options: SessionOptions,
  ) {
    super();
    this.acl = options.digest ? digestAcl(options.digest) : OPEN_ACL;
    client.on('expired', () => this.emit('expired'));
  }

  static async open(options: SessionOptions): Promise<ZkSession> {
    const client = zookeeper.createClient(options.connect, {
      sessionTimeout: options.sessionTimeoutMs,
      spinDelay: 200,
      retries: 2,
      ...(options.session
        ? { sessionId: options.session.id, sessionPassword: options.session.password }
        : {}),
    });
    if (options.digest) client.addAuthInfo('digest', Buffer.from(options.digest));
    const timeoutMs = options.connectTimeoutMs ?? options.sessionTimeoutMs;
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => {
        client.close();
        reject(
          new StoreError(
            'UNAVAILABLE',
            `no ZooKeeper session at ${options.connect} in ${timeoutMs} ms`,
          ),
        );
      }, timeoutMs);
      client.once('connected', () => {
        clearTimeout(timer);
        resolve();
      });
      client.connect();
    });
    return new ZkSession(client, options);
  }

  get sessionId(): string {
    return this.client.getSessionId().toString('hex');
  }

  /** Credentials to join this session from another client (tests end a session this way). */
  get credentials(): { id: Buffer; password: Buffer } {
    return { id: this.client.getSessionId(), password: this.client.getSessionPassword() };
  }

  close(): void {
    this.client.close();
  }

  getData(path: string): Promise<{ data: Buffer; stat: Stat } | null> {
    return new Promise((resolve, reject) => {
      this.client.getData(path, (error, data, stat) => {
        if (error && codeOf(error) === 'NOT_FOUND') resolve(null);
        else if (error) reject(toStoreError(error, `get ${path}`));
        else resolve({ data, stat });
      });
    });
  }

  getChildren(path: string, watcher?: () => void): Promise<string[]> {
    return new Promise((resolve, reject) => {
      const done = (error: unknown, children: string[]): void => {
        if (error && codeOf(error) === 'NOT_FOUND') resolve([]);
        else if (error) reject(toStoreError(error, `children of ${path}`));
        else resolve([...children].sort());
      };
      if (watcher) this.client.getChildren(path, watcher, done);
      else this.client.getChildren(path, done);
    });
  }

  /** True if the path exists; the watcher fires once when it is created, changed or deleted. */
  exists(path: string, watcher: () => void): Promise<boolean> {
    return new Promise((resolve, reject) => {
      this.client.exists(path, watcher, (error, stat) => {
        if (error) reject(toStoreError(error, `exists ${path}`));
        else resolve(Boolean(stat));
      });
    });
  }

  mkdirp(path: string): Promise<void> {
    return new Promise((resolve, reject) => {
      this.client.mkdirp(path, this.acl, (error) => {
        if (error) reject(toStoreError(error, `mkdirp ${path}`));
        else resolve();
      });
    });
  }

  create(path: string, data: Buffer, mode: number): Promise<string> {
    return new Promise((resolve, reject) => {
      this.client.create(path, data, this.acl, mode, (error, created) => {
        if (error) reject(toStoreError(error, `create ${path}`));
        else resolve(created);
      });
    });
  }

  remove(path: string, version = -1): Promise<void> {
    return new Promise((resolve, reject) => {
      this.client.remove(path, version, (error) => {
        if (error && codeOf(error) !== 'NOT_FOUND') reject(toStoreError(error, `remove ${path}`));
        else resolve();
      });
    });
  }
}
