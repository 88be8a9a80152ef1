// Finds test fixtures: the recordings of a real Mesos agent (<repo>/../shared/fixtures/real-mesos)
// and the replies captured from a real Cassandra node (executor/src/testing/fixtures, kept in
// src/ because tsc copies no data files; see capture-fixtures.ts for how they were made).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

// Compiled to executor/dist/testing/, so the repository root is three folders up.
const REPO = fileURLToPath(new URL('../../../', import.meta.url));
export const CAPTURED_DIR = `${REPO}executor/src/testing/fixtures`;
const REAL_MESOS_DIR = `${REPO}../shared/fixtures/real-mesos`;

export function realMesosBytes(path: string): Uint8Array {
  return new Uint8Array(readFileSync(`${REAL_MESOS_DIR}/${path}`));
}

export function realMesosJson(path: string): unknown {
  return JSON.parse(readFileSync(`${REAL_MESOS_DIR}/${path}`, 'utf8')) as unknown;
}

export function capturedText(name: string): string {
  return readFileSync(`${CAPTURED_DIR}/${name}`, 'utf8');
}

export function capturedJson(name: string): unknown {
  return JSON.parse(capturedText(name)) as unknown;
}
