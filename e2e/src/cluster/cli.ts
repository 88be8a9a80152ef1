// `node e2e/dist/cluster/cli.js [--master http://127.0.0.1:5050] <command> [arg]`: the fault API of a
// running local cluster from a shell. Commands: agents | kill-agent <id> | restart-agent <id> |
// stop-agent <id> | start-agent <id> | restart-master | stop-heartbeats <fid> | drop-stream <fid>.
// <id> is an agent's index (0-based) or its agent id.

const USAGE =
  'usage: cli.js [--master URL] agents | kill-agent <id> | restart-agent <id> | stop-agent <id> |\n' +
  '       start-agent <id> | restart-master | stop-heartbeats <frameworkId> | drop-stream <frameworkId>\n';

const COMMANDS: Record<string, (arg: string) => { method: string; path: string } | null> = {
  agents: () => ({ method: 'GET', path: '/__faults' }),
  'kill-agent': (id) =>
    id ? { method: 'POST', path: `/__faults/agents/${encodeURIComponent(id)}/kill` } : null,
  'restart-agent': (id) =>
    id ? { method: 'POST', path: `/__faults/agents/${encodeURIComponent(id)}/restart` } : null,
  'stop-agent': (id) =>
    id ? { method: 'POST', path: `/__faults/agents/${encodeURIComponent(id)}/stop` } : null,
  'start-agent': (id) =>
    id ? { method: 'POST', path: `/__faults/agents/${encodeURIComponent(id)}/start` } : null,
  'restart-master': () => ({ method: 'POST', path: '/__faults/master/restart' }),
  'stop-heartbeats': (id) =>
    id
      ? { method: 'POST', path: `/__faults/frameworks/${encodeURIComponent(id)}/stop-heartbeats` }
      : null,
  'drop-stream': (id) =>
    id
      ? { method: 'POST', path: `/__faults/frameworks/${encodeURIComponent(id)}/drop-stream` }
      : null,
};

async function main(argv: string[]): Promise<number> {
  const args = [...argv];
  let master = 'http://127.0.0.1:5050';
  if (args[0] === '--master') {
    master = args[1] ?? master;
    args.splice(0, 2);
  }
  const [command = '', arg = ''] = args;
  const request = COMMANDS[command]?.(arg) ?? null;
  if (request === null) {
    process.stderr.write(USAGE);
    return 2;
  }
  const res = await fetch(new URL(request.path, master), { method: request.method });
  process.stdout.write(`${await res.text()}\n`);
  return res.ok ? 0 : 1;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`${String(e)}\n`);
    process.exitCode = 1;
  },
);
