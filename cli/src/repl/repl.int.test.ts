// The REPL through a real pseudo-terminal against a fake scheduler API: started with no
// arguments on a terminal, it completes commands and node ids with Tab, runs commands, and keeps
// its history across runs.
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, test } from 'node:test';
import { waitFor } from '@cmf/e2e';
import { FakeApi } from '../testing/fake-api.js';
import { NODES, STATUS } from '../testing/fixtures.js';
import { Terminal } from '../testing/terminal.js';

const MAIN = fileURLToPath(new URL('../main.js', import.meta.url));
const PROMPT = /cassandra-mesos> $/;
const UP = '\x1b[A';

let api: FakeApi;
let dir: string;
let historyFile: string;
const terminals: Terminal[] = [];

before(async () => {
  api = await FakeApi.start();
  api
    .on('GET /v1/status', { status: 200, body: STATUS })
    .on('GET /v1/nodes', { status: 200, body: NODES })
    .on('GET /v1/nodes/node-1', { status: 200, body: NODES[1] });
  dir = await mkdtemp(join(tmpdir(), 'cmf-repl-'));
  historyFile = join(dir, 'state', 'history');
});

after(async () => {
  for (const terminal of terminals) terminal.kill();
  await api.stop();
  await rm(dir, { recursive: true, force: true });
});

function open(args: string[]): Terminal {
  const env = {
    ...process.env,
    CMF_API_URL: api.url,
    CMF_HISTORY_FILE: historyFile,
    TERM: 'xterm',
  };
  const terminal = Terminal.open([process.execPath, MAIN, ...args], env);
  terminals.push(terminal);
  return terminal;
}

void test('Tab completes command words and node ids fetched from /v1/nodes', async () => {
  const t = open([]);
  await t.expect(PROMPT);
  t.type('nod\t');
  await t.expect(/nodes $/);
  t.type('sh\t');
  await t.expect(/nodes show $/);
  t.type('node-\t');
  // Several ids fit: the first Tab fetches them, the second lists them all under the line.
  await waitFor(() => api.requestsTo('GET /v1/nodes').length === 1, {
    timeoutMs: 10_000,
    what: 'the REPL to fetch node ids for completion',
  });
  await t.expect(/nodes show node-$/);
  t.type('\t');
  await t.expect(/node-0\s+node-1\s+node-2\s+cassandra-mesos> nodes show node-$/);
  assert.equal(api.requestsTo('GET /v1/nodes').length, 1, 'two Tabs within seconds: one fetch');
  t.type('1\r');
  const shown = await t.expect(/failures +1, last: TASK_FAILED[^\n]*\n[\s\S]*cassandra-mesos> $/);
  assert.match(shown, /^address +10\.0\.1\.12$/m);
  t.type('status\r');
  await t.expect(/reconciliation +settled[\s\S]*cassandra-mesos> $/);
  t.type('\x04');
  assert.equal(await t.exitCode(), 0);
  const saved = await readFile(historyFile, 'utf8');
  assert.equal(saved, 'nodes show node-1\nstatus\n');
});

void test('history persists: the next run recalls the last runs commands with the Up arrow', async () => {
  const before = api.requestsTo('GET /v1/nodes/node-1').length;
  const t = open(['repl']);
  await t.expect(PROMPT);
  t.type(UP);
  await t.expect(/status$/);
  t.type(UP);
  await t.expect(/nodes show node-1$/);
  t.type('\r');
  await t.expect(/^address +10\.0\.1\.12$/m);
  assert.equal(api.requestsTo('GET /v1/nodes/node-1').length, before + 1);
  t.type('bogus\r');
  await t.expect(/unknown command 'bogus'[\s\S]*cassandra-mesos> $/);
  t.type('exit\r');
  assert.equal(await t.exitCode(), 0);
  assert.equal(
    await readFile(historyFile, 'utf8'),
    'nodes show node-1\nstatus\nnodes show node-1\nbogus\n',
  );
});

void test('Ctrl-C clears the line being typed and the REPL goes on', async () => {
  const t = open([]);
  await t.expect(PROMPT);
  t.type('nodes sho');
  await t.expect(/nodes sho$/);
  t.type('\x03');
  await t.expect(/cassandra-mesos> $/);
  t.type('\x03');
  await t.expect(/Ctrl-D to leave\)\s*cassandra-mesos> $/);
  t.type('status\r');
  // Had the first line survived, this would be "nodes shostatus": an unknown command.
  await t.expect(/reconciliation +settled[\s\S]*cassandra-mesos> $/);
  t.type('quit\r');
  assert.equal(await t.exitCode(), 0);
});
