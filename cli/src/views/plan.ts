// The plan as a tree (plan -> phase -> step, each with its status and reason), with a progress bar
// while it runs: DC/OS `plan show` as operators know it, plus the reasons it lacked.
import type { PlanPhase, PlanStatus, PlanStep, PlanView } from '../api.js';
import { progressBar } from '../format/progress.js';
import { renderTree, type TreeNode } from '../format/tree.js';

/** Statuses of a plan or phase that is under way: these get a progress bar. */
export function isUnderWay(status: PlanStatus): boolean {
  switch (status) {
    case 'PREPARED':
    case 'STARTING':
    case 'STARTED':
    case 'IN_PROGRESS':
    case 'WAITING':
    case 'DELAYED':
      return true;
    case 'PENDING':
    case 'COMPLETE':
    case 'ERROR':
      return false;
  }
}

export function planTree(plan: PlanView): TreeNode {
  const steps = plan.phases.flatMap((phase) => phase.steps);
  const done = steps.filter((step) => step.status === 'COMPLETE').length;
  const bar = isUnderWay(plan.status) ? `  ${progressBar(done, steps.length)} steps` : '';
  return { label: `${plan.name} (${plan.status})${bar}`, children: plan.phases.map(phaseNode) };
}

function phaseNode(phase: PlanPhase): TreeNode {
  return { label: `${phase.name} (${phase.status})`, children: phase.steps.map(stepNode) };
}

function stepNode(step: PlanStep): TreeNode {
  const reason = step.reason === '' ? '' : `: ${step.reason}`;
  const lines = [`${step.name} (${step.status})${reason}`];
  if (step.progress !== null && isUnderWay(step.status)) {
    const { done, total, unit } = step.progress;
    lines.push(`${progressBar(done, total, 10)} ${unit}`);
  }
  return { label: lines.join('\n'), children: [] };
}

export function renderPlan(plan: PlanView): string {
  const tree = renderTree(planTree(plan));
  if (plan.errors.length === 0) return tree;
  return [tree, '', 'errors:', ...plan.errors.map((e) => `  - ${e}`)].join('\n');
}
