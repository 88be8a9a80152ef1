import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseVmRssKb } from './cassandra-node.js';

void test('reads resident memory in kB from /proc/<pid>/status', () => {
  const status = 'Name:\tjava\nVmPeak:\t 4194304 kB\nVmRSS:\t  886032 kB\nRssAnon:\t  700000 kB\n';
  assert.equal(parseVmRssKb(status), 886032);
});

void test('a status text without VmRSS (a zombie) is an error, not zero', () => {
  assert.throws(() => parseVmRssKb('Name:\tjava\nState:\tZ (zombie)\n'), /VmRSS/);
});
