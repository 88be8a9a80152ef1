// Scheduled repair, pure: configuration, cron and window time math, run planning, the next
// decision, the event reducer and gc_grace status. The repair loop in runtime/ drives these.
export {
  afterReplaceReason,
  afterReplaceTrigger,
  decideDue,
  replaceItemOf,
  type DueDecision,
  type ReplaceRepairDue,
} from './after-replace.js';
export { parseCron, type CronSpec } from './cron.js';
export type { ConfigProblem } from './config-fields.js';
export {
  parseRepairConfig,
  REPAIR_DEFAULTS,
  type RawRepairConfig,
  type RepairConfig,
  type RepairType,
  type RetryPolicy,
} from './config.js';
export {
  nextRepairDecision,
  retryAt,
  type DisruptiveOperation,
  type QueueHolder,
  type RepairDecision,
  type RepairDecisionKind,
  type RepairSituation,
  type RingMember,
} from './decide.js';
export {
  applyRepairEvent,
  type AppliedRepair,
  type ExecutorRepairState,
  type RepairEvent,
} from './events.js';
export { gcGraceStatus, type GcGraceStatus, type KeyspaceGcGrace } from './gc-grace.js';
export {
  gcGraceReport,
  keyspaceGcGrace,
  type GcGraceReport,
  type SchemaGcGrace,
  type TableGcGrace,
} from './gc-grace-source.js';
export { isSystemKeyspace, resolveKeyspaces, type KeyspaceScope } from './keyspaces.js';
export { runShape, type RunShape } from './run-shape.js';
export { dueFire, nextFireAfter, type CronSchedule } from './next-fire.js';
export {
  isStepDone,
  keyspacesLeft,
  planRepairRun,
  resumeStep,
  runningStep,
  runStatus,
  type KeyspaceResult,
  type RepairRun,
  type RepairStep,
  type RepairTrigger,
  type RepairTriggerKind,
  type ReplaceSource,
  type RunGoal,
  type RunResult,
  type RunStatus,
} from './run.js';
export { formatWindow, isInsideWindow, nextWindowOpen, type RepairWindow } from './window.js';
export { canonicalZone, formatLocal } from './zone.js';
export { parseRepairEnv, REPAIR_ENV } from './env.js';
