// Reads the text of `nodetool status` (5.0 has no JSON form for it): one row per node, grouped by
// datacenter. Pure; columns other than state, address, host ID and rack are not interpreted.

export type NodeStatus = 'Up' | 'Down';
export type NodeState = 'Normal' | 'Leaving' | 'Joining' | 'Moving';

export interface StatusRow {
  readonly datacenter: string;
  readonly status: NodeStatus;
  readonly state: NodeState;
  /** As printed: an IP, or ip:port with --print-port. */
  readonly address: string;
  readonly hostId: string | undefined;
  readonly rack: string;
}

const STATUS: Readonly<Record<string, NodeStatus>> = { U: 'Up', D: 'Down' };
const STATE: Readonly<Record<string, NodeState>> = {
  N: 'Normal',
  L: 'Leaving',
  J: 'Joining',
  M: 'Moving',
};
const ROW = /^([UD])([NLJM])\s+(\S+)\s+(.*\S)\s*$/;
const HOST_ID = /\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/;

export function parseNodetoolStatus(text: string): StatusRow[] {
  const rows: StatusRow[] = [];
  let datacenter = '';
  for (const line of text.split('\n')) {
    const dc = /^Datacenter: (.+)$/.exec(line);
    if (dc?.[1] !== undefined) datacenter = dc[1].trim();
    const row = parseRow(datacenter, line);
    if (row !== undefined) rows.push(row);
  }
  return rows;
}

function parseRow(datacenter: string, line: string): StatusRow | undefined {
  const [, status = '', state = '', address = '', rest = ''] = ROW.exec(line) ?? [];
  const statusValue = STATUS[status];
  const stateValue = STATE[state];
  if (statusValue === undefined || stateValue === undefined) return undefined;
  return {
    datacenter,
    status: statusValue,
    state: stateValue,
    address,
    hostId: HOST_ID.exec(rest)?.[0],
    rack: rest.split(/\s+/).at(-1) ?? '',
  };
}

/** The two-letter code nodetool prints, e.g. `UN` for up and normal. */
export function statusCode(row: StatusRow): string {
  return `${row.status.charAt(0)}${row.state.charAt(0)}`;
}
