import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { EXECUTOR_MAIN, EXECUTOR_NODE_FLAGS } from './node-flags.js';

void test('bin/cmf-executor starts dist/main.js with exactly the executor node flags', () => {
  const script = readFileSync(
    fileURLToPath(new URL('../bin/cmf-executor', import.meta.url)),
    'utf8',
  );
  assert.match(
    script,
    new RegExp(`exec node ${EXECUTOR_NODE_FLAGS.join(' ')} "\\$here/../dist/main.js"`),
  );
  assert.ok(existsSync(EXECUTOR_MAIN));
});
