// Takes AdminRequests from framework messages, runs one operation at a time against the running
// node, and answers every request and every step with an AdminReport message. Messages travel at
// most once, so the scheduler re-asks by request id (Query) and gets the same report again.
import { cmf } from '@cmf/proto/executor';
import {
  decideAdminRequest,
  trimReports,
  type AdminKind,
  type AdminReportView,
  type AdminState,
  type OperationPlan,
} from '../domain/admin.js';
import type { LaunchPlan } from '../domain/launch-plan.js';
import type { Logger } from '../logger.js';
import { abortInNode, runOperation } from './admin-operations.js';
import { errorText } from './supervisor.js';

const KEEP_REPORTS = 50;

export interface AdminRunnerDeps {
  readonly send: (data: Uint8Array) => void;
  /** The node's plan while it runs; undefined otherwise. */
  readonly runningNode: () => LaunchPlan | undefined;
  readonly log: Logger;
}

interface Running {
  readonly requestId: string;
  readonly kind: AdminKind;
  readonly plan: OperationPlan;
  readonly node: LaunchPlan;
  readonly abort: AbortController;
  readonly timer: NodeJS.Timeout;
  aborted: boolean;
  /** The call that stops the work inside Cassandra, once an abort or the timeout started it. */
  stopping?: Promise<void>;
}

export class AdminRunner {
  private readonly reports = new Map<string, AdminReportView>();
  private running: Running | undefined;
  /** The last operation's promise, so tests and shutdown can wait for it. */
  idle: Promise<void> = Promise.resolve();

  constructor(private readonly deps: AdminRunnerDeps) {}

  handle(data: Uint8Array): void {
    let request: cmf.v1.AdminRequest;
    try {
      request = cmf.v1.AdminRequest.decode(data);
    } catch (error) {
      this.deps.log.log('warn', 'a framework message that is not an AdminRequest', { error });
      return;
    }
    const node = this.deps.runningNode();
    const book = {
      reports: this.reports,
      ...(this.running
        ? { running: { requestId: this.running.requestId, kind: this.running.kind } }
        : {}),
    };
    const decision = decideAdminRequest(request, book, node !== undefined, Date.now());
    switch (decision.type) {
      case 'reply':
        this.send(decision.report, node);
        return;
      case 'abort':
        this.send(decision.report, node);
        this.abortRunning();
        return;
      case 'start':
        if (!node) return;
        this.publish(decision.report, node);
        this.idle = this.start(decision.report, decision.plan, node);
    }
  }

  private async start(
    accepted: AdminReportView,
    plan: OperationPlan,
    node: LaunchPlan,
  ): Promise<void> {
    const running = this.begin(accepted.requestId, plan, node);
    const deadlineMs = Date.now() + plan.timeoutMs;
    let report: AdminReportView = {
      ...accepted,
      state: 'RUNNING',
      message: `${plan.kind} running`,
    };
    this.publish(report, node);
    const progress = (done: number, total: number, message: string): void => {
      report = { ...report, stepsDone: done, stepsTotal: total, message };
      this.publish(report, node);
    };
    try {
      const signal = running.abort.signal;
      const message = await runOperation(plan, { node, signal, deadlineMs, progress });
      report = this.finished(report, 'SUCCEEDED', message);
    } catch (error) {
      const signal = running.abort.signal;
      const why = signal.aborted ? errorText(signal.reason) : errorText(error);
      report = this.finished(report, running.aborted ? 'ABORTED' : 'FAILED', why);
    } finally {
      clearTimeout(running.timer);
      // Reported only once Cassandra has been told to stop too.
      await running.stopping;
      this.running = undefined;
    }
    this.publish(report, node);
  }

  /** Marks the operation as the running one and arms its timeout (which stops it in the node). */
  private begin(requestId: string, plan: OperationPlan, node: LaunchPlan): Running {
    const abort = new AbortController();
    const timer = setTimeout(() => {
      abort.abort(new Error(`timed out after ${plan.timeoutMs} ms`));
      running.stopping = this.stopInNode(running);
    }, plan.timeoutMs);
    const running: Running = {
      requestId,
      kind: plan.kind,
      plan,
      node,
      abort,
      timer,
      aborted: false,
    };
    this.running = running;
    return running;
  }

  private finished(report: AdminReportView, state: AdminState, message: string): AdminReportView {
    return { ...report, state, message, finishedAtMs: Date.now() };
  }

  private abortRunning(): void {
    const running = this.running;
    if (!running) return;
    running.aborted = true;
    running.abort.abort(new Error('aborted on request'));
    running.stopping = this.stopInNode(running);
  }

  private async stopInNode(running: Running): Promise<void> {
    try {
      await abortInNode(running.plan, running.node);
    } catch (error) {
      this.deps.log.log('warn', `could not stop the ${running.kind} inside Cassandra`, { error });
    }
  }

  /** Records the report as the request's latest and sends it. */
  private publish(report: AdminReportView, node: LaunchPlan): void {
    this.reports.set(report.requestId, report);
    if (this.reports.size > KEEP_REPORTS) {
      const kept = new Set(
        trimReports([...this.reports.values()], KEEP_REPORTS).map((r) => r.requestId),
      );
      for (const id of this.reports.keys()) if (!kept.has(id)) this.reports.delete(id);
    }
    this.send(report, node);
  }

  private send(report: AdminReportView, node: LaunchPlan | undefined): void {
    this.deps.log.log('info', `admin ${report.requestId}: ${report.state} ${report.message}`);
    const message = cmf.v1.AdminReport.create({
      request_id: report.requestId,
      node_id: node?.nodeId ?? '',
      state: cmf.v1.AdminReport.State[report.state],
      message: report.message,
      steps_done: report.stepsDone,
      steps_total: report.stepsTotal,
      started_at_ms: report.startedAtMs,
      finished_at_ms: report.finishedAtMs,
    });
    this.deps.send(cmf.v1.AdminReport.encode(message).finish());
  }
}
