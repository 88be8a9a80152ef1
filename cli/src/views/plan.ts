// The plan as a tree in the layout of DC/OS `plan show`: the deploy plan, its phases (seeds
// first, then the other nodes, as the ring starts them) and one step per node with its status,
// phase and reason; a progress bar while it is under way; then what the last pass asked for.
import type { PlanStep, PlanView, StepStatus } from '../api.js';
import { progressBar } from '../format/progress.js';
import { renderTree, type TreeNode } from '../format/tree.js';
import { byNodeNumber } from './nodes.js';

export type TreeStatus = 'COMPLETE' | 'IN_PROGRESS' | 'WAITING' | 'ERROR' | 'PENDING';

export function stepStatus(status: StepStatus): TreeStatus {
  switch (status) {
    case 'done':
      return 'COMPLETE';
    case 'inProgress':
      return 'IN_PROGRESS';
    case 'waiting':
      return 'WAITING';
    case 'failed':
      return 'ERROR';
  }
}

/** A phase or plan: ERROR if a step failed, COMPLETE when all are done, else how far it got. */
export function groupStatus(steps: readonly Pick<PlanStep, 'status'>[]): TreeStatus {
  const statuses = steps.map((s) => s.status);
  if (statuses.length === 0) return 'PENDING';
  if (statuses.includes('failed')) return 'ERROR';
  if (statuses.every((s) => s === 'done')) return 'COMPLETE';
  if (statuses.some((s) => s === 'done' || s === 'inProgress')) return 'IN_PROGRESS';
  return 'WAITING';
}

function stepNode(step: PlanStep): TreeNode {
  const reason = step.reason === '' ? '' : `: ${step.reason}`;
  return {
    label: `${step.nodeId} (${stepStatus(step.status)}, ${step.phase})${reason}`,
    children: [],
  };
}

function phaseNode(name: string, steps: readonly PlanStep[]): TreeNode[] {
  if (steps.length === 0) return [];
  const sorted = [...steps].sort((a, b) => byNodeNumber({ id: a.nodeId }, { id: b.nodeId }));
  return [{ label: `${name} (${groupStatus(steps)})`, children: sorted.map(stepNode) }];
}

export function planTree(plan: PlanView): TreeNode {
  const status = groupStatus(plan.steps);
  const done = plan.steps.filter((s) => s.status === 'done').length;
  const bar =
    status === 'COMPLETE' || plan.steps.length === 0
      ? ''
      : `  ${progressBar(done, plan.steps.length)} nodes`;
  return {
    label: `deploy (${status})${bar}`,
    children: [
      ...phaseNode(
        'seeds',
        plan.steps.filter((s) => s.seed),
      ),
      ...phaseNode(
        'nodes',
        plan.steps.filter((s) => !s.seed),
      ),
    ],
  };
}

export function renderPlan(plan: PlanView): string {
  const tree = renderTree(planTree(plan));
  if (plan.actions.length === 0) return tree;
  const actions = plan.actions.map((a) => `  ${a.type}: ${a.reason}`);
  return [tree, '', 'last pass:', ...actions].join('\n');
}
