// Runs one admin operation against the node over JMX (Jolokia exec): repair keyspace by keyspace
// with repairAsync and status polling, cleanup, decommission, drain, snapshot, seed list updates.
// Progress goes to a callback; abort and timeout arrive through one AbortSignal, and a running
// repair or cleanup is then stopped inside Cassandra too.
import { readFile, writeFile } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import { JolokiaClient, STORAGE_SERVICE_MBEAN } from '../cassandra/index.js';
import { runDirectories } from '../cassandra/spec.js';
import { withSeeds } from '../cassandra/yaml.js';
import { readCleanupStatus, readRepairStatus, type OperationPlan } from '../domain/admin.js';
import type { LaunchPlan } from '../domain/launch-plan.js';

const COMPACTION_MANAGER_MBEAN = 'org.apache.cassandra.db:type=CompactionManager';
const GOSSIPER_MBEAN = 'org.apache.cassandra.net:type=Gossiper';
const REPAIR_POLL_MS = 1_000;
/** A repair command the node does not know for this long has been lost (e.g. a restart). */
const REPAIR_UNKNOWN_LIMIT_MS = 30_000;
/** Reads and the abort calls themselves are quick. */
const SHORT_CALL_MS = 10_000;

export class AdminStepError extends Error {
  override readonly name = 'AdminStepError';
  readonly code = 'ADMIN_STEP_FAILED';
}

export interface OperationContext {
  readonly node: LaunchPlan;
  /** Aborted on an abort request or when the operation's time is up. */
  readonly signal: AbortSignal;
  readonly deadlineMs: number;
  readonly progress: (done: number, total: number, message: string) => void;
}

/** Resolves with a success message; rejects with why it failed (or the signal's reason). */
export async function runOperation(plan: OperationPlan, ctx: OperationContext): Promise<string> {
  const jmx = new NodeJmx(ctx);
  switch (plan.kind) {
    case 'repair':
      return repair(plan, jmx, ctx);
    case 'cleanup':
      return cleanup(plan.keyspaces, jmx, ctx);
    case 'decommission':
      await jmx.exec('decommission(boolean)', [false]);
      return 'decommissioned: the node left the ring';
    case 'drain':
      await jmx.exec('drain', []);
      return 'drained';
    case 'update-seeds':
      return updateSeeds(plan.seeds, ctx);
    case 'snapshot': {
      const keyspaces = [...plan.keyspaces];
      await jmx.exec('takeSnapshot(java.lang.String,java.util.Map,[Ljava.lang.String;)', [
        plan.tag,
        {},
        keyspaces,
      ]);
      return `snapshot ${plan.tag} taken of ${keyspaces.length === 0 ? 'all keyspaces' : keyspaces.join(', ')}`;
    }
  }
}

/** Stops what an operation started inside Cassandra; blocking calls then return early. */
export async function abortInNode(plan: OperationPlan, node: LaunchPlan): Promise<void> {
  const jolokia = client(node, SHORT_CALL_MS);
  if (plan.kind === 'repair')
    await jolokia.exec(STORAGE_SERVICE_MBEAN, 'forceTerminateAllRepairSessions', []);
  if (plan.kind === 'cleanup')
    await jolokia.exec(COMPACTION_MANAGER_MBEAN, 'stopCompaction', ['CLEANUP']);
}

async function repair(
  plan: Extract<OperationPlan, { kind: 'repair' }>,
  jmx: NodeJmx,
  ctx: OperationContext,
): Promise<string> {
  const keyspaces =
    plan.keyspaces.length > 0 ? [...plan.keyspaces] : await jmx.nonSystemKeyspaces();
  let done = 0;
  for (const keyspace of keyspaces) {
    ctx.progress(done, keyspaces.length, `repairing ${keyspace}`);
    const command = await jmx.exec('repairAsync(java.lang.String,java.util.Map)', [
      keyspace,
      plan.options,
    ]);
    // 0: nothing to repair here (replication factor 1, or no ranges).
    if (typeof command === 'number' && command > 0) await awaitRepair(command, keyspace, jmx, ctx);
    done++;
  }
  ctx.progress(done, keyspaces.length, `repaired ${keyspaces.join(', ')}`);
  return `repaired ${keyspaces.length} keyspace(s): ${keyspaces.join(', ')}`;
}

