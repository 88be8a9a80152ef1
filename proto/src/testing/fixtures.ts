// Locates the recordings of a real Mesos master and agent (shared/fixtures/real-mesos), which
// sit next to the repository: <repo>/../shared. Compiled to dist/testing/, hence the four hops.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../../../shared/fixtures/real-mesos/', import.meta.url));

function requireRoot(): string {
  if (!existsSync(ROOT)) {
    throw new Error(
      `real-Mesos fixtures not found at ${ROOT}: they live in <repo>/../shared/fixtures/real-mesos`,
    );
  }
  return ROOT;
}

/** The bytes of one fixture, e.g. `fixtureBytes('scheduler/event-01-subscribed.pb')`. */
export function fixtureBytes(path: string): Uint8Array {
  return new Uint8Array(readFileSync(requireRoot() + path));
}

/** A JSON fixture, parsed. */
export function fixtureJson(path: string): unknown {
  return JSON.parse(readFileSync(requireRoot() + path, 'utf8')) as unknown;
}

/** Every `.pb` fixture in a folder ('scheduler' or 'executor'), sorted by name. */
export function pbFixtures(folder: string): string[] {
  return readdirSync(requireRoot() + folder)
    .filter((name) => name.endsWith('.pb'))
    .sort()
    .map((name) => `${folder}/${name}`);
}
