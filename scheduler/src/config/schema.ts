// The scheduler's whole configuration, typed and frozen: the ring's spec (what nodes run with)
// plus how the scheduler reaches Mesos and ZooKeeper and serves its API.
import type { ExecutorSpec, FrameworkIdentity } from '../domain/accept.js';
import type { ClusterSpec } from '../domain/cluster.js';
import type { RepairConfig } from '../domain/repair/index.js';

export interface MesosSettings {
  /** host:port of a master; a non-leader redirects to the leader. */
  readonly master: string;
  readonly user: string;
  readonly frameworkName: string;
  readonly failoverTimeoutSeconds: number;
  /** HTTP Basic secret for the principal; null when the master does not authenticate. */
  readonly secret: string | null;
  readonly secretFile: string | null;
  /** Refuse declined offers this long; REVIVE clears it when a node needs offers again. */
  readonly declineRefuseSeconds: number;
  /** Close and re-subscribe after this many heartbeat intervals without any event. */
  readonly heartbeatMisses: number;
  readonly backoffMinMs: number;
  readonly backoffMaxMs: number;
  readonly callTimeoutMs: number;
}

export interface ZooKeeperSettings {
  readonly connect: string;
  /** Per ring: framework id, target config, node records and the operation log live below it. */
  readonly root: string;
  readonly sessionTimeoutMs: number;
  /** "user:password" for digest ACLs on the ring's znodes; null leaves them open. */
  readonly digest: string | null;
}

export interface ApiSettings {
  readonly host: string;
  readonly port: number;
  /**
   * The host others reach the API at (leader identity, Mesos webui_url); null: the bound host,
   * unless that is a wildcard (0.0.0.0, ::), when the machine's hostname stands in.
   */
  readonly advertisedHost: string | null;
  /** Bearer token for mutations; null disables mutations. */
  readonly token: string | null;
}

/** Healing and change (issue 6): the knobs an operator sets; the rest are the ops core's defaults. */
export interface OpsSettings {
  /** A node whose agent stays gone (or whose reservation nobody offers) this long is replaced. */
  readonly replaceAfterSeconds: number;
  /** Opt-in: clean up the old nodes after a scale-up (the design warns against doing it always). */
  readonly cleanupAfterScaleUp: boolean;
  /** Repair a replacement (full, all its ranges) once its replace succeeds: it streamed each range from one replica. */
  readonly repairAfterReplace: boolean;
  /** How often replication factors are read from Cassandra. */
  readonly replicationRefreshSeconds: number;
}

export interface SchedulerConfig {
  readonly ring: ClusterSpec;
  readonly framework: FrameworkIdentity;
  readonly executor: ExecutorSpec;
  readonly mesos: MesosSettings;
  readonly zookeeper: ZooKeeperSettings;
  readonly api: ApiSettings;
  readonly repair: RepairConfig;
  readonly ops: OpsSettings;
}
