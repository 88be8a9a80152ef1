// Leader election among any number of scheduler processes of one ring: each creates an ephemeral
// sequential znode under <root>/leader; the lowest leads; every other one watches only its
// predecessor (no herd on a change). Leadership ends with the ZooKeeper session (or with our
// znode): the caller then exits and its supervisor restarts it as a fresh contender.
import zookeeper from 'node-zookeeper-client';
import { StoreError } from './errors.js';
import type { ZkSession } from './zk-session.js';

const PREFIX = 'candidate-';

export class LeaderElection {
  private ourName: string | null = null;
  private lostReason: string | null = null;
  private readonly lostHandlers: ((reason: string) => void)[] = [];

  constructor(
    private readonly session: ZkSession,
    /** Absolute znode path, e.g. "/cassandra-mesos/ring1/leader". */
    private readonly path: string,
    /** What others see as the leader: e.g. this process's API address. */
    private readonly identity: string,
  ) {
    session.on('expired', () => {
      this.lose('ZooKeeper session expired');
    });
  }

  /** Called once when leadership (or the chance of it) is gone for good. */
  onLost(handler: (reason: string) => void): void {
    if (this.lostReason !== null) handler(this.lostReason);
    else this.lostHandlers.push(handler);
  }

  private lose(reason: string): void {
    if (this.lostReason !== null) return;
    this.lostReason = reason;
    for (const handler of this.lostHandlers) handler(reason);
  }

  /** Resolves once this process leads. Rejects if the session or our candidacy ends first. */
  async campaign(): Promise<void> {
    await this.session.mkdirp(this.path);
    const created = await this.session.create(
      `${this.path}/${PREFIX}`,
      Buffer.from(this.identity),
      zookeeper.CreateMode.EPHEMERAL_SEQUENTIAL,
    );
    this.ourName = created.slice(created.lastIndexOf('/') + 1);
    for (;;) {
      if (this.lostReason !== null) throw new StoreError('UNAVAILABLE', this.lostReason);
      const candidates = (await this.session.getChildren(this.path)).filter((c) =>
        c.startsWith(PREFIX),
      );
      const at = candidates.indexOf(this.ourName);
      if (at === -1) {
        this.lose(`our candidate ${this.ourName} disappeared`);
        continue;
      }
      const predecessor = candidates[at - 1];
      if (predecessor === undefined) break;
      await this.predecessorGone(`${this.path}/${predecessor}`);
    }
    await this.watchOwnNode();
  }

  private async predecessorGone(path: string): Promise<void> {
    let fire: () => void = () => undefined;
    const changed = new Promise<void>((resolve) => {
      fire = resolve;
    });
    const abort = (): void => {
      fire();
    };
    this.lostHandlers.push(abort);
    if (await this.session.exists(path, abort)) await changed;
  }

  /** Someone deleting our znode (an operator, a bug) ends leadership as surely as expiry. */
  private async watchOwnNode(): Promise<void> {
    const own = `${this.path}/${this.ourName ?? ''}`;
    const watch = async (): Promise<void> => {
      const there = await this.session.exists(own, () => {
        void watch().catch((error: unknown) => {
          this.lose(`watching ${own} failed: ${String(error)}`);
        });
      });
      if (!there) this.lose(`our candidate ${own} was deleted`);
    };
    await watch();
  }

  /** The identity of the current leader, or null when nobody campaigns. */
  async leader(): Promise<string | null> {
    const candidates = (await this.session.getChildren(this.path)).filter((c) =>
      c.startsWith(PREFIX),
    );
    const first = candidates[0];
    if (first === undefined) return null;
    const found = await this.session.getData(`${this.path}/${first}`);
    return found ? found.data.toString('utf8') : null;
  }

  /** Leaves the election (on a clean shutdown; a crash leaves through session expiry). */
  async resign(): Promise<void> {
    if (this.ourName === null) return;
    const name = this.ourName;
    this.ourName = null;
    // Leaving on purpose is not a loss: no handler fires for the deletion we cause.
    this.lostReason ??= 'resigned';
    await this.session.remove(`${this.path}/${name}`);
  }
}
