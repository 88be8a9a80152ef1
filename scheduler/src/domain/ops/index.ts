// Self-healing and change, pure: the ring's serial queue, the availability guard, restart in
// place and replace, scaling through the node count, and rolling config changes. The runtime
// calls planOps once per reconcile pass and the request functions from the API and event loops.
export type { OpsAction, OpsActionType } from './actions.js';
export {
  queueChange,
  validateChange,
  type ChangeContext,
  type ChangeError,
  type ChangeErrorCode,
  type ChangeResult,
  type ConfigDiff,
  type NodeRestart,
  type ScaleChange,
} from './change.js';
export type { Effect, FieldChange, RunningConfig } from './change-fields.js';
export {
  checkAvailability,
  quorumOf,
  type GuardAnswer,
  type GuardInput,
  type GuardPurpose,
  type KeyspaceRf,
} from './guard.js';
export {
  crashLoop,
  healWork,
  isDown,
  replaceDue,
  updateWatches,
  type CrashLoop,
  type ReplaceDue,
} from './heal.js';
export { effectiveNodeCount, planOps, type OpsInput, type OpsPlan } from './plan.js';
export { DEFAULT_OPS_POLICY, type CrashLoopPolicy, type OpsPolicy } from './policy.js';
export {
  STEPS,
  type ItemState,
  type OpItem,
  type OpKind,
  type OpOrigin,
  type StepName,
  type StepStatus,
} from './queue.js';
export { forgetRepairDue, noteRepairsDue, repairsDue } from './repairs-due.js';
export { releaseStale, staleAgents, type StaleRelease } from './release.js';
export type { OpsReport, QueueLine, Transition } from './report.js';
export { storedReport } from './report.js';
export {
  admitRepair,
  applyAdminAnswer,
  releaseRepair,
  repairQueueHolder,
  requestOperation,
  type AdminAnswer,
  type AdminState,
  type RepairAdmission,
  type RequestError,
  type RequestKind,
  type RequestResult,
} from './requests.js';
export { observeRing, type Member, type MemberStatus } from './ring.js';
export { decommissionGate, scaleWork } from './scale.js';
export { EMPTY_OPS_STATE, type NodeWatch, type OpsState, type StaleReservation } from './state.js';
export { launchSeeds, seedAddresses, type LaunchSeeds } from './seeds.js';
