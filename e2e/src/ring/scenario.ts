// What every end-to-end scenario does the same way: figures as JSON lines in the test output, and
// on a failed step, the ring's logs (schedulers, executors, Cassandra) printed under the failure.
import type { TestContext } from 'node:test';
import { defaultDepsDir } from '../runtime/deps.js';
import type { Ring, RingOptions } from './ring.js';

export interface Figure {
  readonly bench: string;
  readonly metric: string;
  readonly value: number;
  readonly unit: string;
}

export function figureLine(figure: Figure): string {
  return JSON.stringify(figure);
}

/** Reports a scenario's figures in the test's output (diagnostic lines of the test report). */
export function figures(
  bench: string,
): (t: TestContext, metric: string, value: number, unit: string) => void {
  return (t, metric, value, unit) => {
    t.diagnostic(figureLine({ bench, metric, value, unit }));
  };
}

/** Runs a step; if it fails, the ring's logs become diagnostics of this test, then it rethrows. */
export async function step<T>(
  t: TestContext,
  ring: Ring | undefined,
  body: () => Promise<T>,
): Promise<T> {
  try {
    return await body();
  } catch (error) {
    if (ring !== undefined) {
      for (const line of (await ring.explain(60)).split('\n')) t.diagnostic(line);
    }
    throw error;
  }
}

/**
 * A scenario's ring from the test process's environment: DEPS_DIR (default <repo>/.deps) and
 * E2E_SUBNET (default 127.0.2: agents on 127.0.2.1..N).
 */
export function scenarioRingOptions(
  env: Readonly<Record<string, string | undefined>>,
  shape: { readonly nodes: number; readonly schedulers: number },
): RingOptions {
  return {
    depsDir: env['DEPS_DIR'] ?? defaultDepsDir(),
    hostEnv: env,
    subnet: env['E2E_SUBNET'] ?? '127.0.2',
    ...shape,
  };
}
