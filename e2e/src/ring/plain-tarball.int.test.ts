// plainTarball on a real gzipped tar made by tar(1): the same archive, uncompressed, named .tar.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { gunzipSync } from 'node:zlib';
import { plainTarball } from './plain-tarball.js';

const root = mkdtempSync(join(tmpdir(), 'plain-tarball-'));
after(() => {
  rmSync(root, { recursive: true, force: true });
});

void test('a .tar.gz becomes the same tar, uncompressed, that tar(1) unpacks', async () => {
  const dist = join(root, 'src', 'apache-cassandra-9.9.9', 'conf');
  mkdirSync(dist, { recursive: true });
  writeFileSync(join(dist, 'cassandra.yaml'), 'cluster_name: x\n');
  const gzipped = join(root, 'apache-cassandra-9.9.9-bin.tar.gz');
  execFileSync('tar', ['-C', join(root, 'src'), '-czf', gzipped, 'apache-cassandra-9.9.9']);
  const out = join(root, 'out');
  mkdirSync(out);

  const plain = await plainTarball(gzipped, out);

  assert.equal(plain, join(out, 'apache-cassandra-9.9.9-bin.tar'));
  assert.deepEqual(readFileSync(plain), gunzipSync(readFileSync(gzipped)));
  const unpacked = join(root, 'unpacked');
  mkdirSync(unpacked);
  execFileSync('tar', ['-C', unpacked, '-xf', plain]);
  const yaml = join(unpacked, 'apache-cassandra-9.9.9', 'conf', 'cassandra.yaml');
  assert.equal(readFileSync(yaml, 'utf8'), 'cluster_name: x\n');
});

void test('anything but a gzipped tarball is refused, and nothing is written', async () => {
  const out = mkdtempSync(join(root, 'refused-'));
  await assert.rejects(plainTarball(join(root, 'apache-cassandra-9.9.9-bin.zip'), out), {
    message: /not a gzipped tarball/,
  });
  assert.deepEqual(execFileSync('ls', ['-A', out], { encoding: 'utf8' }), '');
});
