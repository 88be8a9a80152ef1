// Carries out what domain/process.ts decides for the one Cassandra node: spawns it, follows its
// console for health-changing lines, probes it, drains and stops it, and turns every decision
// and every health change into a status update through the agent session.
import { cmf, mesos } from '@cmf/proto/executor';
import type { StatusFields } from '../agent/calls.js';
import {
  buildNodetoolCommand,
  JolokiaClient,
  LogFollower,
  readLastLines,
  runNodetool,
  STORAGE_SERVICE_MBEAN,
} from '../cassandra/index.js';
import {
  decideReport,
  healthKey,
  keepAliveMs,
  type NodeHealthReport,
  type SentReport,
} from '../domain/health.js';
import type { LaunchPlan, LaunchPlanning } from '../domain/launch-plan.js';
import {
  IDLE,
  step,
  type NodeProcess,
  type ProcessEffect,
  type ProcessSignal,
} from '../domain/process.js';
import { healthStatus, isProbeTrigger } from '../domain/status.js';
import type { Logger } from '../logger.js';
import { startNode, type StartedNode, type StartOptions } from './node-start.js';
import { HealthProber } from './prober.js';

const Reason = mesos.v1.TaskStatus.Reason;
const PROBE_TIMEOUT_CAP_MS = 5_000;
const LOG_TAIL_LINES = 20;
const NODETOOL_TIMEOUT_MS = 30_000;

export interface SupervisorDeps {
  readonly updates: { update(fields: StatusFields): unknown };
  readonly log: Logger;
  readonly start: StartOptions;
  /** The task reached a terminal state. */
  readonly onFinished: () => void;
}

export interface KillRequest {
  readonly taskId: string;
  readonly graceMs: number;
  readonly drainTimeoutMs?: number;
  readonly killingState: boolean;
}

export class NodeSupervisor {
  private node: NodeProcess = IDLE;
  private plan: LaunchPlan | undefined;
  private started: StartedNode | undefined;
  private prober: HealthProber | undefined;
  private follower: LogFollower | undefined;
  private lastReport: SentReport | undefined;

  constructor(private readonly deps: SupervisorDeps) {}

  get phase(): NodeProcess['phase'] {
    return this.node.phase;
  }

  get taskId(): string | undefined {
    return this.node.taskId;
  }

  /** The running node's plan, for admin operations; undefined unless Running. */
  get runningPlan(): LaunchPlan | undefined {
    return this.node.phase === 'Running' ? this.plan : undefined;
  }

  launch(taskId: string, planning: LaunchPlanning): void {
    if (!planning.ok) {
      this.dispatch({ type: 'launchRefused', taskId, message: planning.message });
      return;
    }
    if (this.node.phase === 'Idle') this.plan = planning.plan;
    this.dispatch({ type: 'launch', taskId });
  }

  refuse(taskId: string, message: string): void {
    this.dispatch({ type: 'launchRefused', taskId, message });
  }

  kill(request: KillRequest): void {
    const drainTimeoutMs = request.drainTimeoutMs ?? this.plan?.drainTimeoutMs ?? 0;
    this.dispatch({ type: 'kill', ...request, drainTimeoutMs });
  }

  /** Last resort when the executor itself is going down hard. */
  killNow(): void {
    this.started?.process.killNow();
  }

  private dispatch(signal: ProcessSignal): void {
    const next = step(this.node, signal);
    if (next.note) this.deps.log.log('info', `ignored: ${next.note}`, { phase: this.node.phase });
    if (next.node.phase !== this.node.phase) {
      this.deps.log.log('info', `${this.node.phase} -> ${next.node.phase}`, {
        signal: signal.type,
      });
    }
    this.node = next.node;
    for (const effect of next.effects) this.perform(effect);
  }

  private perform(effect: ProcessEffect): void {
    switch (effect.type) {
      case 'status':
        this.deps.updates.update(statusFields(effect));
        return;
      case 'spawn':
        void this.spawn();
        return;
      case 'startProbing':
        this.startProbing();
        return;
      case 'stopProbing':
        this.prober?.stop();
        this.follower?.stop();
        return;
      case 'drain':
        void this.drain(effect.timeoutMs);
        return;
      case 'terminate':
        void this.started?.process.stop(effect.graceMs);
        return;
      case 'finish':
        this.deps.onFinished();
        return;
    }
  }

