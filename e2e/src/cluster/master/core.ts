// The master's shared state and the few effects every part of it needs: sending an event to a
// framework, calling an agent on a later tick, and asking for an allocation pass.
import { randomUUID } from 'node:crypto';
import type { mesos } from '@cmf/proto';
import type { Timings } from '../common/timings.js';
import type { AgentPort, Logger } from '../link.js';
import type { Event } from './codec.js';
import type { AgentRecord, FrameworkRecord, OfferRecord } from './model.js';

export type MasterInfo = mesos.v1.MasterInfo.$Properties;

/** Agents a previous master admitted: a new master treats them as recovered until they re-register. */
export interface Registry {
  readonly agents: readonly { readonly id: string; readonly unreachableSinceMs?: number }[];
}

export class MasterCore {
  readonly id = randomUUID();
  readonly frameworks = new Map<string, FrameworkRecord>();
  /** Torn down or timed out: their ids can never be used again. */
  readonly completedFrameworks = new Map<string, FrameworkRecord>();
  readonly agents = new Map<string, AgentRecord>();
  /** From the registry of a previous master, not re-registered yet. */
  readonly recoveredAgents = new Map<string, { unreachableSinceMs?: number }>();
  readonly offers = new Map<string, OfferRecord>();
  readonly startedAtMs = Date.now();
  info: MasterInfo;
  /** Allocation passes run so far (tests wait on it instead of sleeping). */
  allocationPasses = 0;
  private frameworkCount = 0;
  private offerCount = 0;
  private agentCount = 0;
  private allocationQueued = false;

  constructor(
    readonly timings: Timings,
    readonly log: Logger,
    private readonly allocate: () => void,
  ) {
    this.info = { id: this.id, ip: 0, port: 0 };
  }

  now(): number {
    return Date.now();
  }

  newFrameworkId(): string {
    return `${this.id}-${String(this.frameworkCount++).padStart(4, '0')}`;
  }

  newOfferId(): string {
    return `${this.id}-O${this.offerCount++}`;
  }

  newAgentId(): string {
    return `${this.id}-S${this.agentCount++}`;
  }

  /** Events to a disconnected framework are dropped, as Mesos does (nothing is queued). */
  send(framework: FrameworkRecord, event: Event): void {
    framework.stream?.send(event);
  }

  /** Master → agent messages go out in order, each on a later tick; a dead link drops them. */
  toAgent(agent: AgentRecord, deliver: (port: AgentPort) => void): void {
    const port = agent.port;
    if (port === null || agent.standing !== 'active') return;
    setImmediate(() => {
      try {
        deliver(port);
      } catch (e) {
        this.log.warn('agent call failed', { agentId: agent.id, error: String(e) });
      }
    });
  }

  /**
   * One allocation pass on a later tick, coalesced. Like Mesos's allocator, only a framework
   * (re)activating, an agent (re)registering, REVIVE and UPDATE_FRAMEWORK allocate at once; freed,
   * declined or rescinded resources wait for the next batch (Timings.allocationIntervalMs).
   */
  requestAllocation(): void {
    if (this.allocationQueued) return;
    this.allocationQueued = true;
    setImmediate(() => {
      this.allocationQueued = false;
      this.allocate();
    });
  }
}
