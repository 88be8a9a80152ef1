// The interfaces the imperative shell is wired from: state, clock and logging. main.ts picks the
// real adapters; tests pick the memory twins and a manual clock.
import type { ClusterSpec } from './domain/cluster.js';
import type { NodeRecord } from './domain/node.js';
import type { OpsState } from './domain/ops/index.js';
import type { EpochMs } from './domain/time.js';

export interface VersionedNode {
  readonly node: NodeRecord;
  /** The version read; an update names it (compare-and-set). */
  readonly version: number;
}

/** One line of the ring's operation log: what the scheduler did and why. */
export interface LogEntry {
  readonly id: string;
  readonly kind: string;
  readonly nodeId: string;
  readonly state: string;
  readonly reason: string;
  readonly atMs: EpochMs;
}

export interface StateStore {
  frameworkId(): Promise<string | null>;
  saveFrameworkId(id: string): Promise<void>;
  target(): Promise<{ readonly spec: ClusterSpec; readonly version: number } | null>;
  /** `expected` null creates the target; a number must equal the stored version. */
  saveTarget(spec: ClusterSpec, expected: number | null): Promise<number>;
  nodes(): Promise<VersionedNode[]>;
  /** Atomically creates every record (and the log entry); EXISTS if any is there already. */
  createNodes(nodes: readonly NodeRecord[], entry?: LogEntry): Promise<void>;
  /** Compare-and-set of one record, with an optional log entry in the same transaction. */
  updateNode(node: NodeRecord, version: number, entry?: LogEntry): Promise<number>;
  /**
   * A config change in one transaction: the new target (compare-and-set on `targetVersion`) and
   * the ops state with its rolling restarts (`opsVersion` null creates it). Both or neither.
   */
  saveChange(
    spec: ClusterSpec,
    targetVersion: number,
    ops: OpsState,
    opsVersion: number | null,
  ): Promise<void>;
  /** Compare-and-set delete of one record (it has LEFT the ring), with an optional log entry. */
  deleteNode(nodeId: string, version: number, entry?: LogEntry): Promise<void>;
  /** The ops queue and what it remembers; null before the first save. */
  opsState(): Promise<{ readonly state: OpsState; readonly version: number } | null>;
  /**
   * Compare-and-set of the ops state (`expected` null creates it), with the log entries of its
   * transitions in the same transaction. CONFLICT: someone else wrote it; act on nothing.
   */
  saveOps(state: OpsState, expected: number | null, entries?: readonly LogEntry[]): Promise<number>;
  /** The newest `limit` log entries, oldest first. */
  log(limit: number): Promise<LogEntry[]>;
}

export interface Clock {
  now(): EpochMs;
}

export type LogFields = Readonly<Record<string, unknown>>;

export interface Logger {
  debug(message: string, fields?: LogFields): void;
  info(message: string, fields?: LogFields): void;
  warn(message: string, fields?: LogFields): void;
  error(message: string, fields?: LogFields): void;
  child(fields: LogFields): Logger;
}
