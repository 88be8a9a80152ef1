// A minimal in-test agent for master tests: it registers through the link, records what the master
// asks of it, and reports status updates and executor exits on cue. No processes, no HTTP.
import { newUuidBytes, mesos } from '@cmf/proto';
import { parseAttributeText, parseResourceText } from '../common/resource-text.js';
import type {
  AgentPort,
  AgentRegistration,
  FrameworkInfo,
  KillPolicy,
  MasterPort,
  Resource,
  TaskInfo,
  TaskStatus,
} from '../link.js';

export const RECORDED_RESOURCES =
  'cpus:2;mem:4096;disk:10000;ports:[7000-7001,7199-7199,8778-8778,9042-9042,31000-32000]';

export interface FakeAgentOptions {
  readonly hostname?: string;
  readonly resources?: string;
  readonly attributes?: string;
}

export type AgentCall =
  | { kind: 'runTask'; framework: FrameworkInfo; task: TaskInfo }
  | { kind: 'killTask'; frameworkId: string; taskId: string; killPolicy?: KillPolicy | undefined }
  | { kind: 'shutdownExecutor'; frameworkId: string; executorId: string }
  | { kind: 'shutdownFramework'; frameworkId: string }
  | { kind: 'checkpointResources'; resources: Resource[] }
  | { kind: 'frameworkMessage'; frameworkId: string; executorId: string; data: Uint8Array }
  | { kind: 'acknowledge'; frameworkId: string; taskId: string; uuid: Uint8Array }
  | { kind: 'frameworkReconnected'; frameworkId: string };

function parsed<T>(outcome: { ok: true; value: T } | { ok: false; error: string }): T {
  if (!outcome.ok) throw new Error(outcome.error);
  return outcome.value;
}

export class FakeAgent implements AgentPort {
  readonly calls: AgentCall[] = [];
  agentId: string | undefined;
  alive = true;
  readonly info: mesos.v1.AgentInfo.$Properties;
  checkpointed: Resource[] = [];

  constructor(
    private master: MasterPort,
    options: FakeAgentOptions = {},
  ) {
    const hostname = options.hostname ?? '127.0.2.1';
    this.info = {
      hostname,
      port: 5051,
      resources: parsed(parseResourceText(options.resources ?? RECORDED_RESOURCES)),
      attributes: parsed(parseAttributeText(options.attributes ?? 'rack:r1')),
    };
  }

  register(extra: Partial<AgentRegistration> = {}, master: MasterPort = this.master): string {
    this.master = master;
    const reg: AgentRegistration = {
      info: this.info,
      checkpointedResources: this.checkpointed,
      executors: [],
      tasks: [],
      frameworks: [],
      ...(this.agentId === undefined ? {} : { agentId: this.agentId }),
      ...extra,
    };
    this.alive = true;
    this.agentId = this.master.register(reg, this).agentId;
    return this.agentId;
  }

  /** The link drops (the agent was killed): no more pings answered. */
  die(): void {
    this.alive = false;
    if (this.agentId !== undefined) this.master.disconnected(this.agentId);
  }

  /** An update with a fresh uuid, as an executor/agent would send it. */
  update(
    frameworkId: string,
    taskId: string,
    state: mesos.v1.TaskState,
    extra: Partial<TaskStatus> = {},
  ): TaskStatus {
    const status: TaskStatus = {
      task_id: { value: taskId },
      state,
      source: mesos.v1.TaskStatus.Source.SOURCE_EXECUTOR,
      uuid: newUuidBytes(),
      timestamp: Date.now() / 1000,
      ...extra,
    };
    this.master.statusUpdate(this.agentId ?? '', frameworkId, status);
    return status;
  }

  of<K extends AgentCall['kind']>(kind: K): Extract<AgentCall, { kind: K }>[] {
    return this.calls.filter((c): c is Extract<AgentCall, { kind: K }> => c.kind === kind);
  }

  runTask(framework: FrameworkInfo, task: TaskInfo): void {
    this.calls.push({ kind: 'runTask', framework, task });
  }
  killTask(frameworkId: string, taskId: string, killPolicy?: KillPolicy): void {
    this.calls.push({ kind: 'killTask', frameworkId, taskId, killPolicy });
  }
  shutdownExecutor(frameworkId: string, executorId: string): void {
    this.calls.push({ kind: 'shutdownExecutor', frameworkId, executorId });
  }
  shutdownFramework(frameworkId: string): void {
    this.calls.push({ kind: 'shutdownFramework', frameworkId });
  }
  checkpointResources(resources: Resource[]): void {
    this.checkpointed = resources;
    this.calls.push({ kind: 'checkpointResources', resources });
  }
  frameworkMessage(frameworkId: string, executorId: string, data: Uint8Array): void {
    this.calls.push({ kind: 'frameworkMessage', frameworkId, executorId, data });
  }
  acknowledge(frameworkId: string, taskId: string, uuid: Uint8Array): void {
    this.calls.push({ kind: 'acknowledge', frameworkId, taskId, uuid });
  }
  frameworkReconnected(frameworkId: string): void {
    this.calls.push({ kind: 'frameworkReconnected', frameworkId });
  }
  ping(): boolean {
    return this.alive;
  }
}
