import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import {
  buildServerCommand,
  CASSANDRA_MAIN_CLASS,
  FAST_TEST_START,
  type Distribution,
  type ServerLaunch,
} from './argv.js';
import { parseJvmOptions } from './jvm-options.js';
import { runDirectories, STANDARD_PORTS } from './spec.js';

function template(name: string): string {
  return readFileSync(new URL(`../../../config/cassandra/${name}`, import.meta.url), 'utf8');
}

const distribution: Distribution = {
  home: '/opt/cassandra',
  libJars: [
    'snakeyaml-2.1.jar',
    'cassandra-all-5.0.9.jar',
    'jamm-0.4.0.jar',
    'guava-32.0.1-jre.jar',
  ],
  jvmOptions: [template('jvm-server.options'), template('jvm17-server.options')].flatMap(
    parseJvmOptions,
  ),
};

const launch: ServerLaunch = {
  spec: {
    clusterName: 'ring-a',
    address: '127.0.2.7',
    seeds: ['127.0.2.1'],
    ports: STANDARD_PORTS,
    dataRoot: '/volumes/node-7',
    dc: 'dc1',
    rack: 'rack1',
    numTokens: 1,
    footprint: 'small',
  },
  distribution,
  run: runDirectories('/sandbox/node-7'),
  heapMb: 768,
};

function args(overrides: Partial<ServerLaunch> = {}): readonly string[] {
  return buildServerCommand({ ...launch, ...overrides }).args;
}

function valueOf(argv: readonly string[], prefix: string): string | undefined {
  return argv.find((arg) => arg.startsWith(prefix))?.slice(prefix.length);
}

void test('JMX is the JDK agent bound to the node address on 7199, never the wildcard', () => {
  const argv = args();
  assert.equal(valueOf(argv, '-Dcom.sun.management.jmxremote.port='), '7199');
  assert.equal(valueOf(argv, '-Dcom.sun.management.jmxremote.rmi.port='), '7199');
  assert.equal(valueOf(argv, '-Dcom.sun.management.jmxremote.host='), '127.0.2.7');
  assert.equal(valueOf(argv, '-Djava.rmi.server.hostname='), '127.0.2.7');
  assert.equal(valueOf(argv, '-Dcom.sun.management.jmxremote.authenticate='), 'false');
  assert.equal(valueOf(argv, '-Dcom.sun.management.jmxremote.ssl='), 'false');
  assert.equal(
    argv.some((arg) => arg.includes('0.0.0.0')),
    false,
  );
  // Cassandra's own JMX server would bind 127.0.0.1 only; it must not be configured.
  assert.equal(
    argv.some((arg) => arg.startsWith('-Dcassandra.jmx.')),
    false,
  );
});

void test('Jolokia listens on the node address, port 8778, with a thread per request', () => {
  assert.equal(
    valueOf(args(), '-javaagent:/opt/cassandra/agents/jolokia-agent.jar='),
    'host=127.0.2.7,port=8778,executor=cached',
  );
});

void test('jamm is loaded as an agent from lib/', () => {
  assert.ok(args().includes('-javaagent:/opt/cassandra/lib/jamm-0.4.0.jar'));
});

void test('heap is fixed per node, after the option files so it wins', () => {
  const argv = args();
  assert.ok(argv.includes('-Xms768M'));
  assert.ok(argv.includes('-Xmx768M'));
  assert.ok(argv.indexOf('-Xmx768M') > argv.indexOf('-XX:+UseG1GC'));
});

void test('carries every JDK 17 module flag from the option files, each with its value', () => {
  const argv = args();
  assert.ok(argv.includes('java.base/java.nio=ALL-UNNAMED'));
  assert.equal(argv.filter((arg) => arg === '--add-opens').length, 15);
  assert.equal(argv.filter((arg) => arg === '--add-exports').length, 10);
});

void test('points Cassandra at its rendered config, logs and scratch dirs, and keeps it in the foreground', () => {
  const argv = args();
  assert.equal(valueOf(argv, '-Dcassandra.config='), 'file:///sandbox/node-7/conf/cassandra.yaml');
  assert.equal(
    valueOf(argv, '-Dcassandra-rackdc.properties='),
    'file:///sandbox/node-7/conf/cassandra-rackdc.properties',
  );
  assert.equal(valueOf(argv, '-Dlogback.configurationFile='), '/opt/cassandra/conf/logback.xml');
  assert.equal(valueOf(argv, '-Dcassandra.logdir='), '/sandbox/node-7/logs');
  assert.equal(valueOf(argv, '-Dcassandra.storagedir='), '/volumes/node-7');
  assert.equal(valueOf(argv, '-Djna.tmpdir='), '/sandbox/node-7/tmp');
  assert.equal(valueOf(argv, '-Djava.io.tmpdir='), '/sandbox/node-7/tmp');
  assert.ok(argv.includes('-Dcassandra-foreground=yes'));
});

void test('classpath is the conf dir then lib jars in a stable order; the daemon class comes last', () => {
  const argv = args();
  assert.equal(argv.at(-1), CASSANDRA_MAIN_CLASS);
  assert.equal(argv.at(-3), '-cp');
  assert.equal(
    argv.at(-2),
    [
      '/sandbox/node-7/conf',
      '/opt/cassandra/lib/cassandra-all-5.0.9.jar',
      '/opt/cassandra/lib/guava-32.0.1-jre.jar',
      '/opt/cassandra/lib/jamm-0.4.0.jar',
      '/opt/cassandra/lib/snakeyaml-2.1.jar',
    ].join(':'),
  );
  assert.equal(argv.at(-2)?.includes('jolokia'), false);
});

void test('test start-up shortcuts appear only when asked for', () => {
  const plain = args();
  assert.equal(
    plain.some((arg) => arg.startsWith('-Dcassandra.ring_delay_ms')),
    false,
  );
  assert.equal(plain.includes('-da'), false);
  const fast = args({ fastStart: FAST_TEST_START });
  assert.ok(fast.includes('-Dcassandra.skip_wait_for_gossip_to_settle=0'));
  assert.ok(fast.includes('-Dcassandra.ring_delay_ms=5000'));
  assert.ok(fast.includes('-Dcassandra.broadcast_interval_ms=10000'));
  assert.ok(fast.includes('-Dcassandra.available_processors=2'));
  assert.ok(fast.includes('-XX:TieredStopAtLevel=1'));
  // Assertions off: the -da must come after the option file's -ea.
  assert.ok(fast.indexOf('-da') > fast.indexOf('-ea'));
});

void test('a replacement names the dead node; a normal start does not', () => {
  assert.equal(valueOf(args(), '-Dcassandra.replace_address_first_boot='), undefined);
  assert.equal(
    valueOf(args({ replaceAddress: '127.0.2.3' }), '-Dcassandra.replace_address_first_boot='),
    '127.0.2.3',
  );
});

void test('runs java from the given path and caps malloc arenas', () => {
  const command = buildServerCommand({ ...launch, javaPath: '/usr/lib/jvm/17/bin/java' });
  assert.equal(command.command, '/usr/lib/jvm/17/bin/java');
  assert.deepEqual(command.env, { MALLOC_ARENA_MAX: '4' });
});
