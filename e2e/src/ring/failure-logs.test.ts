import assert from 'node:assert/strict';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { renderLogs, sandboxLogs, tailOf } from './failure-logs.js';

const root = await mkdtemp(join(tmpdir(), 'failure-logs-'));
after(() => rm(root, { recursive: true, force: true }));

async function put(path: string, text: string): Promise<void> {
  await mkdir(join(root, path, '..'), { recursive: true });
  await writeFile(join(root, path), text);
}

const sandbox = 'agent-1/slaves/S1/frameworks/F1/executors/node-1-executor/runs/C1';

void test('finds executor output and Cassandra system.log in sandboxes, nothing else', async () => {
  await put(`${sandbox}/stdout`, 'fetched\n');
  await put(`${sandbox}/stderr`, '{"msg":"started"}\n');
  await put(`${sandbox}/cassandra/logs/system.log`, 'INFO Node is NORMAL\n');
  await put(`${sandbox}/apache-cassandra-5.0.9/conf/stdout`, 'not a log');
  await put('agent-1/volumes/roles/cassandra/v1/data/system.log', 'not a log either');
  await put('agent-1/meta/agent.json', '{}');
  const found = await sandboxLogs(root);
  assert.deepEqual(
    found.map((f) => f.label),
    [
      'agent-1 node-1-executor Cassandra system.log',
      'agent-1 node-1-executor executor stderr',
      'agent-1 node-1-executor executor stdout',
    ],
  );
  const text = await renderLogs(found, 10, root);
  assert.match(
    text,
    /===== agent-1 node-1-executor Cassandra system\.log \(agent-1\/slaves\/.*system\.log\) =====\nINFO Node is NORMAL/,
  );
});

void test('a missing work dir has no logs, and a missing file renders as empty', async () => {
  assert.deepEqual(await sandboxLogs(join(root, 'nowhere')), []);
  const text = await renderLogs([{ label: 'gone', path: join(root, 'gone.log') }], 5);
  assert.match(text, /===== gone .* =====\n\(empty\)/);
});

void test('tailOf keeps the last lines only', async () => {
  await put('long.log', `${Array.from({ length: 100 }, (_, i) => `line ${i}`).join('\n')}\n`);
  assert.equal(await tailOf(join(root, 'long.log'), 3), 'line 97\nline 98\nline 99');
});
