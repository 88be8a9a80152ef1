// The health probe loop: one Jolokia bulk read per tick, one at a time, each with a deadline, so
// a slow or dead Jolokia gives an unhealthy report instead of a hung loop or a crash. A trigger
// (a telling console line) probes at once and then quickly until the node is healthy.
import type { JolokiaOutcome, JolokiaRequest } from '../cassandra/index.js';
import {
  FAST_PROBES_PER_TRIGGER,
  HEALTH_READS,
  isHealthy,
  nextProbeDelayMs,
  readHealth,
  type NodeHealthReport,
  type ProbeAnswer,
} from '../domain/health.js';
import { parseNodetoolInfo, shouldAskNodetool, withNodetoolView } from '../domain/nodetool-info.js';
import type { Logger } from '../logger.js';

export interface BulkReader {
  bulk(requests: readonly JolokiaRequest[]): Promise<JolokiaOutcome[]>;
}

export interface ProberOptions {
  readonly jolokia: BulkReader;
  readonly intervalMs: number;
  readonly configVersion: string;
  readonly onReport: (report: NodeHealthReport) => void;
  /** `nodetool info`'s output, asked after repeated Jolokia failures; '' when it failed. */
  readonly nodetoolInfo?: () => Promise<string>;
  readonly log: Logger;
}

export class HealthProber {
  private timer: NodeJS.Timeout | undefined;
  private running = false;
  private inFlight = false;
  private probeAgain = false;
  private fastProbesLeft = 0;
  private failedProbes = 0;
  private nodetoolAskedAtMs: number | undefined;

  constructor(private readonly options: ProberOptions) {}

  /** The first probe comes one interval after start: the RUNNING update covers the start-up. */
  start(): void {
    this.running = true;
    this.schedule(this.options.intervalMs);
  }

  stop(): void {
    this.running = false;
    clearTimeout(this.timer);
  }

  /** Probe now (or right after the probe in flight), then quickly until healthy. */
  trigger(): void {
    if (!this.running) return;
    this.fastProbesLeft = FAST_PROBES_PER_TRIGGER;
    if (this.inFlight) {
      this.probeAgain = true;
      return;
    }
    clearTimeout(this.timer);
    void this.probe();
  }

  /** A method, not the field: the loop must see stop() calls made while a probe was awaited. */
  private isRunning(): boolean {
    return this.running;
  }

  private schedule(delayMs: number): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.probe(), delayMs);
  }

  private async probe(): Promise<void> {
    if (!this.running || this.inFlight) return;
    this.inFlight = true;
    const answer = await this.ask();
    const report = await this.secondOpinion(
      answer.kind === 'unreachable',
      readHealth(answer, { nowMs: Date.now(), configVersion: this.options.configVersion }),
    );
    this.inFlight = false;
    if (!this.isRunning()) return;
    try {
      this.options.onReport(report);
    } catch (error) {
      this.options.log.log('error', 'handling a health report failed', { error });
    }
    this.fastProbesLeft = Math.max(0, this.fastProbesLeft - 1);
    const healthy = isHealthy(report);
    if (healthy) this.fastProbesLeft = 0;
    const delay = this.probeAgain
      ? 0
      : nextProbeDelayMs(this.options.intervalMs, healthy, this.fastProbesLeft);
    this.probeAgain = false;
    this.schedule(delay);
  }

  /** After repeated Jolokia failures, and rarely: what JMX itself says, through nodetool. */
  private async secondOpinion(
    failed: boolean,
    report: NodeHealthReport,
  ): Promise<NodeHealthReport> {
    this.failedProbes = failed ? this.failedProbes + 1 : 0;
    const nodetool = this.options.nodetoolInfo;
    const now = Date.now();
    if (!nodetool || !shouldAskNodetool(this.failedProbes, this.nodetoolAskedAtMs, now))
      return report;
    this.nodetoolAskedAtMs = now;
    return withNodetoolView(report, parseNodetoolInfo(await nodetool()));
  }

  /** Never throws: a failed exchange is an answer of its own. */
  private async ask(): Promise<ProbeAnswer> {
    try {
      return { kind: 'answered', replies: await this.options.jolokia.bulk(HEALTH_READS) };
    } catch (error) {
      return {
        kind: 'unreachable',
        detail: error instanceof Error ? error.message : String(error),
      };
    }
  }
}
