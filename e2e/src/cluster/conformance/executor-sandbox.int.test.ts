// What an executor finds when it starts (protocol §5.6, §9.3, §11): the environment a real agent gives
// (compared with executor-env.json), stdout/stderr files, the fetched and unpacked URIs, and persistent
// volumes at their container_path, outliving tasks until DESTROY.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import {
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  realpathSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mesos } from '@cmf/proto';
import type { Resource } from '../link.js';
import { waitFor } from '../../runtime/wait-for.js';
import {
  agentTest,
  executorInfo,
  frameworkInfo,
  sandboxFor,
  scalar,
  taskInfo,
  TEST_EXECUTOR,
} from '../../testing/agent-harness.js';
import { realMesosFixture } from '../../testing/fixtures.js';

const S = mesos.v1.TaskState;
const R = mesos.v1.TaskStatus.Reason;

agentTest(
  'the executor gets the environment of a real agent: same names, same formats',
  async (scope) => {
    const a = await scope.agent();
    a.master.autoAck = true;
    const executor = executorInfo('exec-1', { env: { EXTRA_SETTING: 'x' } });
    a.agent.runTask(frameworkInfo('F-1'), taskInfo('task-1', executor, { agentId: a.agentId }));
    await a.master.waitForUpdate('task-1', S.TASK_RUNNING);
    const ours = JSON.parse(readFileSync(join(sandboxFor(a), 'env.json'), 'utf8')) as Record<
      string,
      string
    >;
    const real = JSON.parse(
      readFileSync(realMesosFixture('executor/executor-env.json'), 'utf8'),
    ) as Record<string, string>;
    assert.deepEqual(
      Object.keys(ours)
        .filter((k) => k !== 'EXTRA_SETTING')
        .sort(),
      Object.keys(real).sort(),
    );
    const [ip, port] = a.agent.endpoint.split(':');
    assert.equal(ours['MESOS_AGENT_ENDPOINT'], `${ip ?? ''}:${port ?? ''}`);
    assert.equal(ours['MESOS_SLAVE_PID'], `slave(1)@${a.agent.endpoint}`);
    assert.equal(ours['LIBPROCESS_IP'], ip);
    assert.equal(ours['MESOS_SLAVE_ID'], a.agentId);
    assert.equal(ours['MESOS_FRAMEWORK_ID'], 'F-1');
    assert.equal(ours['MESOS_EXECUTOR_ID'], 'exec-1');
    assert.equal(ours['MESOS_CHECKPOINT'], '1');
    assert.equal(ours['MESOS_HTTP_COMMAND_EXECUTOR'], '0');
    assert.equal(ours['MESOS_EXECUTOR_SHUTDOWN_GRACE_PERIOD'], '1secs');
    assert.equal(ours['MESOS_RECOVERY_TIMEOUT'], '30secs');
    assert.equal(ours['MESOS_SUBSCRIPTION_BACKOFF_MAX'], '1500ms');
    assert.equal(ours['PATH'], real['PATH']);
    assert.equal(ours['EXTRA_SETTING'], 'x');
    assert.equal(ours['MESOS_SANDBOX'], ours['MESOS_DIRECTORY']);
    assert.equal(
      realpathSync(ours['PWD'] ?? ''),
      realpathSync(sandboxFor(a)),
      'cwd is the sandbox',
    );
    assert.ok(
      existsSync(join(sandboxFor(a), 'stdout')) && existsSync(join(sandboxFor(a), 'stderr')),
    );
  },
);

/** A bundle whose bin/start.sh runs the test executor: it works only if fetched, unpacked and executable. */
function makeBundle(dir: string): string {
  const content = join(dir, 'content');
  mkdirSync(join(content, 'bin'), { recursive: true });
  writeFileSync(
    join(content, 'bin', 'start.sh'),
    `#!/bin/sh\nexec '${process.execPath}' '${TEST_EXECUTOR}'\n`,
    { mode: 0o755 },
  );
  const bundle = join(dir, 'bundle.tar.gz');
  execFileSync('tar', ['-C', content, '-czf', bundle, 'bin']);
  return bundle;
}

