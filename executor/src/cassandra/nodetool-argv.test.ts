import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildNodetoolCommand, NODETOOL_MAIN_CLASS } from './nodetool-argv.js';

const distribution = {
  home: '/opt/cassandra',
  libJars: ['cassandra-all-5.0.9.jar', 'airline-0.8.jar'],
  jvmOptions: [
    '-XX:+UseG1GC',
    '--add-exports',
    'java.rmi/sun.rmi.registry=ALL-UNNAMED',
    '-Xss256k',
  ],
};

void test('connects to the node JMX address and port, then passes nodetool its own arguments', () => {
  const { args } = buildNodetoolCommand({
    distribution,
    host: '127.0.2.4',
    jmxPort: 7199,
    args: ['status', '-r'],
  });
  const main = args.indexOf(NODETOOL_MAIN_CLASS);
  assert.deepEqual(args.slice(main + 1), ['-h', '127.0.2.4', '-p', '7199', 'status', '-r']);
  assert.equal(
    args[main - 1],
    '/opt/cassandra/lib/airline-0.8.jar:/opt/cassandra/lib/cassandra-all-5.0.9.jar',
  );
});

void test('a small client JVM: module flags from the server list, not its GC tuning; logs kept off stdout', () => {
  const { args } = buildNodetoolCommand({
    distribution,
    host: '127.0.2.4',
    jmxPort: 7199,
    args: ['info'],
  });
  assert.ok(args.includes('-Xmx128m'));
  assert.ok(args.includes('java.rmi/sun.rmi.registry=ALL-UNNAMED'));
  assert.equal(args.includes('-XX:+UseG1GC'), false);
  assert.equal(args.includes('-Xss256k'), false);
  assert.ok(args.includes('-Dlogback.configurationFile=/opt/cassandra/conf/logback-tools.xml'));
});
