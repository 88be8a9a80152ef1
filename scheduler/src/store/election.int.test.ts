// Leader election on a real ZooKeeper: one leader among contenders, hand-over in line when the
// leader goes, and the end of a session ending leadership.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { waitFor } from '@cmf/e2e';
import { LeaderElection } from './election.js';
import type { ZkSession } from './zk-session.js';
import { useZooKeeper } from './testing/zookeeper.js';
import { TcpProxy } from '../testing/tcp-proxy.js';

let ring = 0;
const SESSION_MS = 4000;
const zk = useZooKeeper({ sessionTimeoutMs: SESSION_MS, tickTimeMs: 500 });
const open = () => zk.open();

interface Contender {
  readonly name: string;
  readonly session: ZkSession;
  readonly election: LeaderElection;
  leading: boolean;
  lost: string | null;
}

async function contenders(path: string, names: string[]): Promise<Contender[]> {
  const all: Contender[] = [];
  for (const name of names) {
    const session = await open();
    const c: Contender = {
      name,
      session,
      election: new LeaderElection(session, path, name),
      leading: false,
      lost: null,
    };
    c.election.onLost((reason) => {
      c.lost = reason;
      c.leading = false;
    });
    // Campaign in order, so the sequence numbers (and the line) are known.
    const won = c.election.campaign().then(
      () => {
        c.leading = true;
      },
      () => undefined,
    );
    await waitFor(async () => (await session.getChildren(path)).length === all.length + 1, {
      timeoutMs: 5000,
      what: `${name} to register as a candidate`,
    });
    void won;
    all.push(c);
  }
  return all;
}

const leaders = (all: Contender[]): string[] => all.filter((c) => c.leading).map((c) => c.name);

void test('of three contenders exactly the first leads, and all agree who it is', async () => {
  const path = `/ring${++ring}/leader`;
  const all = await contenders(path, ['a', 'b', 'c']);
  await waitFor(() => leaders(all).length === 1, { timeoutMs: 5000, what: 'one leader' });
  assert.deepEqual(leaders(all), ['a']);
  for (const c of all) assert.equal(await c.election.leader(), 'a');
});

void test('when the leader leaves, the next in line (and only it) takes over', async () => {
  const path = `/ring${++ring}/leader`;
  const all = await contenders(path, ['a', 'b', 'c']);
  await waitFor(() => leaders(all).includes('a'), { timeoutMs: 5000, what: 'a leads' });
  // a's process ends: its session closes and it no longer counts itself.
  all[0]?.session.close();
  if (all[0]) all[0].leading = false;
  await waitFor(() => leaders(all).includes('b'), {
    timeoutMs: 10_000,
    what: 'b leads after a left',
  });
  assert.deepEqual(leaders(all), ['b']);
  assert.equal(await all[2]?.election.leader(), 'b');
  await all[1]?.election.resign();
  await waitFor(() => all[2]?.leading, { timeoutMs: 10_000, what: 'c leads after b resigned' });
  assert.equal(all[1]?.lost, null, 'resigning on purpose is not reported as a loss');
});

void test('a partition longer than the session ends leadership, and the standby takes over', async () => {
  const path = `/ring${++ring}/leader`;
  const proxy = await TcpProxy.start({ host: '127.0.0.1', port: zk.server().port });
  const session = await zk.open({ connect: proxy.address });
  const leader = new LeaderElection(session, path, 'leader');
  let lost: string | null = null;
  leader.onLost((reason) => {
    lost = reason;
  });
  await leader.campaign();
  const [standby] = await contenders(path, ['standby']);
  assert.ok(standby);
  assert.equal(standby.leading, false);
  const cutAt = performance.now();
  proxy.partition();
  // ZooKeeper expires the session once it hears nothing for SESSION_MS; the standby leads then.
  await waitFor(() => standby.leading, { timeoutMs: 4 * SESSION_MS, what: 'the standby to lead' });
  const tookMs = performance.now() - cutAt;
  assert.ok(
    tookMs >= SESSION_MS * 0.9,
    `took over after ${Math.round(tookMs)} ms, before the session could expire`,
  );
  proxy.heal();
  // The old leader hears "expired" as soon as it reaches the server again: that ends leadership.
  await waitFor(() => lost, {
    timeoutMs: 4 * SESSION_MS,
    what: 'the old leader to learn its session expired',
  });
  assert.equal(lost, 'ZooKeeper session expired');
  assert.equal(await standby.election.leader(), 'standby');
  await proxy.close();
});
