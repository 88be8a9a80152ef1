// Where the leading master is: "host:port", and how a 307's Location moves it. Mesos sends a
// protocol-relative Location ("//host:port/api/v1/scheduler"); like mesos-go we keep our scheme
// and path and take only host:port from it.

export interface Endpoint {
  readonly host: string;
  readonly port: number;
}

export function parseEndpoint(text: string): Endpoint | null {
  const match = /^\[?([^\]/]+?)\]?:(\d{1,5})$/.exec(text.trim());
  if (!match?.[1] || !match[2]) return null;
  const port = Number(match[2]);
  return port > 0 && port < 65_536 ? { host: match[1], port } : null;
}

/** The endpoint a Location header points at, or null when it names none. */
export function followLocation(location: string): Endpoint | null {
  const withoutScheme = location.trim().replace(/^[a-z]+:/i, '');
  const authority = /^\/\/([^/?#]+)/.exec(withoutScheme)?.[1] ?? withoutScheme.split('/')[0] ?? '';
  return parseEndpoint(authority);
}

export function showEndpoint(e: Endpoint): string {
  return e.host.includes(':') ? `[${e.host}]:${e.port}` : `${e.host}:${e.port}`;
}
