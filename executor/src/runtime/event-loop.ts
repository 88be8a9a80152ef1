// Dispatches the agent's events (protocol doc §9.2) to the node supervisor and the admin runner,
// through a handler per event type. LAUNCH reads the node config from TaskInfo.data.
import { cmf, mesos } from '@cmf/proto/executor';
import { planLaunch, type LaunchPlanning } from '../domain/launch-plan.js';
import type { Logger } from '../logger.js';
import type { NodeSupervisor } from './supervisor.js';

type Event = mesos.v1.executor.Event;
const EventType = mesos.v1.executor.Event.Type;
const KILLING_STATE = mesos.v1.FrameworkInfo.Capability.Type.TASK_KILLING_STATE;

export interface EventLoopDeps {
  readonly supervisor: NodeSupervisor;
  readonly sandbox: string;
  readonly footprint: 'standard' | 'small';
  readonly shutdownGraceMs: number;
  readonly onFrameworkMessage: (data: Uint8Array) => void;
  readonly onShutdown: () => void;
  readonly log: Logger;
}

export class EventLoop {
  private killingState = false;
  private readonly handlers: Partial<Record<mesos.v1.executor.Event.Type, (event: Event) => void>>;

  constructor(private readonly deps: EventLoopDeps) {
    this.handlers = {
      [EventType.SUBSCRIBED]: (e) => {
        this.subscribed(e);
      },
      [EventType.LAUNCH]: (e) => {
        if (e.launch) this.launch(e.launch.task);
      },
      [EventType.LAUNCH_GROUP]: (e) => {
        for (const task of e.launch_group?.task_group.tasks ?? []) {
          const message =
            'LAUNCH_GROUP is not supported: one Cassandra node per executor, by LAUNCH';
          deps.supervisor.refuse(task.task_id.value, message);
        }
      },
      [EventType.KILL]: (e) => {
        if (e.kill) this.kill(e.kill);
      },
      [EventType.MESSAGE]: (e) => {
        if (e.message) deps.onFrameworkMessage(e.message.data);
      },
      [EventType.SHUTDOWN]: () => {
        deps.onShutdown();
      },
    };
  }

  handle(event: Event): void {
    const handler = event.type === null ? undefined : this.handlers[event.type];
    this.deps.log.log('debug', 'event', { type: mesos.v1.executor.Event.Type[event.type ?? 0] });
    handler?.(event);
  }

  private subscribed(event: Event): void {
    const capabilities = event.subscribed?.framework_info.capabilities ?? [];
    this.killingState = capabilities.some((c) => c.type === KILLING_STATE);
    const agent = event.subscribed?.agent_info;
    this.deps.log.log('info', 'subscribed', {
      agent: agent?.hostname,
      killingState: this.killingState,
    });
  }

  private launch(task: mesos.v1.TaskInfo): void {
    this.deps.supervisor.launch(task.task_id.value, this.planFor(task));
  }

  private planFor(task: mesos.v1.TaskInfo): LaunchPlanning {
    if (!task.data || task.data.length === 0) {
      return {
        ok: false,
        field: 'data',
        message: 'TaskInfo.data is empty: expected a cmf.v1.NodeConfig',
      };
    }
    let config: cmf.v1.NodeConfig;
    try {
      config = cmf.v1.NodeConfig.decode(task.data);
    } catch (error) {
      const message = `TaskInfo.data is not a cmf.v1.NodeConfig: ${error instanceof Error ? error.message : String(error)}`;
      return { ok: false, field: 'data', message };
    }
    return planLaunch({
      config,
      sandbox: this.deps.sandbox,
      taskMemMb: taskMemMb(task),
      footprint: this.deps.footprint,
    });
  }

  private kill(kill: mesos.v1.executor.Event.Kill): void {
    const graceNs = kill.kill_policy?.grace_period?.nanoseconds;
    const graceMs = graceNs === undefined ? this.deps.shutdownGraceMs : graceNs / 1e6;
    this.deps.supervisor.kill({
      taskId: kill.task_id.value,
      graceMs,
      killingState: this.killingState,
    });
  }

  get frameworkUnderstandsKilling(): boolean {
    return this.killingState;
  }
}

function taskMemMb(task: mesos.v1.TaskInfo): number | undefined {
  const mem = task.resources.filter((r) => r.name === 'mem');
  if (mem.length === 0) return undefined;
  return mem.reduce((sum, r) => sum + (r.scalar?.value ?? 0), 0);
}
