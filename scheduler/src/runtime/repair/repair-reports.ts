// Executor AdminReports about repair attempts, from Mesos MESSAGE events: applied to the current
// run (written before anything else happens), the serial queue given back when the node's step
// ended; the caller wakes the loop so the next node starts without waiting for a tick.
import { isStepDone, type RepairStep } from '../../domain/repair/index.js';
import { decodeReport, parseRequestId, reportEvent } from './admin-wire.js';
import type { RepairLoop } from './repair-loop.js';

/** True when the message was a report about a repair attempt (handled, or stale and ignored). */
export async function handleRepairMessage(loop: RepairLoop, data: Uint8Array): Promise<boolean> {
  const report = decodeReport(data);
  const attempt = report === null ? null : parseRequestId(report.request_id);
  if (report === null || attempt === null) return false;
  const { logger, clock, queue, leaderTerm } = loop.options;
  await loop.serially(async () => {
    const now = clock.now();
    const run = loop.currentRun(attempt.runId);
    const step = run?.steps.find((s) => s.nodeId === attempt.nodeId);
    if (step?.attempts !== attempt.attempt || !run) {
      logger.info('stale repair report', { requestId: report.request_id, state: report.state });
      return;
    }
    const event = reportEvent(report, run, step, leaderTerm, now);
    if (!(await loop.apply(event, now))) return;
    const after = loop.run?.value.steps.find((s) => s.nodeId === attempt.nodeId);
    if (after && ended(after)) {
      const result = after.status === 'succeeded' ? 'succeeded' : 'failed';
      await queue.release(after.nodeId, result, `repair ${result}: ${report.message}`, now);
      logger.info('repair step ended', { requestId: report.request_id, status: after.status });
    }
  });
  return true;
}

function ended(step: RepairStep): boolean {
  return isStepDone(step) || step.status === 'attemptFailed' || step.status === 'pending';
}
