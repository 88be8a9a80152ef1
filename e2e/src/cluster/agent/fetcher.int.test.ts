import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { FetchError, fetchUris } from './fetcher.js';

let root: string;
let server: Server;
let base: string;
let archive: string;

before(async () => {
  root = mkdtempSync(join(tmpdir(), 'fetcher-'));
  const content = join(root, 'content');
  mkdirSync(join(content, 'bin'), { recursive: true });
  writeFileSync(join(content, 'bin', 'tool.sh'), '#!/bin/sh\necho hi\n', { mode: 0o755 });
  writeFileSync(join(content, 'conf.yaml'), 'x: 1\n');
  archive = join(root, 'bundle.tar.gz');
  execFileSync('tar', ['-C', content, '-czf', archive, 'bin', 'conf.yaml']);
  writeFileSync(join(root, 'run.sh'), '#!/bin/sh\n');
  writeFileSync(join(root, 'notes.txt.gz'), gzipSync('plain text\n'));
  server = createServer((req, res) => {
    if (req.url === '/redirect/bundle.tar.gz') {
      res.writeHead(302, { location: '/files/bundle.tar.gz' }).end();
    } else if (req.url === '/files/bundle.tar.gz') {
      res.writeHead(200).end(readFileSync(archive));
    } else {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port.toString()}`;
});

after(() => {
  server.close();
  rmSync(root, { recursive: true, force: true });
});

function sandbox(): string {
  return mkdtempSync(join(root, 'sandbox-'));
}

void test('extracts a .tar.gz given as a file:// URI, keeping modes', async () => {
  const dir = sandbox();
  await fetchUris([{ value: `file://${archive}` }], dir);
  assert.equal(readFileSync(join(dir, 'conf.yaml'), 'utf8'), 'x: 1\n');
  assert.equal(statSync(join(dir, 'bin', 'tool.sh')).mode & 0o111, 0o111);
  assert.ok(
    statSync(join(dir, 'bundle.tar.gz')).isFile(),
    'the archive itself stays in the sandbox',
  );
});

void test('downloads and extracts a .tar.gz over http, following a redirect', async () => {
  const dir = sandbox();
  await fetchUris([{ value: `${base}/redirect/bundle.tar.gz` }], dir);
  assert.equal(readFileSync(join(dir, 'conf.yaml'), 'utf8'), 'x: 1\n');
});

void test('leaves an archive packed when extract is false', async () => {
  const dir = sandbox();
  await fetchUris([{ value: archive, extract: false }], dir);
  assert.throws(() => statSync(join(dir, 'conf.yaml')));
  assert.ok(statSync(join(dir, 'bundle.tar.gz')).isFile());
});

void test('marks a file executable and does not extract it', async () => {
  const dir = sandbox();
  await fetchUris([{ value: join(root, 'run.sh'), executable: true }], dir);
  assert.equal(statSync(join(dir, 'run.sh')).mode & 0o777, 0o755);
});

void test('renames with output_file and gunzips a plain .gz', async () => {
  const dir = sandbox();
  await fetchUris([{ value: join(root, 'notes.txt.gz') }], dir);
  assert.equal(readFileSync(join(dir, 'notes.txt'), 'utf8'), 'plain text\n');
  await fetchUris([{ value: join(root, 'run.sh'), output_file: 'start.sh', extract: false }], dir);
  assert.ok(statSync(join(dir, 'start.sh')).isFile());
});

void test('fails the launch on an HTTP error, a missing file or an unknown scheme', async () => {
  const dir = sandbox();
  await assert.rejects(fetchUris([{ value: `${base}/missing.tgz` }], dir), (err: unknown) => {
    assert.ok(err instanceof FetchError);
    assert.match(err.message, /HTTP return code 404/);
    return true;
  });
  await assert.rejects(fetchUris([{ value: join(root, 'absent') }], dir), FetchError);
  await assert.rejects(fetchUris([{ value: 'ftp://example.invalid/x' }], dir), FetchError);
});
