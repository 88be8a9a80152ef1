import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { EXECUTOR } from '../../testing/builders.js';
import type { ClusterSpec } from '../cluster.js';
import type { NodeRecord } from '../node.js';
import type { RunningConfig } from './change-fields.js';
import { queueChange, validateChange, type ChangeContext, type ConfigDiff } from './change.js';
import type { KeyspaceRf } from './guard.js';
import type { OpItem } from './queue.js';
import {
  item,
  KEYSPACES,
  later,
  placement,
  ring,
  running,
  spec,
  stateWith,
  T0,
} from './testing/builders.js';

const context = (overrides: Partial<ChangeContext> = {}): ChangeContext => ({
  nodes: ring(4, { 3: { seed: false } }),
  keyspaces: KEYSPACES,
  items: [],
  ...overrides,
});
const ringChange = (overrides: Partial<ClusterSpec>): RunningConfig =>
  running({ nodeCount: 4, ...overrides });

interface Case {
  readonly name: string;
  readonly running?: RunningConfig;
  readonly proposed: RunningConfig;
  readonly context?: ChangeContext;
  /** "node-3: reason; reason" per restart, in order. */
  readonly restarts?: readonly string[];
  readonly nextRestart?: readonly string[];
  readonly scale?: ConfigDiff['scale'];
  readonly notes?: readonly RegExp[];
  /** code key: message pattern, for a rejected change. */
  readonly errors?: readonly (readonly [string, string, RegExp])[];
}

