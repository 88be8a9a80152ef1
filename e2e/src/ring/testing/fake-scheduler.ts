// A stand-in for scheduler/dist/main.js in the harness's own tests: serves /health and a
// /v1/status saying whether it leads (FAKE_LEADER=1) on API_HOST:API_PORT, like the real one.
import { createServer } from 'node:http';

const leads = process.env['FAKE_LEADER'] === '1';
const port = Number(process.env['API_PORT']);
const host = process.env['API_HOST'] ?? '127.0.0.1';

const server = createServer((request, response) => {
  const body =
    request.url === '/health'
      ? { status: 'ok' }
      : request.url === '/v1/status'
        ? {
            leadership: { leader: leads ? `${host}:${port}` : null, isLeader: leads },
            reconciliation: leads ? 'settled' : 'not leading',
            nodes: [],
          }
        : undefined;
  response.writeHead(body === undefined ? 404 : 200, { 'content-type': 'application/json' });
  response.end(JSON.stringify(body ?? { error: 'no such route' }));
});
server.listen(port, host, () => {
  process.stdout.write(`fake scheduler on ${host}:${port}\n`);
});
process.on('SIGTERM', () => {
  process.stderr.write('fake scheduler: SIGTERM\n');
  server.close(() => process.exit(0));
});
