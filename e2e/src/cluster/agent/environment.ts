// The environment a Mesos agent gives a custom executor (protocol doc §9.3, fixture executor-env.json):
// a clean environment (not the agent's own), the MESOS_* variables, then CommandInfo.environment on top.
import { formatDuration, formatDurationMs } from '../common/duration.js';

/** Mesos's default PATH for executors when the agent is not told otherwise (os::host_default_path). */
export const HOST_DEFAULT_PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

export interface ExecutorEnvironmentInput {
  readonly frameworkId: string;
  readonly executorId: string;
  readonly agentId: string;
  readonly agentIp: string;
  readonly agentPort: number;
  readonly sandbox: string;
  readonly checkpoint: boolean;
  /** ExecutorInfo.shutdown_grace_period if set, else the agent's default. */
  readonly shutdownGraceNs: bigint;
  readonly recoveryTimeoutMs: number;
  readonly reregistrationTimeoutMs: number;
  /** Like --executor_environment_variables: replaces the default {PATH}. */
  readonly base?: Readonly<Record<string, string>>;
  /** CommandInfo.environment's VALUE variables, applied last (they override the agent's). */
  readonly user: readonly { readonly name: string; readonly value: string }[];
}

export function executorEnvironment(input: ExecutorEnvironmentInput): Record<string, string> {
  const endpoint = `${input.agentIp}:${input.agentPort.toString()}`;
  const env: Record<string, string> = {
    ...(input.base ?? { PATH: HOST_DEFAULT_PATH }),
    LIBPROCESS_IP: input.agentIp,
    LIBPROCESS_PORT: '0',
    MESOS_AGENT_ENDPOINT: endpoint,
    MESOS_CHECKPOINT: input.checkpoint ? '1' : '0',
    MESOS_DIRECTORY: input.sandbox,
    MESOS_EXECUTOR_ID: input.executorId,
    MESOS_EXECUTOR_SHUTDOWN_GRACE_PERIOD: formatDuration(input.shutdownGraceNs),
    MESOS_FRAMEWORK_ID: input.frameworkId,
    MESOS_HTTP_COMMAND_EXECUTOR: '0',
    MESOS_SANDBOX: input.sandbox,
    MESOS_SLAVE_ID: input.agentId,
    MESOS_SLAVE_PID: `slave(1)@${endpoint}`,
  };
  if (input.checkpoint) {
    // Only checkpointing executors are recovered, so only they are told how long to retry.
    env['MESOS_RECOVERY_TIMEOUT'] = formatDurationMs(input.recoveryTimeoutMs);
    env['MESOS_SUBSCRIPTION_BACKOFF_MAX'] = formatDurationMs(input.reregistrationTimeoutMs);
  }
  for (const variable of input.user) env[variable.name] = variable.value;
  return env;
}
