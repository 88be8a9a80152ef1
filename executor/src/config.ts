// The executor's own settings, read from the environment the Mesos agent gives it (protocol doc
// §9.3). Pure: main.ts passes process.env in; every problem comes back as a named field error.
import { parseDuration } from './domain/duration.js';

export interface AgentEndpoint {
  readonly host: string;
  readonly port: number;
}

export interface ExecutorConfig {
  readonly frameworkId: string;
  readonly executorId: string;
  readonly agent: AgentEndpoint;
  /** Everything the executor writes lives here or on the node's persistent volume below it. */
  readonly sandbox: string;
  /** With checkpointing the executor outlives an agent restart and re-subscribes. */
  readonly checkpoint: boolean;
  readonly recoveryTimeoutMs: number;
  readonly subscriptionBackoffMaxMs: number;
  readonly shutdownGracePeriodMs: number;
  /** `$JAVA_HOME/bin/java`, or `java` from PATH. */
  readonly javaPath: string;
  /** Test rings only (CMF_CASSANDRA_FAST_START=1): Cassandra's start-up shortcuts. */
  readonly fastStart: boolean;
}

export type ConfigErrorCode = 'MISSING' | 'INVALID';

export interface ConfigFieldError {
  readonly code: ConfigErrorCode;
  readonly variable: string;
  readonly message: string;
}

export type ConfigParse =
  | { readonly ok: true; readonly config: ExecutorConfig }
  | { readonly ok: false; readonly errors: readonly ConfigFieldError[] };

type Env = Readonly<Record<string, string | undefined>>;

// Mesos's own defaults (protocol doc §10), for variables a non-checkpointing agent leaves out.
const DEFAULT_RECOVERY_TIMEOUT_MS = 15 * 60_000;
const DEFAULT_BACKOFF_MAX_MS = 2_000;
const DEFAULT_SHUTDOWN_GRACE_MS = 5_000;

export function parseExecutorConfig(env: Env): ConfigParse {
  const errors: ConfigFieldError[] = [];
  const fields = new EnvFields(env, errors);
  const config: ExecutorConfig = {
    frameworkId: fields.required('MESOS_FRAMEWORK_ID'),
    executorId: fields.required('MESOS_EXECUTOR_ID'),
    agent: fields.endpoint('MESOS_AGENT_ENDPOINT'),
    sandbox: env['MESOS_SANDBOX'] ?? fields.required('MESOS_DIRECTORY'),
    checkpoint: fields.flag('MESOS_CHECKPOINT'),
    recoveryTimeoutMs: fields.duration('MESOS_RECOVERY_TIMEOUT', DEFAULT_RECOVERY_TIMEOUT_MS),
    subscriptionBackoffMaxMs: fields.duration(
      'MESOS_SUBSCRIPTION_BACKOFF_MAX',
      DEFAULT_BACKOFF_MAX_MS,
    ),
    shutdownGracePeriodMs: fields.duration(
      'MESOS_EXECUTOR_SHUTDOWN_GRACE_PERIOD',
      DEFAULT_SHUTDOWN_GRACE_MS,
    ),
    javaPath: env['JAVA_HOME'] ? `${env['JAVA_HOME']}/bin/java` : 'java',
    fastStart: fields.flag('CMF_CASSANDRA_FAST_START'),
  };
  return errors.length === 0 ? { ok: true, config } : { ok: false, errors };
}

/** Reads one variable at a time, collecting every problem instead of stopping at the first. */
class EnvFields {
  constructor(
    private readonly env: Env,
    private readonly errors: ConfigFieldError[],
  ) {}

  required(variable: string): string {
    const value = this.env[variable];
    if (value === undefined || value === '') {
      this.errors.push({ code: 'MISSING', variable, message: `${variable} is not set` });
      return '';
    }
    return value;
  }

  /** Mesos writes "1" or "0" (not true/false); unset means off. */
  flag(variable: string): boolean {
    const value = this.env[variable];
    if (value === undefined || value === '' || value === '0') return false;
    if (value === '1') return true;
    this.invalid(variable, `${variable} must be "1" or "0", got ${JSON.stringify(value)}`);
    return false;
  }

  duration(variable: string, fallbackMs: number): number {
    const value = this.env[variable];
    if (value === undefined || value === '') return fallbackMs;
    const parsed = parseDuration(value);
    if (parsed.ok) return parsed.ms;
    this.invalid(variable, `${variable}: ${parsed.reason}`);
    return fallbackMs;
  }

  /** `ip:port`, no scheme and no path (protocol doc §9.3). */
  endpoint(variable: string): AgentEndpoint {
    const value = this.required(variable);
    if (value === '') return { host: '', port: 0 };
    const match = /^([^\s/:]+):(\d{1,5})$/.exec(value);
    const port = Number(match?.[2]);
    if (match?.[1] === undefined || port < 1 || port > 65535) {
      this.invalid(variable, `${variable} must be host:port, got ${JSON.stringify(value)}`);
      return { host: '', port: 0 };
    }
    return { host: match[1], port };
  }

  private invalid(variable: string, message: string): void {
    this.errors.push({ code: 'INVALID', variable, message });
  }
}
