// The ring's state on a Persister, under one root: /framework-id (text), /target (the ClusterSpec
// as JSON), /nodes/<node-id> (cmf.v1.NodeRecord), /ops (the ops queue's OpsState as JSON) and
// /log/<time>-<id> (cmf.v1.OperationRecord).
import { cmf } from '@cmf/proto';
import { decodeNodeRecord, encodeNodeRecord } from '../codec/node-record.js';
import type { ClusterSpec } from '../domain/cluster.js';
import type { NodeRecord } from '../domain/node.js';
import type { OpsState } from '../domain/ops/index.js';
import { epochMs } from '../domain/time.js';
import type { LogEntry, StateStore, VersionedNode } from '../ports.js';
import { StoreError } from './errors.js';
import type { Persister, WriteOp } from './persister.js';

const FRAMEWORK_ID = '/framework-id';
const TARGET = '/target';
const NODES = '/nodes';
const LOG = '/log';
const OPS = '/ops';

const encoder = new TextEncoder();
const decoder = new TextDecoder();

function logPath(entry: LogEntry): string {
  return `${LOG}/${String(entry.atMs).padStart(15, '0')}-${entry.id}`;
}

function logOp(entry: LogEntry): WriteOp {
  const data = cmf.v1.OperationRecord.encode({
    id: entry.id,
    kind: entry.kind,
    node_id: entry.nodeId,
    state: entry.state,
    reason: entry.reason,
    created_at_ms: entry.atMs,
    updated_at_ms: entry.atMs,
  }).finish();
  return { op: 'create', path: logPath(entry), data };
}

/** The ops state's write: created on first save (`expected` null), else compare-and-set. */
function opsWrite(state: OpsState, expected: number | null): WriteOp {
  const data = encoder.encode(JSON.stringify(state));
  return expected === null
    ? { op: 'create', path: OPS, data }
    : { op: 'set', path: OPS, data, version: expected };
}

/** The log keeps the newest entries only; it is trimmed after every TRIM_EVERY appends. */
export const LOG_KEEP = 1000;
const TRIM_EVERY = 50;

export class PersistedState implements StateStore {
  private appended = 0;

  constructor(
    private readonly persister: Persister,
    private readonly logKeep = LOG_KEEP,
  ) {}

  /** Counts appended log entries; every TRIM_EVERY entries, drops all but the newest logKeep. */
  private async appendedOne(count = 1): Promise<void> {
    const before = Math.floor(this.appended / TRIM_EVERY);
    this.appended += count;
    if (Math.floor(this.appended / TRIM_EVERY) === before) return;
    const names = await this.persister.children(LOG);
    const old = names.slice(0, Math.max(0, names.length - this.logKeep));
    // Entries are written once and never changed: version 0. Trimming is best effort.
    for (let i = 0; i < old.length; i += 100) {
      const batch = old
        .slice(i, i + 100)
        .map((n) => ({ op: 'remove' as const, path: `${LOG}/${n}`, version: 0 }));
      await this.persister.commit(batch).catch(() => undefined);
    }
  }

  async frameworkId(): Promise<string | null> {
    const stored = await this.persister.get(FRAMEWORK_ID);
    const id = stored ? decoder.decode(stored.data) : '';
    return id === '' ? null : id;
  }

  async saveFrameworkId(id: string): Promise<void> {
    const stored = await this.persister.get(FRAMEWORK_ID);
    const data = encoder.encode(id);
    await this.persister.commit([
      stored
        ? { op: 'set', path: FRAMEWORK_ID, data, version: stored.version }
        : { op: 'create', path: FRAMEWORK_ID, data },
    ]);
  }

  async target(): Promise<{ spec: ClusterSpec; version: number } | null> {
    const stored = await this.persister.get(TARGET);
    if (!stored) return null;
    try {
      return {
        spec: JSON.parse(decoder.decode(stored.data)) as ClusterSpec,
        version: stored.version,
      };
    } catch (error) {
      throw new StoreError('CORRUPT', `target does not parse: ${String(error)}`, { cause: error });
    }
  }

