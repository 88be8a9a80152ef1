// The master's in-memory state: frameworks, agents, offers and tasks, and the small lookups over it.
// The shell modules (frameworks.ts, offers.ts, launch.ts, tasks.ts, agents.ts) mutate it; the
// decisions themselves come from domain/.
import type { mesos } from '@cmf/proto';
import { sumResources, subtractResources, type Resource } from '../common/resources.js';
import type {
  AgentPort,
  ExecutorInfo,
  FrameworkInfo,
  KillPolicy,
  TaskInfo,
  TaskStatus,
} from '../link.js';
import type { OfferFilter } from './domain/filters.js';
import type { Subscription } from './subscription.js';

export type TaskState = mesos.v1.TaskState;

export interface TaskRecord {
  readonly taskId: string;
  readonly frameworkId: string;
  readonly agentId: string;
  readonly executorId: string | undefined;
  readonly info: TaskInfo;
  /** The role its resources are allocated to. */
  readonly role: string;
  /** Without allocation_info, as counted against the agent. */
  readonly resources: Resource[];
  state: TaskState;
  /** The latest status received (from the agent, or made by the master). */
  latest: TaskStatus | undefined;
  /** The latest status already forwarded to the framework (what reconciliation reports). */
  forwarded: TaskStatus | undefined;
  statuses: TaskStatus[];
  unreachableSinceMs: number | undefined;
}

export interface FrameworkRecord {
  readonly id: string;
  info: FrameworkInfo;
  roles: string[];
  suppressedRoles: Set<string>;
  stream: Subscription | null;
  registeredAtMs: number;
  unregisteredAtMs: number | null;
  failoverTimer: NodeJS.Timeout | null;
  /** Known only from an agent's re-registration after a master restart; never subscribed here. */
  recovered: boolean;
  readonly offers: Set<string>;
  readonly tasks: Map<string, TaskRecord>;
  readonly unreachableTasks: Map<string, TaskRecord>;
  readonly completedTasks: TaskRecord[];
  filters: OfferFilter[];
}

export interface ExecutorRecord {
  readonly frameworkId: string;
  readonly executorId: string;
  readonly info: ExecutorInfo;
  /** Without allocation_info. */
  readonly resources: Resource[];
}

export type AgentStanding = 'active' | 'disconnected' | 'unreachable';

export interface AgentRecord {
  readonly id: string;
  info: mesos.v1.AgentInfo.$Properties;
  port: AgentPort | null;
  standing: AgentStanding;
  /** Everything the agent has, reservations and volumes included (post-refinement, unallocated). */
  total: Resource[];
  /** key `task/<fid>/<tid>` or `executor/<fid>/<eid>` → resources (unallocated). */
  readonly used: Map<string, Resource[]>;
  /** offer id → resources (unallocated). */
  readonly offered: Map<string, Resource[]>;
  /** key `<fid>/<eid>`. */
  readonly executors: Map<string, ExecutorRecord>;
  /** KILLs for tasks on this agent while it was away: sent when it re-registers. */
  readonly pendingKills: Map<
    string,
    { frameworkId: string; taskId: string; killPolicy?: KillPolicy }
  >;
  missedPings: number;
  registeredAtMs: number;
  unreachableSinceMs: number | undefined;
}

export interface OfferRecord {
  readonly id: string;
  readonly frameworkId: string;
  readonly agentId: string;
  readonly role: string;
  /** With allocation_info, post-refinement (the framework's view is derived when sending). */
  readonly resources: Resource[];
  timer: NodeJS.Timeout | null;
}

export const taskKey = (frameworkId: string, taskId: string): string =>
  `task/${frameworkId}/${taskId}`;
export const executorKey = (frameworkId: string, executorId: string): string =>
  `${frameworkId}/${executorId}`;
/** The key of an executor's resources in AgentRecord.used. */
export const executorUseKey = (frameworkId: string, executorId: string): string =>
  `executor/${frameworkId}/${executorId}`;

/** What is neither used by tasks/executors nor offered. */
export function availableOn(agent: AgentRecord): Resource[] {
  return subtractResources(
    agent.total,
    sumResources(...agent.used.values(), ...agent.offered.values()),
  );
}

export function tasksOnAgent(framework: FrameworkRecord, agentId: string): TaskRecord[] {
  return [...framework.tasks.values()].filter((t) => t.agentId === agentId);
}
