// Our executor launched by the local Mesos agent as a real process (MESOS_* environment, sandbox,
// the Cassandra tarball fetched and unpacked by the agent's fetcher, the persistent volume at its
// container_path): it runs a real node to healthy, keeps it through an agent restart, then drains
// and stops it on KILL. Written by the executor's engineer; it lives here because @cmf/executor
// cannot depend on @cmf/e2e.
import assert from 'node:assert/strict';
import { readdirSync, realpathSync } from 'node:fs';
import { join } from 'node:path';
import { EXECUTOR_MAIN, EXECUTOR_NODE_FLAGS } from '@cmf/executor';
import { cmf, mesos } from '@cmf/proto';
import type { Resource } from '../cluster/link.js';
import { cassandraHome, CASSANDRA_VERSION, defaultDepsDir } from '../runtime/deps.js';
import { waitFor } from '../runtime/wait-for.js';
import {
  agentTest,
  executorInfo,
  frameworkInfo,
  sandboxFor,
  scalar,
} from '../testing/agent-harness.js';

const S = mesos.v1.TaskState;
const ADDRESS = '127.0.4.5';

function reserved(resource: Resource): Resource {
  const role = mesos.v1.Resource.ReservationInfo.Type.DYNAMIC;
  return { ...resource, reservations: [{ type: role, role: 'cassandra', principal: 'p' }] };
}

const volume: Resource = {
  ...reserved(scalar('disk', 1000)),
  disk: {
    persistence: { id: 'node-0-volume', principal: 'p' },
    volume: { container_path: 'data', mode: mesos.v1.Volume.Mode.RW },
  },
};

function nodeConfig(): Uint8Array {
  const config = new cmf.v1.NodeConfig({
    cluster_name: 'on-agent',
    node_id: 'node-0',
    config_version: 'v1',
    seeds: [ADDRESS],
    listen_address: ADDRESS,
    dc: 'dc1',
    rack: 'r1',
    num_tokens: 1,
    initial_token: '0',
    heap_mb: 512,
    data_dir: 'data',
    distribution_dir: `apache-cassandra-${CASSANDRA_VERSION}`,
  });
  return cmf.v1.NodeConfig.encode(config).finish();
}

agentTest(
  'the local agent runs our executor: a real node becomes healthy, then KILL drains it',
  async (scope) => {
    const a = await scope.agent();
    a.master.autoAck = true;
    a.agent.checkpointResources([volume]);
    const depsDir = process.env['DEPS_DIR'] ?? defaultDepsDir();
    const flags = EXECUTOR_NODE_FLAGS.join(' ');
    const executor = executorInfo('node-0-executor', {
      command: `exec '${process.execPath}' ${flags} '${EXECUTOR_MAIN}'`,
      uris: [{ value: `${cassandraHome(depsDir)}-bin.tar.gz`, extract: true }],
      env: { CMF_CASSANDRA_FAST_START: '1' },
      resources: [scalar('cpus', 0.1), scalar('mem', 64)],
    });
    a.agent.runTask(frameworkInfo('F-1'), {
      name: 'node-0',
      task_id: { value: 'node-0-task' },
      agent_id: { value: a.agentId },
      resources: [scalar('cpus', 1), scalar('mem', 1024), volume],
      executor,
      data: nodeConfig(),
    });

    const healthy = await waitFor(
      () =>
        a.master.updates.find(
          (u) => u.status.state === S.TASK_RUNNING && u.status.healthy === true,
        ),
      {
        timeoutMs: 180_000,
        intervalMs: 50,
        what: `a healthy update (got ${a.master.statesOf('node-0-task').join(', ')})`,
      },
    );
    const health = cmf.v1.NodeHealth.decode(healthy.status.data ?? new Uint8Array());
    assert.equal(health.operation_mode, 'NORMAL');
    assert.deepEqual(health.live_nodes, [`${ADDRESS}:7000`]);
    // Cassandra's data went to the persistent volume, not into the bare sandbox.
    const volumeDir = join(a.workDir, 'volumes', 'roles', 'cassandra', 'node-0-volume');
    assert.equal(
      realpathSync(join(sandboxFor(a, 'node-0-executor'), 'data')),
      realpathSync(volumeDir),
    );
    assert.ok(
      readdirSync(join(volumeDir, 'data')).includes('system'),
      'system keyspace on the volume',
    );

    // The agent restarts (checkpointing framework): the executor re-subscribes within the agent's
    // re-registration window and the node keeps running; nothing is reported lost or gone.
    const running = a.master.updates.find((u) => u.status.state === S.TASK_RUNNING);
    const pid = Number(/pid (\d+)/.exec(running?.status.message ?? '')?.[1]);
    await a.agent.stop();
    const b = scope.adopt(await a.restart());
    const reg = b.master.registrations.at(-1)?.reg ?? assert.fail('no re-registration');
    assert.deepEqual(
      reg.tasks.map((t) => [t.task_id.value, mesos.v1.TaskState[t.state]]),
      [['node-0-task', 'TASK_RUNNING']],
    );
    assert.doesNotThrow(() => process.kill(pid, 0), 'Cassandra kept running through the restart');

    b.agent.killTask('F-1', 'node-0-task');
    const killed = await b.master.waitForUpdate('node-0-task', S.TASK_KILLED, 60_000);
    assert.match(killed.status.message ?? '', /^Cassandra stopped: drained;/);
    await waitFor(() => b.master.exits.length === 1, {
      timeoutMs: 30_000,
      what: 'the executor to exit',
    });
    assert.equal(
      b.master.exits[0]?.waitStatus,
      0,
      'a clean exit once TASK_KILLED was acknowledged',
    );
    const states = b.master.statesOf('node-0-task');
    assert.deepEqual(states.slice(0, 2), ['TASK_STARTING', 'TASK_RUNNING']);
    const lost = states.filter((s) => ['TASK_LOST', 'TASK_GONE', 'TASK_FAILED'].includes(s));
    assert.deepEqual(lost, [], states.join(', '));
  },
);
