// Adjusts a built server command line for what a node's config asks beyond the standard build:
// extra JVM options (placed before the classpath, so later switches win over the option files)
// and a Jolokia agent jar other than the distribution's own. Pure.
import { jolokiaAgentPath, type Command } from './argv.js';

export function withJvmOptions(command: Command, options: readonly string[]): Command {
  if (options.length === 0) return command;
  const cp = command.args.indexOf('-cp');
  const at = cp === -1 ? command.args.length : cp;
  return {
    ...command,
    args: [...command.args.slice(0, at), ...options, ...command.args.slice(at)],
  };
}

/** Points the `-javaagent:` of the distribution's Jolokia jar at `jarPath`, keeping its options. */
export function withJolokiaAgent(command: Command, home: string, jarPath: string): Command {
  const standard = `-javaagent:${jolokiaAgentPath(home)}=`;
  const args = command.args.map((arg) =>
    arg.startsWith(standard) ? `-javaagent:${jarPath}=${arg.slice(standard.length)}` : arg,
  );
  return { ...command, args };
}