const cases: Case[] = [
  {
    name: 'a heap change restarts every node once, non-seeds first, seeds last',
    proposed: ringChange({ heapMb: 1024 }),
    restarts: [
      'node-3: cassandra.heapMb 512 -> 1024',
      'node-0: cassandra.heapMb 512 -> 1024',
      'node-1: cassandra.heapMb 512 -> 1024',
      'node-2: cassandra.heapMb 512 -> 1024',
    ],
  },
  {
    name: 'JVM options and yaml overrides name exactly what changed',
    running: ringChange({
      extraJvmOpts: ['-XX:+UseG1GC'],
      yamlOverrides: { concurrent_reads: '32', compaction_throughput: '64MiB/s' },
    }),
    proposed: ringChange({
      extraJvmOpts: ['-Dx=1'],
      yamlOverrides: { concurrent_reads: '64', concurrent_writes: '48' },
    }),
    context: context({ nodes: ring(1) }),
    restarts: [
      'node-0: cassandra.jvmOpts -XX:+UseG1GC -> -Dx=1; cassandra.yamlOverrides.compaction_throughput 64MiB/s -> (unset); cassandra.yamlOverrides.concurrent_reads 32 -> 64; cassandra.yamlOverrides.concurrent_writes (unset) -> 48',
    ],
  },
  {
    name: "more memory or cpus for Cassandra's task means a restart",
    proposed: ringChange({ node: { cpus: 2, memMb: 4096, diskMb: 4096 } }),
    context: context({ nodes: ring(1) }),
    restarts: ['node-0: node.cpus 1 -> 2; node.memMb 2048 -> 4096'],
  },
  {
    name: "a new executor never restarts Cassandra: it comes with each node's next restart",
    proposed: {
      ring: spec({ nodeCount: 4, executor: { cpus: 0.2, memMb: 128 } }),
      executor: { ...EXECUTOR, command: 'exec node executor-2/dist/main.js' },
    },
    restarts: [],
    nextRestart: [
      'executor.cpus 0.1 -> 0.2',
      'executor.command exec node executor/dist/main.js -> exec node executor-2/dist/main.js',
    ],
  },
  {
    name: 'raising the node count adds nodes and restarts nobody',
    proposed: ringChange({ nodeCount: 6 }),
    restarts: [],
    scale: { from: 4, to: 6, add: ['node-4', 'node-5'], remove: [] },
  },
  {
    name: 'lowering it removes the highest first, and a node about to leave is not restarted for a heap change',
    proposed: ringChange({ nodeCount: 3, heapMb: 1024 }),
    restarts: [
      'node-0: cassandra.heapMb 512 -> 1024',
      'node-1: cassandra.heapMb 512 -> 1024',
      'node-2: cassandra.heapMb 512 -> 1024',
    ],
    scale: { from: 4, to: 3, add: [], remove: ['node-3'] },
  },
  {
    name: 'restarts owed by a queued earlier change are carried into this one',
    proposed: ringChange({ newGenMb: 256 }),
    context: context({
      nodes: ring(2, { 1: { seed: false } }),
      items: [
        item({
          kind: 'rolling-restart',
          nodeId: 'node-0',
          origin: 'config',
          details: ['cassandra.heapMb 512 -> 1024'],
        }),
      ],
    }),
    restarts: [
      'node-1: cassandra.newGenMb 128 -> 256',
      'node-0: cassandra.newGenMb 128 -> 256; cassandra.heapMb 512 -> 1024 (earlier change)',
    ],
  },
  {
    name: 'a default rack no running node uses only applies to new nodes',
    proposed: ringChange({ defaultRack: 'rack9' }),
    context: context({
      nodes: ring(2).map((n) => ({
        ...n,
        placement: { ...placement(n.index), rack: 'r-from-agent' },
      })),
    }),
    restarts: [],
    notes: [/cassandra.defaultRack rack1 -> rack9 applies to nodes placed from now on/],
  },
  {
    name: 'shrinking the ring before replication factors are known is accepted with a note',
    proposed: ringChange({ nodeCount: 3 }),
    context: context({ keyspaces: null }),
    restarts: [],
    scale: { from: 4, to: 3, add: [], remove: ['node-3'] },
    notes: [/replication factors not reported yet/],
  },
  {
    name: 'the cluster name cannot change',
    proposed: ringChange({ clusterName: 'other' }),
    errors: [
      [
        'IMMUTABLE',
        'cassandra.clusterName',
        /cannot change on a running ring \(ring1 -> other\): Cassandra refuses to start with another cluster_name/,
      ],
    ],
  },
  {
    name: "a running node's datacenter cannot change",
    proposed: ringChange({ dc: 'dc2' }),
    errors: [['IMMUTABLE', 'cassandra.dc', /a running node cannot move to another datacenter/]],
  },
  {
    name: "a running node's rack cannot change through the default rack",
    proposed: ringChange({ defaultRack: 'rack2' }),
    context: context({ nodes: ring(1) }),
    errors: [
      [
        'RACK_OF_RUNNING_NODE',
        'cassandra.defaultRack',
        /node-0 runs in rack rack1 \(the default rack\); a running node cannot move to rack rack2/,
      ],
    ],
  },
  {
    name: 'the disk never shrinks',
    proposed: ringChange({ node: { cpus: 1, memMb: 2048, diskMb: 2048 } }),
    errors: [['DISK_SHRINK', 'node.diskMb', /cannot shrink \(4096 -> 2048 MB\)/]],
  },
  {
    name: 'nor grows under running nodes',
    proposed: ringChange({ node: { cpus: 1, memMb: 2048, diskMb: 8192 } }),
    errors: [['DISK_GROW', 'node.diskMb', /cannot grow on a running ring/]],
  },
  {
    name: 'a ring smaller than a replication factor is refused',
    proposed: ringChange({ nodeCount: 2 }),
    errors: [
      [
        'BELOW_REPLICATION_FACTOR',
        'ring.nodeCount',
        /ring.nodeCount 2 is below keyspace shop's replication factor 3/,
      ],
    ],
  },
  {
    name: 'every problem is reported at once, and a valid part is not half applied',
    proposed: ringChange({
      clusterName: 'x',
      seedCount: 1,
      ports: { storage: 7001, native: 9042, jmx: 7199, jolokia: 8778 },
      heapMb: 1024,
    }),
    errors: [
      ['IMMUTABLE', 'cassandra.clusterName', /ring1 -> x/],
      ['IMMUTABLE', 'ring.seedCount', /seeds never bootstrap/],
      ['IMMUTABLE', 'ports', /"storage":7000/],
    ],
  },
];

const shown = (diff: ConfigDiff): string[] =>
  diff.restarts.map((r) => `${r.nodeId}: ${r.reasons.join('; ')}`);

