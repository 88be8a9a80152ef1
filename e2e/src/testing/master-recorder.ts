// A MasterPort for agent tests: records what an agent tells its master (registrations, updates,
// messages, executor exits, link drops) and acknowledges updates the way a scheduler would.
import { mesos } from '@cmf/proto';
import type { AgentPort, AgentRegistration, MasterPort, TaskStatus } from '../cluster/link.js';
import { waitFor } from '../runtime/wait-for.js';

export interface RecordedUpdate {
  readonly agentId: string;
  readonly frameworkId: string;
  readonly status: TaskStatus;
}

/** Stands in for the master: assigns agent ids, records everything, acknowledges on request. */
export class MasterRecorder implements MasterPort {
  readonly registrations: { reg: AgentRegistration; port: AgentPort }[] = [];
  readonly updates: RecordedUpdate[] = [];
  readonly messages: { executorId: string; data: Uint8Array }[] = [];
  readonly exits: { executorId: string; waitStatus: number }[] = [];
  readonly disconnections: string[] = [];
  /** Acknowledge every update as it arrives, like a scheduler that keeps up. */
  autoAck = false;
  #next = 0;

  register(reg: AgentRegistration, agent: AgentPort): { agentId: string } {
    this.registrations.push({ reg, port: agent });
    return { agentId: reg.agentId ?? `test-master-S${(this.#next++).toString()}` };
  }

  statusUpdate(agentId: string, frameworkId: string, status: TaskStatus): void {
    const update = { agentId, frameworkId, status };
    this.updates.push(update);
    if (this.autoAck) this.acknowledge(update);
  }

  executorMessage(
    _agentId: string,
    _frameworkId: string,
    executorId: string,
    data: Uint8Array,
  ): void {
    this.messages.push({ executorId, data });
  }

  executorExited(
    _agentId: string,
    _frameworkId: string,
    executorId: string,
    waitStatus: number,
  ): void {
    this.exits.push({ executorId, waitStatus });
  }

  disconnected(agentId: string): void {
    this.disconnections.push(agentId);
  }

  /** The agent port of the latest registration. */
  get agent(): AgentPort {
    const last = this.registrations[this.registrations.length - 1];
    if (last === undefined) throw new Error('no agent registered yet');
    return last.port;
  }

  /** The scheduler's ACKNOWLEDGE, delivered on a later tick as the link does. */
  acknowledge(update: RecordedUpdate): void {
    const uuid = update.status.uuid;
    if (!uuid) throw new Error('master-generated updates are never acknowledged');
    const agent = this.agent;
    setImmediate(() => {
      agent.acknowledge(update.frameworkId, update.status.task_id.value, uuid);
    });
  }

  /** Updates of one task, in arrival order, as state names. */
  statesOf(taskId: string): string[] {
    return this.updates
      .filter((u) => u.status.task_id.value === taskId)
      .map((u) => mesos.v1.TaskState[u.status.state]);
  }

  async waitForUpdate(
    taskId: string,
    state: mesos.v1.TaskState,
    timeoutMs = 10_000,
  ): Promise<RecordedUpdate> {
    return waitFor(
      () => this.updates.find((u) => u.status.task_id.value === taskId && u.status.state === state),
      {
        timeoutMs,
        intervalMs: 10,
        what: `${mesos.v1.TaskState[state]} of ${taskId} (got ${this.statesOf(taskId).join(', ')})`,
      },
    );
  }
}
