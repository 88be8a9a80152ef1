// How a CommandInfo becomes a process (protocol §5.6): `shell` (the proto default) runs
// `/bin/sh -c value`; otherwise value is the program and `arguments` its whole argv, argv[0] included.
import type { mesos } from '@cmf/proto';

type CommandInfo = mesos.v1.CommandInfo.$Properties;

export function commandLine(command: CommandInfo): { file: string; args: string[]; argv0: string } {
  const value = command.value ?? '';
  if (command.shell !== false) return { file: '/bin/sh', args: ['-c', value], argv0: 'sh' };
  const [argv0 = value, ...args] = command.arguments ?? [];
  return { file: value, args, argv0 };
}
