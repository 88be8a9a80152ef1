import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parse as parseYaml } from 'yaml';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseSchedulerConfig, WEEK_SECONDS } from './parse.js';
import { applyEnv } from './env.js';

const errorsOf = (raw: unknown, env: Record<string, string> = {}): string[] => {
  const { raw: merged, sources } = applyEnv(raw, env);
  const result = parseSchedulerConfig(merged, sources);
  return result.ok ? [] : result.errors.map((e) => `${e.key}: ${e.reason}`);
};

void test('an empty document gives the embedded defaults', () => {
  const result = parseSchedulerConfig({});
  assert.ok(result.ok);
  const { ring, mesos, zookeeper, api, framework } = result.config;
  assert.equal(ring.nodeCount, 3);
  assert.equal(ring.seedCount, 3);
  assert.deepEqual(ring.ports, { storage: 7000, native: 9042, jmx: 7199, jolokia: 8778 });
  assert.equal(mesos.failoverTimeoutSeconds, WEEK_SECONDS);
  assert.equal(mesos.master, '127.0.0.1:5050');
  assert.equal(zookeeper.root, '/cassandra-mesos/ring1');
  assert.deepEqual(api, { host: '127.0.0.1', port: 8080, advertisedHost: null, token: null });
  assert.equal(framework.role, 'cassandra');
  assert.match(ring.configVersion, /^[0-9a-f]{8}$/);
});

void test('the config is frozen all the way down', () => {
  const result = parseSchedulerConfig({});
  assert.ok(result.ok);
  assert.ok(Object.isFrozen(result.config.ring.ports));
  assert.throws(() => {
    (result.config.ring as { nodeCount: number }).nodeCount = 5;
  }, TypeError);
});

const cases: [string, unknown, Record<string, string>, string[]][] = [
  [
    'a node count of zero',
    { ring: { nodeCount: 0 } },
    {},
    ['ring.nodeCount: 0 is outside 1..1000'],
  ],
  [
    'a fractional node count',
    { ring: { nodeCount: 2.5 } },
    {},
    ['ring.nodeCount: expected a whole number, got 2.5'],
  ],
  ['a misspelt key', { ring: { nodeCont: 3 } }, {}, ['ring.nodeCont: unknown key']],
  ['an unknown section', { rings: {} }, {}, ['rings: unknown key']],
  ['a section that is not a mapping', { ring: 3 }, {}, ['ring: expected a mapping, got 3']],
  ['two ports the same', { ports: { jmx: 7000 } }, {}, ['ports.*: the four ports must differ']],
  [
    'a master without a port',
    { mesos: { master: 'leader.mesos' } },
    {},
    ['mesos.master: expected host:port, got "leader.mesos"'],
  ],
  [
    'a relative znode root',
    { zookeeper: { root: 'cassandra' } },
    {},
    ['zookeeper.root: expected an absolute znode path, got "cassandra"'],
  ],
  [
    'a framework-owned cassandra.yaml key',
    { cassandra: { yamlOverrides: { seed_provider: [], concurrent_reads: 8 } } },
    {},
    [
      'cassandra.yamlOverrides.seed_provider: owned by the framework (set from the ring spec and placement)',
    ],
  ],
  [
    'an unknown cassandra.yaml key',
    { cassandra: { yamlOverrides: { concurent_reads: 8 } } },
    {},
    [
      'cassandra.yamlOverrides.concurent_reads: not a cassandra.yaml key this framework allows overriding',
    ],
  ],
  [
    'a bad env override names the variable',
    {},
    { CASSANDRA_NODE_COUNT: 'three' },
    ['ring.nodeCount (from CASSANDRA_NODE_COUNT): expected a number, got "three"'],
  ],
  [
    'a bad API port from env',
    {},
    { API_PORT: '70000' },
    ['api.port (from API_PORT): 70000 is outside 0..65535'],
  ],
  [
    'a secret with a colon',
    { mesos: { secret: 'a:b' } },
    {},
    ['mesos.secret: Mesos basic auth cannot carry a secret containing ":"'],
  ],
  [
    'every problem at once, not just the first',
    { ring: { nodeCount: -1, name: 'bad name' }, node: { cpus: 0 } },
    {},
    [
      'ring.name: letters, digits, _ and - only (at most 64)',
      'ring.nodeCount: -1 is outside 1..1000',
      'node.cpus: 0 is outside 0.01..1024',
    ],
  ],
];

for (const [name, raw, env, want] of cases) {
  void test(`refuses ${name}`, () => {
    assert.deepEqual(errorsOf(raw, env), want);
  });
}

void test('env overrides win over the file (Marathon sets them)', () => {
  const { raw, sources } = applyEnv(
    { ring: { nodeCount: 3 }, mesos: { master: 'a:1' } },
    {
      CASSANDRA_NODE_COUNT: '5',
      MESOS_MASTER: 'leader:5050',
      API_TOKEN: 's3cret',
      CASSANDRA_JVM_OPTS: '-Xss1m  -Dx=y',
    },
  );
  const result = parseSchedulerConfig(raw, sources);
  assert.ok(result.ok);
  assert.equal(result.config.ring.nodeCount, 5);
  assert.equal(result.config.mesos.master, 'leader:5050');
  assert.equal(result.config.api.token, 's3cret');
  assert.deepEqual(result.config.ring.extraJvmOpts, ['-Xss1m', '-Dx=y']);
});

