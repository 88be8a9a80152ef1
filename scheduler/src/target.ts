// The ring's target config as a scheduler process sees it: before it leads (the stored target,
// and why a new config would be refused) and once it leads (validateChange, save, queue the
// rolling restarts); and the ops policy and replication source the runtime gets from config.
import type { SchedulerConfig } from './config/schema.js';
import type { ChangeProblem, ClusterSpec } from './domain/cluster.js';
import { DEFAULT_OPS_POLICY, type ChangeError } from './domain/ops/index.js';
import type { EpochMs } from './domain/time.js';
import type { Logger, StateStore } from './ports.js';
import { applyConfig, diffConfig } from './runtime/config-change.js';

/** The ops policy from config, and where replication factors are read. */
export function opsOptions(config: SchedulerConfig, logger: Logger) {
  return {
    opsPolicy: {
      ...DEFAULT_OPS_POLICY,
      replaceAfterMs: config.ops.replaceAfterSeconds * 1000,
      cleanupAfterScaleUp: config.ops.cleanupAfterScaleUp,
      repairAfterReplace: config.ops.repairAfterReplace,
    },
    replication: {
      nativePort: config.ring.ports.native,
      dc: config.ring.dc,
      logger,
      refreshMs: config.ops.replicationRefreshSeconds * 1000,
    },
  };
}

/** What the API shows before this process leads: the stored target, and why a new one is refused. */
export async function previewTarget(
  store: StateStore,
  config: SchedulerConfig,
): Promise<{ spec: ClusterSpec; problems: readonly ChangeProblem[] }> {
  const stored = await store.target();
  if (stored === null) return { spec: config.ring, problems: [] };
  const { result } = await diffConfig({
    store,
    executor: config.executor,
    wanted: config.ring,
    keyspaces: null,
  });
  return { spec: stored.spec, problems: result.ok ? [] : problemsOf(result.errors) };
}

function problemsOf(errors: readonly ChangeError[]): ChangeProblem[] {
  return errors.map((e) => ({ key: e.key, reason: `${e.code}: ${e.message}` }));
}

export async function settleTarget(
  store: StateStore,
  config: SchedulerConfig,
  logger: Logger,
  now: EpochMs,
): Promise<{ spec: ClusterSpec; problems: readonly ChangeProblem[] }> {
  const applied = await applyConfig({
    store,
    executor: config.executor,
    wanted: config.ring,
    keyspaces: null,
    now,
  });
  switch (applied.kind) {
    case 'created':
    case 'unchanged':
      return { spec: applied.spec, problems: [] };
    case 'changed':
      logger.info('new target config', {
        configVersion: applied.spec.configVersion,
        diff: applied.result.ok ? applied.result.diff : null,
      });
      return { spec: applied.spec, problems: [] };
    case 'refused': {
      const problems = applied.result.ok ? [] : problemsOf(applied.result.errors);
      logger.error('config refused; the ring keeps its stored target', { problems });
      return { spec: applied.spec, problems };
    }
  }
}
