// The address the API is reached at, as the leader names itself and as Mesos links to it: bound
// to a wildcard, the bound address says nothing to a reader elsewhere.
import type { ApiSettings } from '../config/schema.js';

const WILDCARDS = new Set(['0.0.0.0', '::', '[::]']);

/** "host:port" from the advertised host, else the bound host unless a wildcard, else `hostname`. */
export function advertisedAddress(api: ApiSettings, boundPort: number, hostname: string): string {
  const host = api.advertisedHost ?? (WILDCARDS.has(api.host) ? hostname : api.host);
  return `${host.includes(':') && !host.startsWith('[') ? `[${host}]` : host}:${boundPort}`;
}
