// What an executor learns from the environment its agent gave it (protocol §9.3): where the agent is,
// who it is, whether it may outlive an agent restart, and its grace period. Pure: main passes the
// environment in.
import { durationToMs, parseDuration } from '../../common/duration.js';
import type { SessionConfig } from './session.js';

export interface ExecutorSettings {
  readonly session: SessionConfig;
  /** MESOS_CHECKPOINT=1: re-subscribe after the agent went away, instead of exiting. */
  readonly checkpoint: boolean;
  /** MESOS_EXECUTOR_SHUTDOWN_GRACE_PERIOD (Mesos's default 5 s when absent). */
  readonly shutdownGraceMs: number;
  /** MESOS_DIRECTORY: the sandbox (also the mark of every process of the container). */
  readonly sandbox: string;
}

export type Environment = Readonly<Record<string, string | undefined>>;

export class ExecutorSettingsError extends Error {
  readonly code = 'EXECUTOR_ENVIRONMENT';
}

/** Throws ExecutorSettingsError when a variable every agent sets is missing. */
export function executorSettings(env: Environment): ExecutorSettings {
  return {
    session: {
      endpoint: required(env, 'MESOS_AGENT_ENDPOINT'),
      frameworkId: required(env, 'MESOS_FRAMEWORK_ID'),
      executorId: required(env, 'MESOS_EXECUTOR_ID'),
      backoffMaxMs: durationMs(env['MESOS_SUBSCRIPTION_BACKOFF_MAX'], 2000),
      recoveryTimeoutMs: durationMs(env['MESOS_RECOVERY_TIMEOUT'], 900_000),
    },
    checkpoint: env['MESOS_CHECKPOINT'] === '1',
    shutdownGraceMs: durationMs(env['MESOS_EXECUTOR_SHUTDOWN_GRACE_PERIOD'], 5000),
    sandbox: required(env, 'MESOS_DIRECTORY'),
  };
}

function required(env: Environment, name: string): string {
  const value = env[name];
  if (value === undefined) {
    throw new ExecutorSettingsError(`${name} is not set: not started by a Mesos agent`);
  }
  return value;
}

function durationMs(text: string | undefined, fallback: number): number {
  const parsed = text === undefined ? undefined : parseDuration(text);
  return parsed?.ok === true ? durationToMs(parsed.ns) : fallback;
}