async function awaitRepair(
  command: number,
  keyspace: string,
  jmx: NodeJmx,
  ctx: OperationContext,
): Promise<void> {
  let unknownSince: number | undefined;
  for (;;) {
    await sleep(REPAIR_POLL_MS, undefined, { signal: ctx.signal });
    const progress = readRepairStatus(await jmx.exec('getParentRepairStatus', [command]));
    switch (progress.state) {
      case 'completed':
        return;
      case 'failed':
        throw new AdminStepError(`repair of ${keyspace} failed: ${progress.message}`);
      case 'running':
        unknownSince = undefined;
        break;
      case 'unknown':
        unknownSince ??= Date.now();
        if (Date.now() - unknownSince > REPAIR_UNKNOWN_LIMIT_MS) {
          throw new AdminStepError(
            `repair command ${command} of ${keyspace} is unknown to the node`,
          );
        }
    }
  }
}

async function cleanup(
  given: readonly string[],
  jmx: NodeJmx,
  ctx: OperationContext,
): Promise<string> {
  const keyspaces = given.length > 0 ? [...given] : await jmx.nonSystemKeyspaces();
  for (const [i, keyspace] of keyspaces.entries()) {
    ctx.progress(i, keyspaces.length, `cleaning up ${keyspace}`);
    // One compaction thread: cleanup must not crowd out the node's own work.
    const status = await jmx.exec(
      'forceKeyspaceCleanup(int,java.lang.String,[Ljava.lang.String;)',
      [1, keyspace, []],
    );
    const outcome = readCleanupStatus(status);
    if (outcome !== 'done') throw new AdminStepError(`cleanup of ${keyspace} ${outcome}`);
  }
  ctx.progress(keyspaces.length, keyspaces.length, 'cleanup done');
  return `cleaned up ${keyspaces.length} keyspace(s): ${keyspaces.join(', ')}`;
}

/** cassandra.yaml gets the new list first, so a restart keeps it; then gossip reloads it. */
async function updateSeeds(seeds: readonly string[], ctx: OperationContext): Promise<string> {
  const file = `${runDirectories(ctx.node.workDir).confDir}/cassandra.yaml`;
  const updated = withSeeds(await readFile(file, 'utf8'), seeds, ctx.node.node.ports.storage);
  if (updated === null) throw new AdminStepError(`${file} has no seed provider to update`);
  await writeFile(file, updated);
  const timeoutMs = Math.max(1, ctx.deadlineMs - Date.now());
  const outcome = await client(ctx.node, timeoutMs).exec(GOSSIPER_MBEAN, 'reloadSeeds', []);
  if (!outcome.ok) throw new AdminStepError(`reloadSeeds: ${outcome.error}`);
  const now = Array.isArray(outcome.value) ? outcome.value.join(', ') : String(outcome.value);
  return `seeds reloaded: ${now}`;
}

/** StorageService exec/read with the time the operation has left as the deadline. */
class NodeJmx {
  constructor(private readonly ctx: OperationContext) {}

  async exec(operation: string, args: readonly unknown[]): Promise<unknown> {
    this.ctx.signal.throwIfAborted();
    const timeoutMs = Math.max(1, this.ctx.deadlineMs - Date.now());
    const outcome = await client(this.ctx.node, timeoutMs).exec(
      STORAGE_SERVICE_MBEAN,
      operation,
      args,
    );
    this.ctx.signal.throwIfAborted();
    if (!outcome.ok)
      throw new AdminStepError(`${operation.split('(')[0] ?? operation}: ${outcome.error}`);
    return outcome.value;
  }

  async nonSystemKeyspaces(): Promise<string[]> {
    const outcome = await client(this.ctx.node, SHORT_CALL_MS).read(
      STORAGE_SERVICE_MBEAN,
      'NonSystemKeyspaces',
    );
    if (!outcome.ok || !Array.isArray(outcome.value)) {
      throw new AdminStepError(
        `cannot list keyspaces: ${outcome.ok ? 'not a list' : outcome.error}`,
      );
    }
    return outcome.value.filter((k): k is string => typeof k === 'string');
  }
}

function client(node: LaunchPlan, timeoutMs: number): JolokiaClient {
  return new JolokiaClient({ host: node.node.address, port: node.node.ports.jolokia, timeoutMs });
}
