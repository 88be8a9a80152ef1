// The fault-injection admin API on the master's port (not part of Mesos's API):
//   GET  /__faults                                      agents and their state
//   POST /__faults/agents/<index|agentId>/<kill|restart|stop|start>
//   POST /__faults/master/restart
//   POST /__faults/frameworks/<frameworkId>/<stop-heartbeats|drop-stream>
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AgentRef, ClusterAgent, Faults } from './cluster.js';

interface AdminTarget extends Faults {
  readonly agents: readonly ClusterAgent[];
}

function send(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'Content-Type': 'application/json',
    'Content-Length': Buffer.byteLength(text),
  });
  res.end(text);
}

const ref = (s: string): AgentRef => (/^\d+$/.test(s) ? Number(s) : decodeURIComponent(s));

type Action = (target: AdminTarget, arg: string) => Promise<unknown>;

const AGENT_ACTIONS: Record<string, Action> = {
  kill: (t, a) => t.killAgent(ref(a)),
  restart: (t, a) => t.restartAgent(ref(a)),
  stop: (t, a) => t.stopAgent(ref(a)),
  start: (t, a) => t.startAgent(ref(a)),
};

const FRAMEWORK_ACTIONS: Record<string, Action> = {
  'stop-heartbeats': (t, id) => Promise.resolve(t.stopHeartbeats(decodeURIComponent(id))),
  'drop-stream': (t, id) => Promise.resolve(t.dropStream(decodeURIComponent(id))),
};

function listAgents(target: AdminTarget): unknown {
  return target.agents.map((a) => ({
    index: a.index,
    agentId: a.agentId ?? null,
    endpoint: a.agent?.endpoint ?? `${a.spec.ip}:${a.spec.port}`,
    running: a.agent !== null,
  }));
}

function run(res: ServerResponse, action: () => Promise<unknown>): void {
  action().then(
    (result) => {
      send(res, result === false ? 404 : 200, { ok: result !== false });
    },
    (e: unknown) => {
      send(res, 400, { ok: false, error: String(e) });
    },
  );
}

function restartMaster(target: AdminTarget, res: ServerResponse): void {
  // Answer first: the restart closes this very connection.
  res.on('finish', () => {
    void target.restartMaster();
  });
  send(res, 202, { ok: true });
}

function post(
  target: AdminTarget,
  res: ServerResponse,
  [kind = '', id = '', verb = '']: string[],
): void {
  const agentAction = kind === 'agents' ? AGENT_ACTIONS[verb] : undefined;
  const frameworkAction = kind === 'frameworks' ? FRAMEWORK_ACTIONS[verb] : undefined;
  const action = agentAction ?? frameworkAction;
  if (kind === 'master' && id === 'restart') restartMaster(target, res);
  else if (action !== undefined) run(res, () => action(target, id));
  else send(res, 404, { ok: false, error: 'unknown fault' });
}

/** Routes for Master's extraRoutes; returns true when the request was one of them. */
export function adminRoutes(
  target: AdminTarget,
): (req: IncomingMessage, res: ServerResponse) => boolean {
  return (req, res) => {
    const parts =
      (req.url ?? '')
        .split('?')[0]
        ?.split('/')
        .filter((p) => p !== '') ?? [];
    if (parts[0] !== '__faults') return false;
    req.resume();
    if (req.method === 'GET' && parts.length === 1) send(res, 200, { agents: listAgents(target) });
    else if (req.method === 'POST') post(target, res, parts.slice(1));
    else send(res, 405, { ok: false, error: 'POST only' });
    return true;
  };
}
