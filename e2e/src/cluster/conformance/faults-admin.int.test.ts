// The fault API over HTTP (what `cli.js` drives): listing agents, killing and starting one, dropping a
// framework's stream and withholding its heartbeats.
import assert from 'node:assert/strict';
import { waitFor } from '../../runtime/wait-for.js';
import { clusterTest } from '../testing/cluster-harness.js';
import { frameworkInfo } from '../testing/master-harness.js';
import { EventType } from '../testing/scheduler-wire.js';

interface Listed {
  agents: { index: number; agentId: string | null; endpoint: string; running: boolean }[];
}

clusterTest(
  'GET /__faults lists agents; POST kill / start act on one; unknown faults are 404',
  async ({ cluster }) => {
    const list = async (): Promise<Listed> =>
      (await (await fetch(`${cluster.masterUrl}/__faults`)).json()) as Listed;
    const before = await list();
    assert.deepEqual(
      before.agents.map((a) => [a.index, a.running]),
      [
        [0, true],
        [1, true],
      ],
    );
    assert.match(before.agents[0]?.endpoint ?? '', /^127\.0\.2\.1:\d+$/);
    const id = before.agents[1]?.agentId ?? '';
    const killed = await fetch(`${cluster.masterUrl}/__faults/agents/${id}/kill`, {
      method: 'POST',
    });
    assert.equal(killed.status, 200);
    assert.deepEqual(
      (await list()).agents.map((a) => a.running),
      [true, false],
    );
    await waitFor(() => cluster.master.core.agents.get(id)?.standing !== 'active', {
      what: 'the master to see it go',
      timeoutMs: 5000,
      intervalMs: 10,
    });
    assert.equal(
      (await fetch(`${cluster.masterUrl}/__faults/agents/1/start`, { method: 'POST' })).status,
      200,
    );
    await waitFor(() => cluster.master.core.agents.get(id)?.standing === 'active', {
      what: 'the agent back, same id',
      timeoutMs: 5000,
      intervalMs: 10,
    });
    assert.equal(
      (await fetch(`${cluster.masterUrl}/__faults/agents/9/kill`, { method: 'POST' })).status,
      400,
    );
    assert.equal(
      (await fetch(`${cluster.masterUrl}/__faults/nothing`, { method: 'POST' })).status,
      404,
    );
  },
  { agents: 2 },
);

clusterTest(
  'stop-heartbeats withholds HEARTBEATs on the open stream; a re-subscription gets them again',
  async (scope) => {
    const fw = await scope.subscribe();
    const post = (verb: string): Promise<Response> =>
      fetch(`${scope.cluster.masterUrl}/__faults/frameworks/${fw.frameworkId}/${verb}`, {
        method: 'POST',
      });
    await waitFor(() => fw.stream.ofType(EventType.HEARTBEAT).length >= 2, {
      what: 'two heartbeats',
      timeoutMs: 5000,
      intervalMs: 10,
    });
    assert.equal((await post('stop-heartbeats')).status, 200);
    const seen = fw.stream.ofType(EventType.HEARTBEAT).length;
    const passes = scope.cluster.master.core.allocationPasses;
    // 20 passes of 50 ms: five heartbeat intervals of 200 ms.
    await waitFor(() => scope.cluster.master.core.allocationPasses >= passes + 20, {
      what: 'five heartbeat intervals',
      timeoutMs: 10_000,
      intervalMs: 10,
    });
    assert.equal(fw.stream.ofType(EventType.HEARTBEAT).length, seen);
    assert.equal(fw.stream.ended, false, 'the stream itself stays open');
    const again = await scope.subscribe(frameworkInfo({ id: { value: fw.frameworkId } }));
    await waitFor(() => again.stream.ofType(EventType.HEARTBEAT).length >= 2, {
      what: 'heartbeats again',
      timeoutMs: 5000,
      intervalMs: 10,
    });
  },
  { timings: { heartbeatIntervalMs: 200 } },
);

clusterTest('drop-stream cuts the subscription: the master sees a disconnection', async (scope) => {
  const fw = await scope.subscribe();
  const url = `${scope.cluster.masterUrl}/__faults/frameworks/${fw.frameworkId}/drop-stream`;
  assert.equal((await fetch(url, { method: 'POST' })).status, 200);
  await fw.stream.waitEnded();
  await waitFor(() => scope.cluster.master.core.frameworks.get(fw.frameworkId)?.stream === null, {
    what: 'the disconnection',
    timeoutMs: 5000,
    intervalMs: 10,
  });
  const unknown = `${scope.cluster.masterUrl}/__faults/frameworks/nope/drop-stream`;
  assert.equal((await fetch(unknown, { method: 'POST' })).status, 404);
});
