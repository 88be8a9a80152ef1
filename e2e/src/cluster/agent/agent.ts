// A local Mesos agent: its own HTTP server for the executor API, real executor processes, reliable
// status updates, checkpointing; the master reaches it through AgentPort. Started on a work dir that
// holds a checkpoint, it recovers (same agent id, executors, tasks, reservations, volumes).
import { mkdir } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type {
  AgentLifecycle,
  AgentPort,
  FrameworkInfo,
  KillPolicy,
  Resource,
  TaskInfo,
} from '../link.js';
import { parseCheckpoint } from './checkpoint-format.js';
import { readCheckpoint } from './checkpointer.js';
import { destroyContainers } from './containerizer.js';
import { AgentCore, type AgentConfig } from './core.js';
import { EXECUTOR_API_PATHS, serveExecutorApi } from './executor-api.js';
import { runTask } from './launch.js';
import { checkpointPath } from './paths.js';
import { recover } from './recovery.js';
import { Registration } from './registration.js';
import { frameworkMessage, killTask } from './tasks.js';
import { acknowledge } from './task-updates.js';
import { shutdownExecutor, shutdownFramework } from './termination.js';
import { syncVolumes } from './volumes.js';

export class Agent implements AgentPort, AgentLifecycle {
  readonly #core: AgentCore;
  readonly #registration: Registration;
  readonly #server: Server;

  constructor(config: AgentConfig) {
    this.#core = new AgentCore(config, this);
    this.#registration = new Registration(this.#core);
    this.#server = createServer((req, res) => {
      const path = (req.url ?? '').split('?')[0] ?? '';
      if (!EXECUTOR_API_PATHS.has(path) || !this.#core.isAlive) {
        res.writeHead(404).end();
        return;
      }
      serveExecutorApi(this.#core, req, res).catch((err: unknown) => {
        config.log.error('executor API request failed', { error: String(err) });
        if (!res.headersSent) res.writeHead(500).end();
      });
    });
  }

  get agentId(): string | undefined {
    return this.#core.agentId;
  }

  get endpoint(): string {
    return `${this.#core.ip}:${this.#core.port.toString()}`;
  }

  /** Listens, recovers what the work dir holds (waiting for executors to re-subscribe), then registers. */
  async start(): Promise<void> {
    const core = this.#core;
    await mkdir(core.config.workDir, { recursive: true });
    const text = await readCheckpoint(checkpointPath(core.config.workDir));
    const checkpoint = text === undefined ? undefined : parseCheckpoint(text);
    const port = core.config.port === 0 ? (checkpoint?.port ?? 0) : core.config.port;
    await new Promise<void>((resolve, reject) => {
      this.#server.once('error', reject);
      this.#server.listen(port, core.config.ip, resolve);
    });
    core.port = (this.#server.address() as AddressInfo).port;
    if (checkpoint !== undefined) await recover(core, checkpoint);
    if (!core.isAlive) return;
    core.phase = 'disconnected';
    this.#registration.start();
  }

  /** The agent process goes away; executors keep running (a crash of a checkpointing agent). */
  async stop(): Promise<void> {
    await this.#shutdown();
  }

  /** The agent and every container it runs die: each executor and whatever it started. */
  async kill(): Promise<void> {
    const runs = [...this.#core.frameworks.values()].flatMap((f) => [...f.executors.values()]);
    await this.#shutdown();
    const left = await destroyContainers(runs);
    if (left.length > 0) this.#core.log.warn('container processes survived SIGKILL', { left });
  }

  async #shutdown(): Promise<void> {
    const core = this.#core;
    if (!core.isAlive) return;
    const agentId = core.agentId;
    core.phase = 'dead';
    core.clearTimers();
    core.updates.stop();
    this.#registration.stop();
    for (const cancel of core.unwatch.values()) cancel();
    core.unwatch.clear();
    core.streams.clear();
    // Executors see their event stream break mid-response, as when a real agent dies.
    this.#server.closeAllConnections();
    await new Promise<void>((resolve) => {
      this.#server.close(() => {
        resolve();
      });
    });
    await core.checkpointer.close();
    if (agentId !== undefined) {
      setImmediate(() => {
        core.config.master.disconnected(agentId);
      });
    }
  }

  runTask(framework: FrameworkInfo, task: TaskInfo): void {
    if (this.#core.isAlive) runTask(this.#core, framework, task);
  }

  killTask(frameworkId: string, taskId: string, killPolicy?: KillPolicy): void {
    if (this.#core.isAlive) killTask(this.#core, frameworkId, taskId, killPolicy);
  }

  shutdownExecutor(frameworkId: string, executorId: string): void {
    const run = this.#core.executorRun(frameworkId, executorId);
    if (this.#core.isAlive && run !== undefined) shutdownExecutor(this.#core, run);
  }

  shutdownFramework(frameworkId: string): void {
    if (this.#core.isAlive) shutdownFramework(this.#core, frameworkId);
  }

  checkpointResources(resources: Resource[]): void {
    const core = this.#core;
    if (!core.isAlive) return;
    syncVolumes(core.config.workDir, core.checkpointed, resources);
    core.checkpointed = [...resources];
    void core.save();
  }

  frameworkMessage(frameworkId: string, executorId: string, data: Uint8Array): void {
    if (this.#core.isAlive) frameworkMessage(this.#core, frameworkId, executorId, data);
  }

  acknowledge(frameworkId: string, taskId: string, uuid: Uint8Array): void {
    if (this.#core.isAlive) acknowledge(this.#core, frameworkId, taskId, uuid);
  }

  frameworkReconnected(frameworkId: string): void {
    if (this.#core.phase === 'running') this.#core.updates.resume(frameworkId);
  }

  ping(): boolean {
    if (!this.#core.isAlive) return false;
    this.#registration.pinged();
    return true;
  }
}
