// Builds the java command line for one nodetool call against a node's JMX port. nodetool is a
// class inside cassandra-all, so it runs from the distribution's lib/ like the server does. Pure.
import { libClasspath, type Command, type Distribution } from './argv.js';
import { moduleAccessFlags } from './jvm-options.js';

export const NODETOOL_MAIN_CLASS = 'org.apache.cassandra.tools.NodeTool';

export interface NodetoolCall {
  readonly distribution: Distribution;
  /** The node's JMX address and port (the address JMX is bound to, never 0.0.0.0). */
  readonly host: string;
  readonly jmxPort: number;
  /** nodetool's own arguments, e.g. ['status'] or ['decommission', '--force']. */
  readonly args: readonly string[];
  readonly javaPath?: string;
}

export function buildNodetoolCommand(call: NodetoolCall): Command {
  const { distribution } = call;
  return {
    command: call.javaPath ?? 'java',
    args: [
      // A short-lived client: small heap, one GC thread, C1 only, so each call starts quickly.
      '-Xmx128m',
      '-XX:+UseSerialGC',
      '-XX:TieredStopAtLevel=1',
      '-Djava.net.preferIPv4Stack=true',
      '-Djdk.attach.allowAttachSelf=true',
      ...moduleAccessFlags(distribution.jvmOptions),
      // Warnings to stderr only, so stdout is nothing but nodetool's answer.
      `-Dlogback.configurationFile=${distribution.home}/conf/logback-tools.xml`,
      '-cp',
      libClasspath(distribution).join(':'),
      NODETOOL_MAIN_CLASS,
      '-h',
      call.host,
      '-p',
      String(call.jmxPort),
      ...call.args,
    ],
    env: {},
  };
}