  private async spawn(): Promise<void> {
    if (!this.plan) throw new Error('spawn without a launch plan');
    try {
      const started = await startNode(this.plan, this.deps.start);
      this.started = started;
      void started.process.exited.then(async (exit) => {
        const logTail = await this.logTail(started);
        this.dispatch({ type: 'exited', exitCode: exit.code, signal: exit.signal, logTail });
      });
      this.dispatch({ type: 'spawned', pid: started.process.pid });
    } catch (error) {
      this.dispatch({
        type: 'spawnFailed',
        message: `cannot start Cassandra: ${errorText(error)}`,
      });
    }
  }

  private async logTail(started: StartedNode): Promise<string> {
    const [stdout, stderr] = await Promise.all([
      readLastLines(started.stdoutPath, LOG_TAIL_LINES),
      readLastLines(started.stderrPath, LOG_TAIL_LINES / 2),
    ]);
    return stderr === '' ? stdout : `${stdout}\n--- stderr ---\n${stderr}`;
  }

  private startProbing(): void {
    const { plan, started } = this;
    if (!plan || !started) return;
    this.prober = new HealthProber({
      jolokia: this.jolokia(plan, Math.min(PROBE_TIMEOUT_CAP_MS, plan.healthIntervalMs)),
      intervalMs: plan.healthIntervalMs,
      configVersion: plan.configVersion,
      onReport: (report) => {
        this.onReport(report);
      },
      nodetoolInfo: () => this.nodetoolInfo(plan, started),
      log: this.deps.log,
    });
    const prober = this.prober;
    this.follower = new LogFollower(
      started.stdoutPath,
      (line) => {
        if (isProbeTrigger(line)) prober.trigger();
      },
      started.stdoutOffset,
      (error) => {
        this.deps.log.log('warn', 'cannot follow the console log', { error });
      },
    );
    this.prober.start();
    this.follower.start();
  }

  private onReport(report: NodeHealthReport): void {
    const taskId = this.node.taskId;
    if (this.node.phase !== 'Running' || taskId === undefined || !this.plan) return;
    const now = Date.now();
    const decision = decideReport(
      this.lastReport,
      report,
      now,
      keepAliveMs(this.plan.healthIntervalMs),
    );
    if (decision === 'skip') return;
    const status = healthStatus(report);
    this.deps.updates.update({
      taskId,
      state: mesos.v1.TaskState.TASK_RUNNING,
      reason: Reason.REASON_TASK_HEALTH_CHECK_STATUS_UPDATED,
      healthy: status.healthy,
      message: status.message,
      labels: status.labels,
      data: cmf.v1.NodeHealth.encode(cmf.v1.NodeHealth.create(report)).finish(),
    });
    this.lastReport = { key: healthKey(report), atMs: now };
    if (decision === 'changed')
      this.deps.log.log('info', 'health changed', { ...status.labels, summary: status.message });
  }

  private async nodetoolInfo(plan: LaunchPlan, started: StartedNode): Promise<string> {
    const call = buildNodetoolCommand({
      distribution: started.distribution,
      host: plan.node.address,
      jmxPort: plan.node.ports.jmx,
      args: ['info'],
      javaPath: this.deps.start.javaPath,
    });
    try {
      return (await runNodetool(call, NODETOOL_TIMEOUT_MS)).stdout;
    } catch (error) {
      this.deps.log.log('warn', 'nodetool info failed', { error });
      return '';
    }
  }

  /** StorageService.drain over JMX; whatever happens, the stop goes on after it. */
  private async drain(timeoutMs: number): Promise<void> {
    const plan = this.plan;
    let result: string;
    if (!plan) result = 'not drained: no plan';
    else {
      try {
        const outcome = await this.jolokia(plan, timeoutMs).exec(
          STORAGE_SERVICE_MBEAN,
          'drain',
          [],
        );
        result = outcome.ok ? 'drained' : `drain failed: ${outcome.errorType}: ${outcome.error}`;
      } catch (error) {
        result = `drain failed: ${errorText(error)}`;
      }
    }
    this.deps.log.log('info', `drain: ${result}`);
    this.dispatch({ type: 'drainEnded', result });
  }

  private jolokia(plan: LaunchPlan, timeoutMs: number): JolokiaClient {
    return new JolokiaClient({ host: plan.node.address, port: plan.node.ports.jolokia, timeoutMs });
  }
}

function statusFields(effect: Extract<ProcessEffect, { type: 'status' }>): StatusFields {
  return {
    taskId: effect.taskId,
    state: mesos.v1.TaskState[effect.state],
    message: effect.message,
    ...(effect.invalidTask ? { reason: Reason.REASON_TASK_INVALID } : {}),
    // Not healthy until a probe says so.
    ...(effect.state === 'TASK_RUNNING' ? { healthy: false } : {}),
  };
}

export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
