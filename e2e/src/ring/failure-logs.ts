// The logs that explain a failed ring test: each scheduler's output, each executor's stdout and
// stderr from its sandbox, each Cassandra node's system.log, and the local cluster's own log. Found
// on disk, so it works for processes that are already gone.
import { readdir, readFile } from 'node:fs/promises';
import { basename, join, relative, sep } from 'node:path';

export interface LogFile {
  /** How the report names it, e.g. `agent-0 node-1-executor stderr`. */
  readonly label: string;
  readonly path: string;
}

/** File names worth showing from a sandbox, and what each is. */
const SANDBOX_FILES: Readonly<Record<string, string>> = {
  stdout: 'executor stdout',
  stderr: 'executor stderr',
  'system.log': 'Cassandra system.log',
};

/**
 * Executor and Cassandra logs under a cluster work dir (agent-<i>/slaves/.../executors/<id>/runs/
 * <container>/). Persistent volumes and the unpacked distribution are skipped: nothing there
 * explains a failure, and they hold many files.
 */
export async function sandboxLogs(clusterWorkDir: string): Promise<LogFile[]> {
  const entries = await readdir(clusterWorkDir, { recursive: true }).catch(() => []);
  return entries
    .filter((path) => SANDBOX_FILES[basename(path)] !== undefined && isInSandbox(path))
    .sort()
    .map((path) => ({ label: labelOf(path), path: join(clusterWorkDir, path) }));
}

function isInSandbox(path: string): boolean {
  const parts = path.split(sep);
  return (
    parts.includes('executors') &&
    parts.includes('runs') &&
    !parts.includes('volumes') &&
    !parts.some((p) => p.startsWith('apache-cassandra'))
  );
}

/** `agent-0 node-1-executor executor stderr` from agent-0/slaves/.../executors/node-1-executor/... */
function labelOf(path: string): string {
  const parts = path.split(sep);
  const executor = parts[parts.indexOf('executors') + 1] ?? '?';
  return `${parts[0] ?? '?'} ${executor} ${SANDBOX_FILES[basename(path)] ?? basename(path)}`;
}

/** The last `lines` lines of a file; a missing file reads as empty. */
export async function tailOf(path: string, lines: number): Promise<string> {
  const text = await readFile(path, 'utf8').catch(() => '');
  return text
    .split('\n')
    .slice(-lines - 1)
    .join('\n')
    .trimEnd();
}

/** One block per file, each headed with its label and where it is. */
export async function renderLogs(
  files: readonly LogFile[],
  lines: number,
  root?: string,
): Promise<string> {
  const blocks = await Promise.all(
    files.map(async (file) => {
      const where = root === undefined ? file.path : relative(root, file.path);
      const tail = await tailOf(file.path, lines);
      return `===== ${file.label} (${where}) =====\n${tail === '' ? '(empty)' : tail}`;
    }),
  );
  return blocks.join('\n');
}
