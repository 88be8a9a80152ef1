// Re-registration of an agent the master already knows: tasks the master tracks there that the agent
// does not report are reconciled as Mesos does (its master asks the agent, which answers TASK_DROPPED,
// or TASK_LOST without PARTITION_AWARE, "Reconciliation: task unknown to the agent", SOURCE_AGENT, with
// a uuid). The link has no such call, so the master writes the agent's answer itself; it is not
// retried if the scheduler does not acknowledge it.
import { newUuidBytes, mesos } from '@cmf/proto';
import type { AgentRegistration } from '../link.js';
import type { MasterCore } from './core.js';
import { Capability, hasCapability } from './domain/framework-info.js';
import { Reason, TaskState, isTerminal, stateFor } from './domain/statuses.js';
import { sendUpdate } from './launch.js';
import { tasksOnAgent, type AgentRecord } from './model.js';
import { recordStatus } from './task-book.js';

export function reconcileUnreportedTasks(
  core: MasterCore,
  agent: AgentRecord,
  reg: AgentRegistration,
): void {
  const reported = new Set(reg.tasks.map((t) => `${t.framework_id.value}/${t.task_id.value}`));
  for (const framework of core.frameworks.values()) {
    for (const task of tasksOnAgent(framework, agent.id)) {
      if (isTerminal(task.state) || reported.has(`${framework.id}/${task.taskId}`)) continue;
      const status: mesos.v1.TaskStatus.$Properties = {
        task_id: { value: task.taskId },
        state: stateFor(
          TaskState.TASK_DROPPED,
          hasCapability(framework.info, Capability.PARTITION_AWARE),
        ),
        message: 'Reconciliation: task unknown to the agent',
        source: mesos.v1.TaskStatus.Source.SOURCE_AGENT,
        reason: Reason.REASON_RECONCILIATION,
        agent_id: { value: agent.id },
        timestamp: core.now() / 1000,
        uuid: newUuidBytes(),
      };
      if (task.executorId !== undefined) status.executor_id = { value: task.executorId };
      recordStatus(core, framework, task, status);
      task.forwarded = status;
      sendUpdate(core, framework, status);
    }
  }
}
