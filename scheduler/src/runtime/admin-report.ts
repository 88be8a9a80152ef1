// An executor's framework message: an AdminReport answering one of the ops queue's requests (or a
// Query about one). It moves the item's step, stored before the next pass acts on it.
import { cmf, enumName } from '@cmf/proto';
import { applyAdminAnswer, type AdminState } from '../domain/ops/index.js';
import type { Clock, Logger } from '../ports.js';
import { isStoreError } from '../store/errors.js';
import type { OpsShell } from './ops-shell.js';
import type { World } from './world.js';

export interface AdminReportDeps {
  readonly world: World;
  readonly ops: OpsShell;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly leaderTerm: string;
}

const STATES: readonly AdminState[] = [
  'UNKNOWN',
  'ACCEPTED',
  'RUNNING',
  'SUCCEEDED',
  'FAILED',
  'ABORTED',
  'REJECTED',
];

function decode(data: Uint8Array): cmf.v1.AdminReport | null {
  try {
    return cmf.v1.AdminReport.decode(data);
  } catch {
    return null;
  }
}

export async function onAdminReport(data: Uint8Array, deps: AdminReportDeps): Promise<void> {
  const report = decode(data);
  const name = report ? enumName(cmf.v1.AdminReport.State, report.state) : null;
  const state = STATES.find((s) => s === name);
  if (!report || state === undefined) {
    deps.logger.warn('framework message that is no AdminReport; ignored');
    return;
  }
  const answer = {
    requestId: report.request_id,
    nodeId: report.node_id,
    state,
    message: report.message,
  };
  const applied = applyAdminAnswer(deps.world.ops.state, answer, deps.leaderTerm, deps.clock.now());
  deps.logger.info('admin report', { ...answer, note: applied.note });
  try {
    await deps.ops.save(applied.state);
  } catch (error) {
    // Lost answers are asked for again (Query) by the next pass that finds the step sent.
    if (!isStoreError(error)) throw error;
    deps.logger.warn('could not store an admin report', { error: error.message });
  }
}