for (const c of cases) {
  void test(c.name, () => {
    const result = validateChange(c.running ?? ringChange({}), c.proposed, c.context ?? context());
    if (c.errors) {
      assert.equal(result.ok, false, JSON.stringify(result));
      const { errors } = result;
      assert.deepEqual(
        errors.map((e) => [e.code, e.key]),
        c.errors.map(([code, key]) => [code, key]),
      );
      c.errors.forEach(([, , pattern], i) => {
        assert.match(errors[i]?.message ?? '', pattern);
      });
      return;
    }
    assert.ok(result.ok, JSON.stringify(result));
    assert.deepEqual(shown(result.diff), c.restarts ?? []);
    assert.deepEqual(
      result.diff.restarts.map((r) => r.order),
      result.diff.restarts.map((_, i) => i + 1),
    );
    if (c.nextRestart) assert.deepEqual(result.diff.nextRestart, c.nextRestart);
    if (c.scale !== undefined) assert.deepEqual(result.diff.scale, c.scale);
    assert.equal(result.diff.notes.length, (c.notes ?? []).length, result.diff.notes.join('\n'));
    (c.notes ?? []).forEach((n, i) => {
      assert.match(result.diff.notes[i] ?? '', n);
    });
    // The dry run is served as JSON: it must survive a round trip unchanged.
    assert.deepEqual(JSON.parse(JSON.stringify(result.diff)), result.diff);
  });
}

void test('an unchanged config is an empty plan', () => {
  const result = validateChange(ringChange({}), ringChange({}), context());
  assert.deepEqual(result, {
    ok: true,
    diff: { changes: [], restarts: [], nextRestart: [], scale: null, notes: [] },
  });
});

void test('an accepted change queues one rolling restart per node in plan order, superseding queued ones', () => {
  const earlierQueued = item(
    { kind: 'rolling-restart', nodeId: 'node-0', origin: 'config', group: 'config@1' },
    1,
  );
  const earlierRunning = item(
    { kind: 'rolling-restart', nodeId: 'node-3', origin: 'config', group: 'config@1' },
    2,
    { state: 'running', step: 'await-up' },
  );
  const result = validateChange(
    ringChange({}),
    ringChange({ heapMb: 2048, configVersion: 'v2' }),
    context({ items: [earlierQueued, earlierRunning] }),
  );
  assert.ok(result.ok);
  const state = queueChange(
    stateWith([earlierQueued, earlierRunning]),
    result.diff,
    'v2',
    later(1),
  );
  const byId = (id: string): OpItem | undefined => state.items.find((i) => i.id === id);
  assert.equal(byId('op-1')?.state, 'cancelled');
  assert.equal(byId('op-2')?.state, 'running');
  const fresh = state.items.filter((i) => i.seq > 2);
  assert.deepEqual(
    fresh.map((i) => i.nodeId),
    ['node-3', 'node-0', 'node-1', 'node-2'],
  );
  assert.ok(
    fresh.every(
      (i) => i.kind === 'rolling-restart' && i.configVersion === 'v2' && i.group === 'config@3',
    ),
  );
  assert.deepEqual(fresh[0]?.details, ['cassandra.heapMb 512 -> 2048']);
  assert.match(fresh[3]?.reason ?? '', /^config v2: restart node-2 \(4 of 4\)$/);
});

void test('property: a rolling plan names each running node once, seeds last, and only nodes that stay', () => {
  fc.assert(
    fc.property(
      fc.array(fc.boolean(), { minLength: 1, maxLength: 9 }),
      fc.integer({ min: 1, max: 9 }),
      (seeds, nodeCount) => {
        const nodes: NodeRecord[] = ring(seeds.length).map((n, i) => ({
          ...n,
          seed: seeds[i] ?? false,
        }));
        const keyspaces: KeyspaceRf[] = [{ name: 'ks', rf: 1 }];
        const result = validateChange(ringChange({}), ringChange({ heapMb: 777, nodeCount }), {
          nodes,
          keyspaces,
          items: [],
        });
        assert.ok(result.ok);
        const ids = result.diff.restarts.map((r) => r.nodeId);
        assert.equal(new Set(ids).size, ids.length);
        assert.deepEqual(
          ids.sort(),
          nodes
            .filter((n) => n.index < nodeCount)
            .map((n) => n.nodeId)
            .sort(),
        );
        const firstSeed = result.diff.restarts.findIndex((r) => r.seed);
        if (firstSeed >= 0) assert.ok(result.diff.restarts.slice(firstSeed).every((r) => r.seed));
      },
    ),
    { numRuns: 300 },
  );
});

void test("the time a change is queued is its items' creation time", () => {
  const result = validateChange(
    ringChange({}),
    ringChange({ heapMb: 2048 }),
    context({ nodes: ring(1) }),
  );
  assert.ok(result.ok);
  assert.equal(queueChange(stateWith([]), result.diff, 'v2', T0).items[0]?.createdAtMs, T0);
});