void test('cassandra.yaml overrides travel as YAML text', () => {
  const result = parseSchedulerConfig({
    cassandra: {
      yamlOverrides: {
        concurrent_reads: 8,
        auto_snapshot: false,
        audit_logging_options: { enabled: true },
      },
    },
  });
  assert.ok(result.ok);
  assert.deepEqual(result.config.ring.yamlOverrides, {
    concurrent_reads: '8',
    auto_snapshot: 'false',
    audit_logging_options: '{ enabled: true }',
  });
});

void test('the config version changes with what nodes run, not with how the scheduler runs', () => {
  const version = (raw: unknown): string => {
    const r = parseSchedulerConfig(raw);
    assert.ok(r.ok);
    return r.config.ring.configVersion;
  };
  assert.equal(version({}), version({ api: { port: 9999 } }));
  assert.equal(
    version({}),
    version({ ring: { nodeCount: 5 } }),
    'growing the ring changes no node',
  );
  assert.notEqual(version({}), version({ cassandra: { heapMb: 1024 } }));
});

void test('the example config in config/ parses cleanly', () => {
  const path = fileURLToPath(new URL('../../../config/scheduler.example.yaml', import.meta.url));
  const result = parseSchedulerConfig(parseYaml(readFileSync(path, 'utf8')));
  assert.deepEqual(result.ok ? [] : result.errors, []);
});

void test('the distribution folder and the Jolokia agent follow the fetched Cassandra tarball', () => {
  const result = parseSchedulerConfig({
    executor: { uris: ['http://repo/cmf.tar.gz', 'file:///d/apache-cassandra-5.0.9-bin.tar.gz'] },
  });
  assert.ok(result.ok);
  assert.equal(result.config.executor.distributionDir, 'apache-cassandra-5.0.9');
  assert.equal(
    result.config.executor.jolokiaAgentPath,
    'apache-cassandra-5.0.9/agents/jolokia-agent.jar',
  );
});

void test('every tar the Mesos fetcher unpacks names the distribution folder; other files do not', () => {
  const table: readonly (readonly [string, string])[] = [
    ['file:///d/apache-cassandra-5.0.9-bin.tar', 'apache-cassandra-5.0.9'],
    ['http://repo/apache-cassandra-5.0.9-bin.tar.gz', 'apache-cassandra-5.0.9'],
    ['/d/apache-cassandra-4.1.7-bin.tgz', 'apache-cassandra-4.1.7'],
    ['/d/apache-cassandra-5.0.9-bin.tar.bz2', 'apache-cassandra-5.0.9'],
    ['/d/apache-cassandra-5.0.9-bin.tbz2', 'apache-cassandra-5.0.9'],
    ['/d/apache-cassandra-5.0.9-bin.tar.xz', 'apache-cassandra-5.0.9'],
    ['/d/apache-cassandra-5.0.9-bin.txz', 'apache-cassandra-5.0.9'],
    // Not an archive the fetcher unpacks to that folder: the generic default.
    ['/d/apache-cassandra-5.0.9-bin.zip', 'apache-cassandra'],
    ['/d/apache-cassandra-5.0.9-bin.tar.gz.sha256', 'apache-cassandra'],
    ['/d/apache-cassandra-5.0.9-src.tar.gz', 'apache-cassandra'],
  ];
  for (const [uri, folder] of table) {
    const result = parseSchedulerConfig({ executor: { uris: [uri] } });
    assert.ok(result.ok, uri);
    assert.equal(result.config.executor.distributionDir, folder, uri);
  }
});

void test('an explicit distribution folder wins over the tarball name', () => {
  const result = parseSchedulerConfig({
    cassandra: { distributionDir: 'cassandra' },
    executor: { uris: ['file:///d/apache-cassandra-5.0.9-bin.tar.gz'] },
  });
  assert.ok(result.ok);
  assert.equal(result.config.executor.distributionDir, 'cassandra');
  assert.equal(result.config.executor.jolokiaAgentPath, 'cassandra/agents/jolokia-agent.jar');
});

void test('ops: replaceAfter defaults to 30 min, REPLACE_AFTER_SECONDS sets it, and it is no node setting', () => {
  const defaults = parseSchedulerConfig({});
  assert.ok(defaults.ok);
  assert.deepEqual(defaults.config.ops, {
    replaceAfterSeconds: 1800,
    cleanupAfterScaleUp: false,
    repairAfterReplace: true,
    replicationRefreshSeconds: 30,
  });
  const { raw, sources } = applyEnv({}, { REPLACE_AFTER_SECONDS: '5' });
  const fast = parseSchedulerConfig(raw, sources);
  assert.ok(fast.ok);
  assert.equal(fast.config.ops.replaceAfterSeconds, 5);
  assert.equal(fast.config.ring.configVersion, defaults.config.ring.configVersion);
  assert.deepEqual(errorsOf({}, { REPLACE_AFTER_SECONDS: '0' }).length, 1);
});

void test('ops: repair after replace is on by default; REPAIR_AFTER_REPLACE=false or the file key turns it off', () => {
  const { raw, sources } = applyEnv({}, { REPAIR_AFTER_REPLACE: 'false' });
  const off = parseSchedulerConfig(raw, sources);
  assert.ok(off.ok);
  assert.equal(off.config.ops.repairAfterReplace, false);
  const file = parseSchedulerConfig({ ops: { repairAfterReplace: false } });
  assert.ok(file.ok);
  assert.equal(file.config.ops.repairAfterReplace, false);
  assert.deepEqual(errorsOf({}, { REPAIR_AFTER_REPLACE: 'sometimes' }).length, 1);
});
