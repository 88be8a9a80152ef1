// Where the recordings of a real Mesos master and agent live: ../shared/fixtures/real-mesos next to
// the repository checkout (the reference location).
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

/** e2e/dist/testing/ → repository root → its sibling shared/. */
const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

export const REAL_MESOS_FIXTURES = join(REPO_ROOT, '..', 'shared', 'fixtures', 'real-mesos');

export function realMesosFixture(relative: string): string {
  return join(REAL_MESOS_FIXTURES, relative);
}
