import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Command } from './argv.js';
import { withJolokiaAgent, withJvmOptions } from './command-options.js';

const command: Command = {
  command: 'java',
  args: [
    '-ea',
    '-Xmx512M',
    '-javaagent:/d/agents/jolokia-agent.jar=host=10.0.0.1,port=8778',
    '-cp',
    '/d/lib/a.jar',
    'Main',
  ],
  env: {},
};

void test('extra JVM options go right before the classpath, after the built ones', () => {
  const args = withJvmOptions(command, ['-Dcassandra.ring_delay_ms=5000', '-Xmn128M']).args;
  assert.deepEqual(args.slice(3, 6), ['-Dcassandra.ring_delay_ms=5000', '-Xmn128M', '-cp']);
  assert.equal(withJvmOptions(command, []), command);
});

void test('another Jolokia jar keeps the agent options bound to the node address', () => {
  const args = withJolokiaAgent(command, '/d', '/sandbox/jolokia.jar').args;
  assert.equal(args[2], '-javaagent:/sandbox/jolokia.jar=host=10.0.0.1,port=8778');
});
