// Answers shaped like the scheduler's, for a 3-node ring in the middle of its bootstrap: two seeds
// Up, node-2 starting, one repair finished and one running. Typed with the CLI's response types
// (api.ts), so a change there shows up here at compile time.
import type {
  ConfigDiffView,
  ConfigView,
  NodeView,
  PlanView,
  RepairRunView,
  RepairScheduleView,
  StatusView,
} from '../api.js';

/** The instant the tests call "now": 2024-05-06T10:00:00Z. */
export const NOW_MS = Date.UTC(2024, 4, 6, 10, 0, 0);
const MIN = 60_000;

function node(index: number, over: Partial<NodeView>): NodeView {
  return {
    id: `node-${index}`,
    seed: index < 2,
    phase: 'Up',
    goal: 'Running',
    agentId: `3f0c2b9e-6d1a-4c55-9a1e-0b7c7f2a1e0${index}-S${index}`,
    hostname: `agent-${index + 1}.example.com`,
    address: `10.0.1.${11 + index}`,
    rack: `rack${index + 1}`,
    taskId: `cassandra.node-${index}.9d3e1f4a`,
    taskState: 'TASK_RUNNING',
    health: { operationMode: 'NORMAL', probedAtMs: NOW_MS - 4000, problem: '' },
    failures: 0,
    lastFailure: null,
    configVersion: 'c5f1a9e0',
    reason: 'NORMAL and seen UP',
    ...over,
  };
}

export const NODES: readonly NodeView[] = [
  node(0, {}),
  node(1, { failures: 1, lastFailure: 'TASK_FAILED: Cassandra exited with 137' }),
  node(2, {
    phase: 'Starting',
    taskState: 'TASK_RUNNING',
    health: { operationMode: 'JOINING', probedAtMs: NOW_MS - 2000, problem: '' },
    reason: 'waiting for node-2 to be NORMAL and seen UP by node-0, node-1',
  }),
];

export const PLAN: PlanView = {
  steps: [
    {
      nodeId: 'node-2',
      seed: false,
      phase: 'Starting',
      status: 'inProgress',
      reason: NODES[2]?.reason ?? '',
    },
    { nodeId: 'node-0', seed: true, phase: 'Up', status: 'done', reason: 'NORMAL and seen UP' },
    { nodeId: 'node-1', seed: true, phase: 'Up', status: 'done', reason: 'NORMAL and seen UP' },
  ],
  actions: [{ type: 'suppress', reason: 'no node waits for an offer' }],
};

export const PLAN_IN_ERROR: PlanView = {
  steps: [
    {
      nodeId: 'node-0',
      seed: true,
      phase: 'Failed',
      status: 'failed',
      reason: 'TASK_FAILED 5 times in 10 minutes; backing off',
    },
  ],
  actions: [],
};

export const FINISHED_RUN: RepairRunView = {
  runId: 'r-20240505-0200',
  status: 'succeeded',
  trigger: { kind: 'schedule', atMs: NOW_MS - 32 * 60 * MIN },
  createdAtMs: NOW_MS - 32 * 60 * MIN,
  endedAtMs: NOW_MS - 31 * 60 * MIN,
  type: 'full',
  keyspaces: ['orders', 'users'],
  steps: NODES.map((n, i) => ({
    nodeId: n.id,
    status: 'succeeded' as const,
    attempts: 1,
    startedAtMs: NOW_MS - (32 * 60 - i * 20) * MIN,
    endedAtMs: NOW_MS - (32 * 60 - (i + 1) * 20) * MIN,
    lastError: null,
    results: [],
  })),
  reason: '',
};

export const RUNNING_RUN: RepairRunView = {
  runId: 'r-20240506-0948',
  status: 'running',
  trigger: { kind: 'manual', atMs: NOW_MS - 12 * MIN },
  createdAtMs: NOW_MS - 12 * MIN,
  endedAtMs: null,
  type: 'full',
  keyspaces: ['orders'],
  unknownKeyspaces: ['ordrs'],
  steps: [
    {
      nodeId: 'node-0',
      status: 'succeeded',
      attempts: 2,
      startedAtMs: NOW_MS - 12 * MIN,
      endedAtMs: NOW_MS - 5 * MIN,
      lastError: 'timed out after 240 minutes',
      results: [
        {
          keyspace: 'orders',
          status: 'succeeded',
          startedAtMs: NOW_MS - 9 * MIN,
          endedAtMs: NOW_MS - 5 * MIN,
          error: null,
        },
      ],
    },
    {
      nodeId: 'node-1',
      status: 'running',
      attempts: 1,
      startedAtMs: NOW_MS - 5 * MIN,
      endedAtMs: null,
      lastError: null,
      results: [],
    },
  ],
  reason: '',
};

export const SCHEDULE: RepairScheduleView = {
  schedule: '0 2 * * 0',
  timezone: 'UTC',
  window: '22:00-06:00',
  paused: false,
  nextFireAtMs: Date.UTC(2024, 4, 12, 2, 0, 0),
  lastOutcome: 'succeeded (r-20240505-0200)',
};

export const STATUS: StatusView = {
  framework: {
    id: '5e0b5c3a-7c1d-4f0e-8a2b-1f1d9c6e2a41-0001',
    subscribed: { master: '10.0.1.2:5050' },
  },
  leadership: { leader: '10.0.1.5:31822 pid 4121', isLeader: true },
  reconciliation: 'settled',
  desired: { nodes: 3, seeds: 2, configVersion: 'c5f1a9e0' },
  actual: { nodes: 3, up: 2 },
  nodes: NODES,
  configErrors: [],
};

export const CONFIG: ConfigView = {
  target: {
    ringName: 'cassandra',
    clusterName: 'cassandra',
    nodeCount: 3,
    seedCount: 2,
    dc: 'dc1',
    node: { cpus: 2, memMb: 8192, diskMb: 102400 },
    ports: { storage: 7000, native: 9042, jmx: 7199, jolokia: 8778 },
    heapMb: 4096,
    extraJvmOpts: [],
    yamlOverrides: {},
    configVersion: 'c5f1a9e0',
  },
  running: [
    { id: 'node-0', configVersion: 'c5f1a9e0' },
    { id: 'node-1', configVersion: '7b2d0c11' },
    { id: 'node-2', configVersion: null },
  ],
  errors: [{ key: 'cassandra.dc', reason: 'cannot change after deploy ("dc1" -> "dc2")' }],
};

export const HEAP_DIFF: ConfigDiffView = {
  ok: true,
  diff: {
    changes: [{ key: 'cassandra.heapMb', from: '4096', to: '6144', effect: 'restart' }],
    // Seeds last: node-2 first, then the seeds.
    restarts: [NODES[2], NODES[0], NODES[1]].map((n, i) => ({
      nodeId: n?.id ?? '',
      seed: n?.seed ?? false,
      order: i + 1,
      reasons: ['cassandra.heapMb 4096 -> 6144'],
    })),
    nextRestart: [],
    scale: null,
    notes: [],
  },
};

export const INVALID_DIFF: ConfigDiffView = {
  ok: false,
  errors: [
    { key: 'cassandra.dc', code: 'IMMUTABLE', message: 'cannot change after deploy (dc1 -> dc2)' },
    {
      key: 'node.diskMb',
      code: 'DISK_SHRINK',
      message: 'a volume cannot shrink (102400 -> 51200)',
    },
  ],
};
