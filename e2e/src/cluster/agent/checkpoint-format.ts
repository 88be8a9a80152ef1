// The agent's checkpoint (<workDir>/meta/agent.json): what a restarted agent on the same work dir needs to
// re-register with the same id and take its executors back. Protobuf messages are stored as base64 of
// their wire bytes, so nothing is lost in a JSON round trip. Only checkpointing frameworks are recorded;
// the others' containers (sandbox and executor pid) are kept so that recovery can kill those orphans.
import { mesos } from '@cmf/proto';
import type { Resource, TaskStatus } from '../link.js';
import type { ContainerRef } from './containerizer.js';
import type { ExecutorPhase, ExecutorRun, FrameworkRecord } from './model.js';
import type { StreamCheckpoint } from './status-updates.js';

export interface AgentCheckpoint {
  readonly agentId: string | undefined;
  /** The port it listened on: a restarted agent asked for "any port" takes it again, so that its
   * executors find it at MESOS_AGENT_ENDPOINT. */
  readonly port: number | undefined;
  readonly resources: readonly Resource[];
  readonly frameworks: readonly FrameworkRecord[];
  readonly streams: readonly StreamCheckpoint[];
  /** Containers of non-checkpointing frameworks: not recovered, destroyed. */
  readonly orphans: readonly ContainerRef[];
}

interface ExecutorJson {
  info: string;
  containerId: string;
  sandbox: string;
  commandExecutor?: true;
  pid?: number;
  phase: ExecutorPhase;
  everSentTask: boolean;
  queued: string[];
  launched: { info: string; state: mesos.v1.TaskState }[];
}

interface FileJson {
  version: 1;
  agentId?: string;
  port?: number;
  resources: string[];
  frameworks: { info: string; executors: ExecutorJson[] }[];
  streams: {
    frameworkId: string;
    taskId: string;
    pending: { uuid: string; terminal: boolean; status: string }[];
    acknowledged: string[];
  }[];
  orphans?: { sandbox: string; pid?: number }[];
}

interface Codec<T> {
  encode(message: T): { finish(): Uint8Array };
  decode(bytes: Uint8Array): unknown;
}

function pack<T>(type: Codec<T>, message: T): string {
  return Buffer.from(type.encode(message).finish()).toString('base64');
}

function unpack<T>(type: Codec<T>, text: string): T {
  return type.decode(Buffer.from(text, 'base64')) as T;
}

const M = mesos.v1;

export function serializeCheckpoint(c: AgentCheckpoint): string {
  const file: FileJson = {
    version: 1,
    ...(c.agentId === undefined ? {} : { agentId: c.agentId }),
    ...(c.port === undefined ? {} : { port: c.port }),
    resources: c.resources.map((r) => pack(M.Resource, r)),
    frameworks: c.frameworks.map((f) => ({
      info: pack(M.FrameworkInfo, f.info),
      executors: [...f.executors.values()].map(executorJson),
    })),
    streams: c.streams.map((s) => ({
      frameworkId: s.frameworkId,
      taskId: s.taskId,
      pending: s.snapshot.pending.map((u) => ({
        uuid: u.uuid,
        terminal: u.terminal,
        status: pack<TaskStatus>(M.TaskStatus, u.status),
      })),
      acknowledged: [...s.snapshot.acknowledged],
    })),
    orphans: c.orphans.map((o) => ({
      sandbox: o.sandbox,
      ...(o.pid === undefined ? {} : { pid: o.pid }),
    })),
  };
  return JSON.stringify(file);
}

function executorJson(run: ExecutorRun): ExecutorJson {
  return {
    info: pack(M.ExecutorInfo, run.info),
    containerId: run.containerId,
    sandbox: run.sandbox,
    ...(run.commandExecutor ? { commandExecutor: true as const } : {}),
    ...(run.pid === undefined ? {} : { pid: run.pid }),
    phase: run.phase,
    everSentTask: run.everSentTask,
    queued: [...run.queued.values()].map((t) => pack(M.TaskInfo, t)),
    launched: [...run.launched.values()].map((t) => ({
      info: pack(M.TaskInfo, t.info),
      state: t.state,
    })),
  };
}

export function parseCheckpoint(text: string): AgentCheckpoint {
  const file = JSON.parse(text) as { version?: unknown };
  if (file.version !== 1) {
    throw new RangeError(`unknown agent checkpoint version ${String(file.version)}`);
  }
  return fromFile(file as FileJson);
}

function fromFile(file: FileJson): AgentCheckpoint {
  return {
    agentId: file.agentId,
    port: file.port,
    resources: file.resources.map((r) => unpack(M.Resource, r)),
    frameworks: file.frameworks.map((f) => {
      const info = unpack(M.FrameworkInfo, f.info);
      const frameworkId = info.id?.value ?? '';
      const executors = f.executors.map((e) => executorRecord(frameworkId, e));
      return {
        info,
        phase: 'running',
        executors: new Map(executors.map((e) => [e.executorId, e])),
      };
    }),
    streams: file.streams.map((s) => ({
      frameworkId: s.frameworkId,
      taskId: s.taskId,
      snapshot: {
        pending: s.pending.map((u) => ({
          ...u,
          status: unpack<TaskStatus>(M.TaskStatus, u.status),
        })),
        acknowledged: s.acknowledged,
      },
    })),
    orphans: file.orphans ?? [],
  };
}

function executorRecord(frameworkId: string, e: ExecutorJson): ExecutorRun {
  const info = unpack(M.ExecutorInfo, e.info);
  const queued = e.queued.map((t) => unpack(M.TaskInfo, t));
  const launched = e.launched.map((t) => ({ info: unpack(M.TaskInfo, t.info), state: t.state }));
  return {
    frameworkId,
    executorId: info.executor_id.value,
    info,
    containerId: e.containerId,
    sandbox: e.sandbox,
    commandExecutor: e.commandExecutor === true,
    phase: e.phase,
    ...(e.pid === undefined ? {} : { pid: e.pid }),
    queued: new Map(queued.map((t) => [t.task_id.value, t])),
    launched: new Map(launched.map((t) => [t.info.task_id.value, t])),
    everSentTask: e.everSentTask,
  };
}
