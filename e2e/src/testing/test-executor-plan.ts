// What the test executor does with a task, decided from TaskInfo.data (JSON) or its environment:
// the scripted behaviours the agent's conformance tests and the cluster's end-to-end tests need.
import { fileURLToPath } from 'node:url';

/** The compiled test executor; run it as `exec '<node>' '<this path>'`. */
export const TEST_EXECUTOR = fileURLToPath(new URL('./test-executor.js', import.meta.url));

/**
 * - run: TASK_RUNNING, then wait for KILL (→ TASK_KILLED).
 * - finish: TASK_RUNNING, then TASK_FINISHED (after `finishAfterMs`, default at once).
 * - exit: TASK_RUNNING; once that update is ACKNOWLEDGED the process exits with `exitCode`.
 * - grandchild: start a long `sleep` in the executor's process group (its pid in grandchild.pid) and
 *   another in a session of its own (detached-grandchild.pid), then TASK_RUNNING: proves the agent kills
 *   the whole container, not just the executor's group.
 * - silent: send nothing at all.
 */
export type TestTaskMode = 'run' | 'finish' | 'exit' | 'grandchild' | 'silent';

export interface TestTaskPlan {
  readonly mode: TestTaskMode;
  readonly exitCode: number;
  readonly finishAfterMs: number;
}

const MODES: readonly TestTaskMode[] = ['run', 'finish', 'exit', 'grandchild', 'silent'];

/** `data` is TaskInfo.data; `fallback` the executor's TEST_EXECUTOR_MODE. Unknown input means `run`. */
export function planTask(
  data: Uint8Array | null | undefined,
  fallback: string | undefined,
): TestTaskPlan {
  const fromData = parse(data);
  const mode = [fromData['mode'], fallback].find(isMode) ?? 'run';
  return {
    mode,
    exitCode: numberOr(fromData['exitCode'], 0),
    finishAfterMs: numberOr(fromData['finishAfterMs'], 0),
  };
}

function numberOr(value: unknown, fallback: number): number {
  return typeof value === 'number' ? value : fallback;
}

function isMode(value: unknown): value is TestTaskMode {
  return typeof value === 'string' && (MODES as readonly string[]).includes(value);
}

function parse(data: Uint8Array | null | undefined): Record<string, unknown> {
  if (!data || data.length === 0) return {};
  try {
    const value: unknown = JSON.parse(Buffer.from(data).toString('utf8'));
    return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/** TaskInfo.data for a mode, for tests that build tasks. */
export function taskData(
  mode: TestTaskMode,
  options: { exitCode?: number; finishAfterMs?: number } = {},
): Uint8Array {
  return Buffer.from(JSON.stringify({ mode, ...options }));
}
