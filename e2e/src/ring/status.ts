// What a scheduler's REST API says about the ring (GET /v1/status), read into the few facts the
// harness and `make run` act on: who leads, whether reconciliation settled, each node's phase,
// address, task, health and reason. Fields it does not know are ignored, so the API can grow;
// adapting to a renamed field is an edit here alone.

export interface NodeProgress {
  readonly nodeId: string;
  readonly seed: boolean;
  readonly phase: string;
  readonly address: string | null;
  readonly taskId: string | null;
  readonly taskState: string | null;
  /** From the executor's last health report; null before the first one. */
  readonly operationMode: string | null;
  /** Empty when the last probe worked. */
  readonly problem: string | null;
  /** Why the node is where it is, or what it waits for. */
  readonly reason: string;
}

export interface RingStatus {
  /** Whether the process that answered leads the ring. */
  readonly isLeader: boolean;
  /** Who leads, as the API names it (the leader's API address and pid); null: nobody. */
  readonly leader: string | null;
  /** 'settled' once the leader's explicit reconciliation is done; 'not leading' on a standby. */
  readonly reconciliation: string;
  readonly frameworkId: string | null;
  readonly desiredNodes: number | null;
  readonly nodes: readonly NodeProgress[];
}

type Json = Readonly<Record<string, unknown>>;

const isObject = (v: unknown): v is Json =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);
const num = (v: unknown): number | null => (typeof v === 'number' ? v : null);
const objectAt = (raw: Json, key: string): Json => {
  const value = raw[key];
  return isObject(value) ? value : {};
};

function nodeProgress(raw: unknown, index: number): NodeProgress {
  const node = isObject(raw) ? raw : {};
  const health = objectAt(node, 'health');
  return {
    nodeId: str(node['id']) ?? `#${index}`,
    seed: node['seed'] === true,
    phase: str(node['phase']) ?? 'Unknown',
    address: str(node['address']),
    taskId: str(node['taskId']),
    taskState: str(node['taskState']),
    operationMode: str(health['operationMode']),
    problem: str(health['problem']),
    reason: str(node['reason']) ?? '',
  };
}

/** Reads a /v1/status body; throws only when it is not a JSON object at all. */
export function parseRingStatus(raw: unknown): RingStatus {
  if (!isObject(raw)) throw new TypeError(`/v1/status is not a JSON object: ${String(raw)}`);
  const leadership = objectAt(raw, 'leadership');
  const nodes = Array.isArray(raw['nodes']) ? (raw['nodes'] as unknown[]) : [];
  return {
    isLeader: leadership['isLeader'] === true,
    leader: str(leadership['leader']),
    reconciliation: str(raw['reconciliation']) ?? 'unknown',
    frameworkId: str(objectAt(raw, 'framework')['id']),
    desiredNodes: num(objectAt(raw, 'desired')['nodes']),
    nodes: nodes.map(nodeProgress),
  };
}

/** Up in the scheduler's eyes, and the executor's last probe saw it NORMAL. */
export function isNodeServing(node: NodeProgress): boolean {
  return node.phase === 'Up' && node.operationMode === 'NORMAL' && !node.problem;
}

/** GET a JSON document with a deadline; a non-2xx answer throws with its status and body. */
export async function getJson(url: string, timeoutMs = 2_000): Promise<unknown> {
  const response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs) });
  const body = await response.text();
  if (!response.ok) throw new Error(`GET ${url}: ${response.status} ${body.slice(0, 200)}`);
  return JSON.parse(body) as unknown;
}

export async function readRingStatus(apiUrl: string, timeoutMs = 2_000): Promise<RingStatus> {
  return parseRingStatus(await getJson(`${apiUrl}/v1/status`, timeoutMs));
}
