// The "shape" of a message: the set of field paths it sets (arrays index-free), so an event of ours
// can be compared with a real Mesos recording whose ids and values differ.
import { readFileSync } from 'node:fs';
import { mesos } from '@cmf/proto';
import { realMesosFixture } from '../../testing/fixtures.js';

export function fieldPaths(value: unknown, prefix = ''): string[] {
  if (value === null || value === undefined) return [];
  if (value instanceof Uint8Array || typeof value !== 'object') return [prefix];
  if (Array.isArray(value))
    return [...new Set(value.flatMap((v: unknown) => fieldPaths(v, prefix)))];
  const paths = Object.entries(value).flatMap(([k, v]) =>
    fieldPaths(v, prefix === '' ? k : `${prefix}.${k}`),
  );
  return [...new Set(paths)].sort();
}

export function eventShape(event: mesos.v1.scheduler.Event): string[] {
  const Event = mesos.v1.scheduler.Event;
  return fieldPaths(Event.toObject(Event.fromObject(event), { defaults: false }));
}

export function fixtureEvent(name: string): mesos.v1.scheduler.Event {
  return mesos.v1.scheduler.Event.decode(readFileSync(realMesosFixture(`scheduler/${name}`)));
}

export function fixtureText(name: string): string {
  return readFileSync(realMesosFixture(name), 'utf8');
}
