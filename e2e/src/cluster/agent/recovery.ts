// A restarted agent on the same work dir (Slave::recover, `--recover=reconnect`): take the checkpoint
// back, kill executors of frameworks that do not checkpoint, follow the live executors again, and give
// them executorReregistrationTimeoutMs to re-subscribe; the others are destroyed (TASK_GONE/TASK_LOST).
import { isProcessAlive } from '@cmf/executor';
import { mesos } from '@cmf/proto';
import { formatDurationMs } from '../common/duration.js';
import type { AgentCore } from './core.js';
import type { AgentCheckpoint } from './checkpoint-format.js';
import { destroyContainers, guardContainer, watchRecovered } from './containerizer.js';
import { isPartitionAware, type ExecutorRun } from './model.js';
import { destroyExecutor, executorTerminated, watchExecutor } from './termination.js';

const S = mesos.v1.TaskState;
const R = mesos.v1.TaskStatus.Reason;

/** How often a recovered executor (not this process's child) is checked for life. */
const RECOVERED_POLL_MS = 50;

/** Resolves when recovery is over and the agent may register. */
export async function recover(core: AgentCore, checkpoint: AgentCheckpoint): Promise<void> {
  core.agentId = checkpoint.agentId;
  core.checkpointed = [...checkpoint.resources];
  core.updates.restore(checkpoint.streams);
  for (const framework of checkpoint.frameworks) {
    core.frameworks.set(framework.info.id?.value ?? '', framework);
  }
  core.phase = 'recovering';
  core.log.info('recovering from the checkpoint', { agentId: core.agentId });
  const runs = [...core.frameworks.values()].flatMap((f) => [...f.executors.values()]);
  for (const run of runs) recoverExecutor(core, run);
  await destroyContainers(checkpoint.orphans);
  if (core.hasDied()) return;
  if (core.frameworks.size > 0) {
    const timeoutMs = core.config.timings.executorReregistrationTimeoutMs;
    await new Promise<void>((resolve) => core.after(timeoutMs, resolve));
    if (!core.isAlive) return;
    reregistrationTimeout(core, timeoutMs);
  }
  void core.save();
}

function recoverExecutor(core: AgentCore, run: ExecutorRun): void {
  if (run.phase === 'terminated') return; // only waiting for acknowledgements
  if (run.pid === undefined || !isProcessAlive(run.pid)) {
    // Died while the agent was away (or never started): its tasks fail now.
    const watch = run.pid === undefined ? undefined : watchRecovered(run.pid, RECOVERED_POLL_MS);
    void (watch?.exited ?? Promise.resolve(-1)).then((status) => {
      if (core.isAlive) executorTerminated(core, run, status);
    });
    return;
  }
  run.phase = 'registering';
  guardContainer(run); // a no-op when this process launched it
  const watch = watchRecovered(run.pid, RECOVERED_POLL_MS);
  watchExecutor(core, run, watch.exited, watch.cancel);
}

/** Executors that did not come back in time are destroyed; their tasks are reported gone. */
function reregistrationTimeout(core: AgentCore, timeoutMs: number): void {
  for (const framework of core.frameworks.values()) {
    const state = isPartitionAware(framework.info) ? S.TASK_GONE : S.TASK_LOST;
    for (const run of framework.executors.values()) {
      if (run.phase !== 'registering') continue;
      destroyExecutor(core, run, {
        state,
        reason: R.REASON_EXECUTOR_REREGISTRATION_TIMEOUT,
        message: `Executor did not reregister within ${formatDurationMs(timeoutMs)}`,
      });
    }
  }
}
