// Where an agent keeps things under its work dir, laid out like a Mesos agent's: sandboxes under
// slaves/<agent>/frameworks/<fid>/executors/<eid>/runs/<container>, persistent volumes under
// volumes/roles/<role>/<persistence id>, and what it checkpoints under meta/.
import { posix } from 'node:path';

/** The executor run's sandbox (MESOS_DIRECTORY / MESOS_SANDBOX, and the executor's cwd). */
export function sandboxPath(
  workDir: string,
  ids: { agentId: string; frameworkId: string; executorId: string; containerId: string },
): string {
  return posix.join(
    workDir,
    'slaves',
    segment(ids.agentId),
    'frameworks',
    segment(ids.frameworkId),
    'executors',
    segment(ids.executorId),
    'runs',
    segment(ids.containerId),
  );
}

/** A persistent volume's directory; it outlives tasks and executors until the volume is destroyed. */
export function volumePath(workDir: string, role: string, persistenceId: string): string {
  // Hierarchical roles ("eng/backend") nest directories, as Mesos does.
  const roleDirs = role.split('/').map(segment);
  return posix.join(workDir, 'volumes', 'roles', ...roleDirs, segment(persistenceId));
}

/** The agent's checkpoint: read by a restarted agent on the same work dir. */
export function checkpointPath(workDir: string): string {
  return posix.join(workDir, 'meta', 'agent.json');
}

/** The volume's mount point inside a sandbox; container_path is relative (Mesos rejects absolute ones). */
export function mountPointInSandbox(sandbox: string, containerPath: string): string {
  const parts = containerPath.split('/').filter((p) => p !== '' && p !== '.');
  return posix.join(sandbox, ...parts.map(segment));
}

/** Ids become path segments: refuse anything that could climb out of the work dir. */
function segment(id: string): string {
  if (id === '' || id === '.' || id === '..' || id.includes('/') || id.includes('\0')) {
    throw new RangeError(`not usable as a path segment: ${JSON.stringify(id)}`);
  }
  return id;
}
