// The in-process link between the local master and its agents, standing in for Mesos's internal
// libprocess protocol. Schedulers and executors never see it: they only speak HTTP. Every call across
// the link is delivered asynchronously by its caller's side (a later tick), never re-entrantly.
import type { mesos } from '@cmf/proto';
import type { Timings } from './common/timings.js';

export type AgentInfo = mesos.v1.AgentInfo.$Properties;
export type Attribute = mesos.v1.Attribute.$Properties;
export type ExecutorInfo = mesos.v1.ExecutorInfo.$Properties;
export type FrameworkInfo = mesos.v1.FrameworkInfo.$Properties;
export type KillPolicy = mesos.v1.KillPolicy.$Properties;
export type Resource = mesos.v1.Resource.$Properties;
export type Task = mesos.v1.Task.$Properties;
export type TaskInfo = mesos.v1.TaskInfo.$Properties;
export type TaskStatus = mesos.v1.TaskStatus.$Properties;

export interface AgentRegistration {
  /** Set on re-registration (a restart with the same work dir, or a new master). */
  readonly agentId?: string;
  /** hostname, port, resources (the unreserved total, as configured), attributes. */
  readonly info: AgentInfo;
  /** Dynamic reservations and persistent volumes the agent holds (post-refinement format). */
  readonly checkpointedResources: readonly Resource[];
  /** Executors still running, on re-registration. */
  readonly executors: readonly {
    readonly frameworkId: string;
    readonly executorInfo: ExecutorInfo;
  }[];
  /** Non-terminal tasks, and terminal ones whose update the scheduler has not acknowledged yet. */
  readonly tasks: readonly Task[];
  /** Frameworks it has executors for (FrameworkInfo with id). */
  readonly frameworks: readonly FrameworkInfo[];
}

/** What the master can ask of an agent (implemented by the agent). */
export interface AgentPort {
  /** task.executor is set (custom executor): fetch URIs, launch the executor if it is not running,
   * queue the LAUNCH event. */
  runTask(framework: FrameworkInfo, task: TaskInfo): void;
  killTask(frameworkId: string, taskId: string, killPolicy?: KillPolicy): void;
  shutdownExecutor(frameworkId: string, executorId: string): void;
  /** SHUTDOWN to all the framework's executors, grace period, then destroy. */
  shutdownFramework(frameworkId: string): void;
  /** The agent's full set of reserved + volume resources after RESERVE/UNRESERVE/CREATE/DESTROY;
   * the agent creates/removes volume directories to match. */
  checkpointResources(resources: Resource[]): void;
  frameworkMessage(frameworkId: string, executorId: string, data: Uint8Array): void;
  /** The scheduler acknowledged this update: forward the next one of that task. */
  acknowledge(frameworkId: string, taskId: string, uuid: Uint8Array): void;
  /** The framework re-subscribed: resend the head update of every one of its tasks at once. */
  frameworkReconnected(frameworkId: string): void;
  /**
   * Liveness, called every Timings.agentPingIntervalMs: false (or a throw) once the agent is dead.
   * An agent that has not been pinged for agentPingIntervalMs × maxAgentPingTimeouts registers
   * again with its agentId, as a real agent re-detects a restarted master (protocol §10).
   */
  ping(): boolean;
}

/** What an agent can tell the master (implemented by the master). */
export interface MasterPort {
  /** Registration or re-registration (reg.agentId set). The port replaces any earlier one. */
  register(reg: AgentRegistration, agent: AgentPort): { agentId: string };
  /** An agent- or executor-originated update: it always has a uuid. */
  statusUpdate(agentId: string, frameworkId: string, status: TaskStatus): void;
  executorMessage(agentId: string, frameworkId: string, executorId: string, data: Uint8Array): void;
  /** waitStatus is the raw waitpid status (FAILURE.status); the agent sends the tasks' TASK_FAILED. */
  executorExited(
    agentId: string,
    frameworkId: string,
    executorId: string,
    waitStatus: number,
  ): void;
  /** The agent's link dropped (agent killed or stopped). */
  disconnected(agentId: string): void;
}

/** One JSON-lines logger for the whole cluster; fields become keys of the line. */
export interface Logger {
  debug(msg: string, fields?: Readonly<Record<string, unknown>>): void;
  info(msg: string, fields?: Readonly<Record<string, unknown>>): void;
  warn(msg: string, fields?: Readonly<Record<string, unknown>>): void;
  error(msg: string, fields?: Readonly<Record<string, unknown>>): void;
}

/**
 * What cluster.ts passes to `new Agent(options)` (proposal of the master side; the agent engineer
 * may extend it — say so in the commit). `master` is a relay that outlives restartMaster.
 */
export interface AgentOptions {
  /** Loopback address the agent's HTTP server binds, e.g. 127.0.2.1. */
  readonly ip: string;
  /** 5051 by default; 0 in tests (the bound port then goes in AgentInfo.port). */
  readonly port: number;
  readonly workDir: string;
  /** Unreserved total, e.g. cpus 2, mem 4096, disk 10000, ports [31000-32000]. */
  readonly resources: readonly Resource[];
  readonly attributes: readonly Attribute[];
  readonly master: MasterPort;
  readonly timings: Timings;
  readonly log: Logger;
}

/** What cluster.ts needs of an agent for the fault API (implemented by the agent). */
export interface AgentLifecycle {
  /** Undefined until the first registration. */
  readonly agentId: string | undefined;
  /** `ip:port` of its HTTP server once started. */
  readonly endpoint: string;
  /** Listen, recover checkpointed state from the work dir, register with the master. */
  start(): Promise<void>;
  /** Stop the agent only: executors keep running (restartAgent = stop + a new Agent + start). The
   * master learns of it through MasterPort.disconnected. */
  stop(): Promise<void>;
  /** Stop the agent and destroy every container it runs: each executor and whatever it started
   * (killAgent). */
  kill(): Promise<void>;
}