agentTest(
  'the fetcher unpacks a .tar.gz from file:// and from http:// before the executor starts',
  async (scope) => {
    const dir = mkdtempSync(join(tmpdir(), 'bundle-'));
    const bundle = makeBundle(dir);
    const server = createServer((_req, res) => {
      res.writeHead(200).end(readFileSync(bundle));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const a = await scope.agent();
      a.master.autoAck = true;
      const port = (server.address() as AddressInfo).port;
      const viaFile = executorInfo('exec-file', {
        command: 'exec ./bin/start.sh',
        uris: [{ value: `file://${bundle}` }],
      });
      const viaHttp = executorInfo('exec-http', {
        command: 'exec ./bin/start.sh',
        uris: [{ value: `http://127.0.0.1:${port.toString()}/dist/bundle.tgz` }],
      });
      a.agent.runTask(frameworkInfo('F-1'), taskInfo('task-file', viaFile, { agentId: a.agentId }));
      a.agent.runTask(frameworkInfo('F-1'), taskInfo('task-http', viaHttp, { agentId: a.agentId }));
      await a.master.waitForUpdate('task-file', S.TASK_RUNNING);
      await a.master.waitForUpdate('task-http', S.TASK_RUNNING);
      assert.ok(existsSync(join(sandboxFor(a, 'exec-http'), 'bundle.tgz')));
    } finally {
      server.close();
      rmSync(dir, { recursive: true, force: true });
    }
  },
);

agentTest(
  'a URI that cannot be fetched fails the launch: TASK_FAILED, REASON_CONTAINER_LAUNCH_FAILED',
  async (scope) => {
    const a = await scope.agent();
    a.master.autoAck = true;
    const executor = executorInfo('exec-1', {
      uris: [{ value: 'file:///nonexistent/bundle.tar.gz' }],
    });
    a.agent.runTask(frameworkInfo('F-1'), taskInfo('task-1', executor, { agentId: a.agentId }));
    const failed = await a.master.waitForUpdate('task-1', S.TASK_FAILED);
    assert.equal(failed.status.reason, R.REASON_CONTAINER_LAUNCH_FAILED);
    assert.equal(failed.status.source, mesos.v1.TaskStatus.Source.SOURCE_AGENT);
    assert.match(failed.status.message ?? '', /^Failed to launch container: /);
    await waitFor(() => a.master.exits.length === 1, { timeoutMs: 2000, what: 'executorExited' });
    assert.equal(a.master.exits[0]?.waitStatus, -1);
  },
);

function reservedDisk(mb: number): Resource {
  return {
    ...scalar('disk', mb),
    reservations: [
      { type: mesos.v1.Resource.ReservationInfo.Type.DYNAMIC, role: 'cassandra', principal: 'p' },
    ],
  };
}

function volume(id: string, mb: number): Resource {
  return {
    ...reservedDisk(mb),
    disk: {
      persistence: { id, principal: 'p' },
      volume: { container_path: 'data', mode: mesos.v1.Volume.Mode.RW },
    },
  };
}

agentTest(
  'a persistent volume appears at its container_path, outlives its task and goes with DESTROY',
  async (scope) => {
    const a = await scope.agent();
    a.master.autoAck = true;
    const volumeDir = join(a.workDir, 'volumes', 'roles', 'cassandra', 'vol-1');
    a.agent.checkpointResources([reservedDisk(500), volume('vol-1', 1000)]);
    assert.ok(lstatSync(volumeDir).isDirectory(), 'CREATE makes the directory');
    const resources = [scalar('cpus', 0.1), scalar('mem', 32), volume('vol-1', 1000)];
    a.agent.runTask(
      frameworkInfo('F-1'),
      taskInfo('task-1', executorInfo('exec-1'), { agentId: a.agentId, resources }),
    );
    await a.master.waitForUpdate('task-1', S.TASK_RUNNING);
    const mountPoint = join(sandboxFor(a), 'data');
    assert.equal(realpathSync(mountPoint), realpathSync(volumeDir));
    writeFileSync(join(mountPoint, 'commitlog'), 'written by task-1');
    a.agent.killTask('F-1', 'task-1');
    await a.master.waitForUpdate('task-1', S.TASK_KILLED);
    a.agent.shutdownExecutor('F-1', 'exec-1');
    await waitFor(() => a.master.exits.length === 1, {
      timeoutMs: 5000,
      what: 'the executor to end',
    });
    assert.equal(readFileSync(join(volumeDir, 'commitlog'), 'utf8'), 'written by task-1');

    a.agent.runTask(
      frameworkInfo('F-1'),
      taskInfo('task-2', executorInfo('exec-2'), { agentId: a.agentId, resources }),
    );
    await a.master.waitForUpdate('task-2', S.TASK_RUNNING);
    assert.equal(
      readFileSync(join(sandboxFor(a, 'exec-2'), 'data', 'commitlog'), 'utf8'),
      'written by task-1',
    );
    a.agent.killTask('F-1', 'task-2');
    await a.master.waitForUpdate('task-2', S.TASK_KILLED);

    a.agent.checkpointResources([reservedDisk(1500)]);
    assert.equal(existsSync(volumeDir), false, 'DESTROY removes the volume and its data');
  },
);

agentTest(
  'reservations and volumes survive an agent restart and are part of its re-registration',
  async (scope) => {
    const a = await scope.agent();
    const held = [reservedDisk(500), volume('vol-1', 1000)];
    a.agent.checkpointResources(held);
    await a.agent.stop();
    const b = scope.adopt(await a.restart());
    const reg =
      b.master.registrations[b.master.registrations.length - 1]?.reg ??
      assert.fail('no registration');
    assert.equal(reg.agentId, a.agentId);
    assert.deepEqual(
      reg.checkpointedResources.map((r) => [
        r.name,
        r.scalar?.value,
        r.disk?.persistence?.id ?? null,
      ]),
      [
        ['disk', 500, null],
        ['disk', 1000, 'vol-1'],
      ],
    );
    assert.ok(existsSync(join(b.workDir, 'volumes', 'roles', 'cassandra', 'vol-1')));
  },
);
