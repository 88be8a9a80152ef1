// Every config field a node runs with, sorted by what changing it means: impossible on a running
// ring, a rolling restart, nothing until each node's next restart (executor), or scaling. The
// tables are keyed by the spec types, so a new field does not compile until it is placed here.
import type { ExecutorSpec } from '../accept.js';
import type { ClusterSpec } from '../cluster.js';

export type Effect = 'restart' | 'next-restart' | 'scale' | 'new-nodes';

export interface FieldChange {
  /** The config key, as an operator writes it ("cassandra.heapMb"). */
  readonly key: string;
  readonly from: string;
  readonly to: string;
  readonly effect: Effect;
}

export interface RunningConfig {
  readonly ring: ClusterSpec;
  readonly executor: ExecutorSpec;
}

type RingRule =
  | { readonly kind: 'fixed'; readonly key: string; readonly why: string }
  | { readonly kind: 'restart' | 'scale'; readonly key: string }
  /** Compared field by field elsewhere (node resources, yaml overrides, default rack). */
  | { readonly kind: 'special' }
  | { readonly kind: 'derived' };

export const RING_RULES: Readonly<Record<keyof ClusterSpec, RingRule>> = {
  ringName: {
    kind: 'fixed',
    key: 'ring.name',
    why: "it names the ring's reservations and volumes",
  },
  clusterName: {
    kind: 'fixed',
    key: 'cassandra.clusterName',
    why: 'Cassandra refuses to start with another cluster_name',
  },
  nodeCount: { kind: 'scale', key: 'ring.nodeCount' },
  seedCount: {
    kind: 'fixed',
    key: 'ring.seedCount',
    why: 'seeds never bootstrap, so a node cannot become one after it has joined',
  },
  dc: {
    kind: 'fixed',
    key: 'cassandra.dc',
    why: 'a running node cannot move to another datacenter',
  },
  defaultRack: { kind: 'special' },
  node: { kind: 'special' },
  executor: { kind: 'special' },
  ports: {
    kind: 'fixed',
    key: 'ports',
    why: 'the ports are reserved on every agent; other ports need new reservations',
  },
  numTokens: {
    kind: 'fixed',
    key: 'cassandra.numTokens',
    why: "a node's token count cannot change once it has joined",
  },
  heapMb: { kind: 'restart', key: 'cassandra.heapMb' },
  newGenMb: { kind: 'restart', key: 'cassandra.newGenMb' },
  extraJvmOpts: { kind: 'restart', key: 'cassandra.jvmOpts' },
  yamlOverrides: { kind: 'special' },
  configVersion: { kind: 'derived' },
};

/** Executor settings reach a node only when its executor is next launched. */
export const EXECUTOR_KEYS: Readonly<Record<keyof ExecutorSpec, string>> = {
  command: 'executor.command',
  uris: 'executor.uris',
  environment: 'executor.environment',
  healthIntervalMs: 'executor.healthIntervalMs',
  drainTimeoutMs: 'executor.drainTimeoutMs',
  distributionDir: 'cassandra.distributionDir',
  jolokiaAgentPath: 'cassandra.jolokiaAgentPath',
};

export function show(value: unknown): string {
  if (typeof value === 'string') return value;
  return JSON.stringify(value);
}

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

export function describeChange(c: FieldChange): string {
  return `${c.key} ${c.from} -> ${c.to}`;
}

const words = (opts: readonly string[]): string => (opts.length > 0 ? opts.join(' ') : '(none)');

/** Ring fields that restart nodes or scale the ring (fixed ones are checked by the caller). */
export function ringChanges(old: ClusterSpec, next: ClusterSpec): FieldChange[] {
  const out: FieldChange[] = [];
  for (const field of Object.keys(RING_RULES) as (keyof ClusterSpec)[]) {
    const rule = RING_RULES[field];
    if ((rule.kind !== 'restart' && rule.kind !== 'scale') || same(old[field], next[field]))
      continue;
    const [from, to] =
      field === 'extraJvmOpts'
        ? [words(old.extraJvmOpts), words(next.extraJvmOpts)]
        : [show(old[field]), show(next[field])];
    out.push({ key: rule.key, from, to, effect: rule.kind });
  }
  return [...out, ...resourceChanges(old, next), ...yamlChanges(old, next)];
}

function resourceChanges(old: ClusterSpec, next: ClusterSpec): FieldChange[] {
  const out: FieldChange[] = [];
  for (const field of ['cpus', 'memMb'] as const) {
    if (old.node[field] === next.node[field]) continue;
    const from = show(old.node[field]);
    out.push({ key: `node.${field}`, from, to: show(next.node[field]), effect: 'restart' });
  }
  for (const field of ['cpus', 'memMb'] as const) {
    if (old.executor[field] === next.executor[field]) continue;
    const key = `executor.${field}`;
    out.push({
      key,
      from: show(old.executor[field]),
      to: show(next.executor[field]),
      effect: 'next-restart',
    });
  }
  return out;
}

function yamlChanges(old: ClusterSpec, next: ClusterSpec): FieldChange[] {
  const keys = [
    ...new Set([...Object.keys(old.yamlOverrides), ...Object.keys(next.yamlOverrides)]),
  ];
  return keys
    .sort()
    .filter((k) => old.yamlOverrides[k] !== next.yamlOverrides[k])
    .map((k) => ({
      key: `cassandra.yamlOverrides.${k}`,
      from: old.yamlOverrides[k] ?? '(unset)',
      to: next.yamlOverrides[k] ?? '(unset)',
      effect: 'restart' as const,
    }));
}

export function executorChanges(old: ExecutorSpec, next: ExecutorSpec): FieldChange[] {
  return (Object.keys(EXECUTOR_KEYS) as (keyof ExecutorSpec)[])
    .filter((f) => !same(old[f], next[f]))
    .map((f) => ({
      key: EXECUTOR_KEYS[f],
      from: show(old[f]),
      to: show(next[f]),
      effect: 'next-restart' as const,
    }));
}

export function fixedChanges(
  old: ClusterSpec,
  next: ClusterSpec,
): { key: string; message: string }[] {
  const out: { key: string; message: string }[] = [];
  for (const field of Object.keys(RING_RULES) as (keyof ClusterSpec)[]) {
    const rule = RING_RULES[field];
    if (rule.kind !== 'fixed' || same(old[field], next[field])) continue;
    const message = `${rule.key} cannot change on a running ring (${show(old[field])} -> ${show(next[field])}): ${rule.why}`;
    out.push({ key: rule.key, message });
  }
  return out;
}
