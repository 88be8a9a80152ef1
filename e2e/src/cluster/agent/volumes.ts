// Persistent volumes on disk: a directory per volume under <workDir>/volumes/roles/<role>/<id>, kept in
// step with the checkpointed resources the master sends (CREATE makes it, DESTROY removes it), and
// shown inside a task's sandbox at the volume's container_path (a symlink stands in for a bind mount).
// Synchronous on purpose: a few mkdir/symlink calls, and LAUNCH must not overtake its volumes.
import { lstatSync, mkdirSync, readlinkSync, rmSync, rmdirSync, symlinkSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Resource } from '../link.js';
import { mountPointInSandbox, volumePath } from './paths.js';

export interface VolumeRef {
  readonly role: string;
  readonly persistenceId: string;
  /** Where a task sees the volume, relative to its sandbox. */
  readonly containerPath: string | undefined;
}

/** The role that owns a volume: the top of the reservation stack (or the old `role` field). */
function volumeRole(r: Resource): string {
  const stack = r.reservations ?? [];
  return stack[stack.length - 1]?.role ?? r.role ?? '*';
}

/** The persistent volumes among some resources. */
export function volumesIn(resources: readonly Resource[]): VolumeRef[] {
  const out: VolumeRef[] = [];
  for (const r of resources) {
    const id = r.disk?.persistence?.id;
    if (id === undefined) continue;
    out.push({
      role: volumeRole(r),
      persistenceId: id,
      containerPath: r.disk?.volume?.container_path,
    });
  }
  return out;
}

/**
 * Makes the volume directories follow a change of the checkpointed resources: creates the new ones and
 * removes, with their data, the ones that are gone (destroyed), as Mesos does.
 */
export function syncVolumes(
  workDir: string,
  previous: readonly Resource[],
  next: readonly Resource[],
): void {
  const paths = (rs: readonly Resource[]): Set<string> =>
    new Set(volumesIn(rs).map((v) => volumePath(workDir, v.role, v.persistenceId)));
  const wanted = paths(next);
  for (const path of wanted) mkdirSync(path, { recursive: true });
  for (const path of paths(previous)) {
    if (!wanted.has(path)) rmSync(path, { recursive: true, force: true });
  }
}

/** Shows each volume among the resources at its container_path inside the sandbox. */
export function mountVolumes(
  workDir: string,
  sandbox: string,
  resources: readonly Resource[],
): void {
  for (const v of volumesIn(resources)) {
    if (v.containerPath === undefined) continue;
    const target = volumePath(workDir, v.role, v.persistenceId);
    mkdirSync(target, { recursive: true });
    const mountPoint = mountPointInSandbox(sandbox, v.containerPath);
    if (isLinkTo(mountPoint, target)) continue;
    mkdirSync(dirname(mountPoint), { recursive: true });
    try {
      rmdirSync(mountPoint); // an empty directory left where the mount point goes
    } catch {
      // nothing there yet
    }
    symlinkSync(target, mountPoint, 'dir');
  }
}

function isLinkTo(path: string, target: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink() && readlinkSync(path) === target;
  } catch {
    return false;
  }
}
