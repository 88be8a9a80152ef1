// Reads the distribution's JVM option files (conf/jvm-server.options, conf/jvm17-server.options):
// every line starting with '-' holds options, split on whitespace; '#' lines are comments.

export function parseJvmOptions(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.startsWith('-'))
    .flatMap((line) => line.split(/\s+/));
}

const MODULE_FLAGS: ReadonlySet<string> = new Set(['--add-exports', '--add-opens']);

/**
 * Only the module-system flags (`--add-exports X`, `--add-opens X`, each with its value): what a
 * client tool such as nodetool needs from the server's list, without the server's GC tuning.
 */
export function moduleAccessFlags(options: readonly string[]): string[] {
  const flags: string[] = [];
  options.forEach((option, i) => {
    const value = options[i + 1];
    if (MODULE_FLAGS.has(option) && value !== undefined) flags.push(option, value);
  });
  return flags;
}