  async saveTarget(spec: ClusterSpec, expected: number | null): Promise<number> {
    const data = encoder.encode(JSON.stringify(spec));
    const op: WriteOp =
      expected === null
        ? { op: 'create', path: TARGET, data }
        : { op: 'set', path: TARGET, data, version: expected };
    const [version = 0] = await this.persister.commit([op]);
    return version;
  }

  async saveChange(
    spec: ClusterSpec,
    targetVersion: number,
    ops: OpsState,
    opsVersion: number | null,
  ): Promise<void> {
    const target: WriteOp = {
      op: 'set',
      path: TARGET,
      data: encoder.encode(JSON.stringify(spec)),
      version: targetVersion,
    };
    await this.persister.commit([target, opsWrite(ops, opsVersion)]);
  }

  async nodes(): Promise<VersionedNode[]> {
    const names = await this.persister.children(NODES);
    const found = await Promise.all(names.map((n) => this.persister.get(`${NODES}/${n}`)));
    return found
      .flatMap((stored) =>
        stored ? [{ node: decodeNodeRecord(stored.data), version: stored.version }] : [],
      )
      .sort((a, b) => a.node.index - b.node.index);
  }

  async createNodes(nodes: readonly NodeRecord[], entry?: LogEntry): Promise<void> {
    const ops: WriteOp[] = nodes.map((node) => ({
      op: 'create',
      path: `${NODES}/${node.nodeId}`,
      data: encodeNodeRecord(node),
    }));
    await this.persister.commit(entry ? [...ops, logOp(entry)] : ops);
    if (entry) await this.appendedOne();
  }

  async updateNode(node: NodeRecord, version: number, entry?: LogEntry): Promise<number> {
    const op: WriteOp = {
      op: 'set',
      path: `${NODES}/${node.nodeId}`,
      data: encodeNodeRecord(node),
      version,
    };
    const [next = version + 1] = await this.persister.commit(entry ? [op, logOp(entry)] : [op]);
    if (entry) await this.appendedOne();
    return next;
  }

  async deleteNode(nodeId: string, version: number, entry?: LogEntry): Promise<void> {
    const op: WriteOp = { op: 'remove', path: `${NODES}/${nodeId}`, version };
    await this.persister.commit(entry ? [op, logOp(entry)] : [op]);
    if (entry) await this.appendedOne();
  }

  async opsState(): Promise<{ state: OpsState; version: number } | null> {
    const stored = await this.persister.get(OPS);
    if (!stored) return null;
    let state: Pick<OpsState, 'version'> & Omit<OpsState, 'version'>;
    try {
      state = JSON.parse(decoder.decode(stored.data)) as OpsState;
    } catch (error) {
      throw new StoreError('CORRUPT', `ops state does not parse: ${String(error)}`, {
        cause: error,
      });
    }
    const version: unknown = state.version;
    if (version !== 1) {
      throw new StoreError('CORRUPT', `ops state version ${String(version)} is unknown`);
    }
    return { state, version: stored.version };
  }

  async saveOps(
    state: OpsState,
    expected: number | null,
    entries: readonly LogEntry[] = [],
  ): Promise<number> {
    const [version = 0] = await this.persister.commit([
      opsWrite(state, expected),
      ...entries.map(logOp),
    ]);
    if (entries.length > 0) await this.appendedOne(entries.length);
    return version;
  }

  async log(limit: number): Promise<LogEntry[]> {
    const names = (await this.persister.children(LOG)).slice(-limit);
    const found = await Promise.all(names.map((n) => this.persister.get(`${LOG}/${n}`)));
    return found.flatMap((stored) => {
      if (!stored) return [];
      const r = cmf.v1.OperationRecord.decode(stored.data);
      return [
        {
          id: r.id,
          kind: r.kind,
          nodeId: r.node_id,
          state: r.state,
          reason: r.reason,
          atMs: epochMs(r.created_at_ms),
        },
      ];
    });
  }
}
