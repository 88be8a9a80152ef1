// Runtime canary: the real pieces the framework drives all run on this machine. A real ZooKeeper
// stores and returns a znode; one real Cassandra node from the assembled distribution comes up on
// its own loopback address, answers Jolokia, CQL and nodetool there, and only there. Prints the
// start-up time, memory and probe latencies it measured.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test, type TestContext } from 'node:test';
import { parseNodetoolStatus, statusCode, STORAGE_SERVICE_MBEAN } from '@cmf/executor';
import cassandra from 'cassandra-driver';
import zookeeper from 'node-zookeeper-client';
import { defaultDepsDir } from './runtime/deps.js';
import { listeningAddresses } from './runtime/sockets.js';
import { startCassandraNode, type TestCassandraNode } from './runtime/cassandra-node.js';
import { startZooKeeper, type RunningZooKeeper } from './runtime/zookeeper.js';

const depsDir = process.env['DEPS_DIR'] ?? defaultDepsDir();
const ADDRESS = '127.0.2.1';
const workRoot = mkdtempSync(join(tmpdir(), 'canary-'));

let zk: RunningZooKeeper | undefined;
let node: TestCassandraNode | undefined;

after(async () => {
  await node?.stop();
  await zk?.stop();
  rmSync(workRoot, { recursive: true, force: true });
});

function figure(t: TestContext, metric: string, value: number, unit: string): void {
  t.diagnostic(JSON.stringify({ bench: 'runtime-canary', metric, value, unit }));
}

function started(): TestCassandraNode {
  assert.ok(node, 'the Cassandra node did not start (see the first failure)');
  return node;
}

/** Runs a step against the node; if it fails, the report shows Cassandra's log tail. */
async function onNode(
  t: TestContext,
  step: (n: TestCassandraNode) => Promise<void>,
): Promise<void> {
  const n = started();
  try {
    await step(n);
  } catch (error) {
    t.diagnostic(`Cassandra log tail:\n${await n.logTail(40)}`);
    throw error;
  }
}

function zkCall<T>(call: (done: (error: unknown, value: T) => void) => void): Promise<T> {
  return new Promise((resolve, reject) => {
    call((error, value) => {
      if (error) reject(error instanceof Error ? error : new Error(JSON.stringify(error)));
      else resolve(value);
    });
  });
}

async function withZooKeeperClient<T>(
  connectString: string,
  use: (client: zookeeper.Client) => Promise<T>,
): Promise<T> {
  const client = zookeeper.createClient(connectString, { sessionTimeout: 10_000, retries: 0 });
  try {
    await new Promise<void>((resolve) => {
      client.once('connected', resolve);
      client.connect();
    });
    return await use(client);
  } finally {
    client.close();
  }
}

function readZnode(client: zookeeper.Client, path: string): Promise<string> {
  return zkCall<Buffer>((done) => {
    client.getData(path, done);
  }).then((data) => data.toString('utf8'));
}

void test('ZooKeeper from .deps stores a znode, gives it back, and keeps it across a restart', async () => {
  zk = await startZooKeeper({ depsDir });
  const server = zk;
  await withZooKeeperClient(server.connectString, async (client) => {
    await zkCall<string>((done) => {
      client.create('/canary', Buffer.from('alive'), done);
    });
    assert.equal(await readZnode(client, '/canary'), 'alive');
  });
  await server.restart();
  const after = await withZooKeeperClient(server.connectString, (client) =>
    readZnode(client, '/canary'),
  );
  assert.equal(after, 'alive');
});

void test(`one Cassandra node from the distribution reaches NORMAL on ${ADDRESS}`, async (t) => {
  node = await startCassandraNode({ depsDir, address: ADDRESS, workDir: join(workRoot, 'node1') });
  figure(t, 'cassandra_start_to_normal_and_cql', node.startupMs, 'ms');
  figure(t, 'cassandra_rss', Math.round((await node.rssKb()) / 1024), 'MiB');
});

void test('Jolokia on the node address reports StorageService OperationMode NORMAL', async (t) => {
  await onNode(t, async (n) => {
    const timings: number[] = [];
    for (let i = 0; i < 5; i++) {
      const startedAt = performance.now();
      const read = await n.jolokia.read(STORAGE_SERVICE_MBEAN, 'OperationMode');
      timings.push(Math.round((performance.now() - startedAt) * 10) / 10);
      assert.deepEqual(read, { ok: true, value: 'NORMAL' });
    }
    figure(t, 'jolokia_read_latency_first', timings[0] ?? NaN, 'ms');
    figure(
      t,
      'jolokia_read_latency_median_of_5',
      [...timings].sort((a, b) => a - b)[2] ?? NaN,
      'ms',
    );
  });
});

void test('CQL on the node address writes a row and reads it back', async (t) => {
  await onNode(t, async (n) => {
    const client = new cassandra.Client({
      contactPoints: [n.address],
      localDataCenter: 'dc1',
      protocolOptions: { port: 9042 },
    });
    try {
      await client.connect();
      await client.execute(
        "CREATE KEYSPACE IF NOT EXISTS canary WITH replication = {'class': 'SimpleStrategy', 'replication_factor': 1}",
      );
      await client.execute('CREATE TABLE IF NOT EXISTS canary.kv (k text PRIMARY KEY, v text)');
      await client.execute('INSERT INTO canary.kv (k, v) VALUES (?, ?)', ['ring', 'up'], {
        prepare: true,
      });
      const result = await client.execute('SELECT v FROM canary.kv WHERE k = ?', ['ring'], {
        prepare: true,
      });
      assert.equal(result.first().get('v'), 'up');
    } finally {
      await client.shutdown();
    }
  });
});

void test('nodetool status over JMX on the node address shows the node Up and Normal', async (t) => {
  await onNode(t, async (n) => {
    const result = await n.nodetool(['status']);
    figure(t, 'nodetool_status_duration', result.durationMs, 'ms');
    assert.equal(result.exitCode, 0, result.stderr);
    const rows = parseNodetoolStatus(result.stdout);
    assert.deepEqual(
      rows.map((row) => [row.address, statusCode(row), row.datacenter, row.rack]),
      [[ADDRESS, 'UN', 'dc1', 'rack1']],
    );
  });
});

/** The kernel's ephemeral port range (ports it hands out for bind(0)). */
function ephemeralPorts(): { low: number; high: number } {
  const [low = 0, high = 0] = readFileSync('/proc/sys/net/ipv4/ip_local_port_range', 'utf8')
    .trim()
    .split(/\s+/)
    .map(Number);
  return { low, high };
}

void test('the JVM listens for storage, CQL, JMX and Jolokia on the node address only', async (t) => {
  await onNode(t, async (n) => {
    const listening = await listeningAddresses(n.pid);
    t.diagnostic(`listening: ${listening.join(' ')}`);
    for (const port of [7000, 7199, 8778, 9042]) {
      assert.ok(
        listening.includes(`${n.address}:${port}`),
        `${n.address}:${port} in ${listening.join(' ')}`,
      );
    }
    // The JDK agent also starts its local-only connector (for jcmd/jconsole on this host): one
    // ephemeral port that refuses non-local clients. Anything else off the node address is a leak.
    const { low, high } = ephemeralPorts();
    const elsewhere = listening.filter((socket) => !socket.startsWith(`${n.address}:`));
    assert.ok(elsewhere.length <= 1, elsewhere.join(' '));
    for (const socket of elsewhere) {
      const port = Number(socket.split(':')[1]);
      assert.ok(
        port >= low && port <= high,
        `${socket} is not the JDK's ephemeral local connector`,
      );
    }
  });
});
