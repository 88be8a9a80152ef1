// The harness's handling of scheduler processes, against a stand-in scheduler (real processes,
// real HTTP): leader discovery through each one's /v1/status, kill -9, SIGTERM, captured output,
// and a child environment that carries only what the harness gives it.
import assert from 'node:assert/strict';
import { readFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, test } from 'node:test';
import { WaitTimeoutError } from '../runtime/wait-for.js';
import { SchedulerSet } from './schedulers.js';

const FAKE = fileURLToPath(new URL('./testing/fake-scheduler.js', import.meta.url));
const logDir = await mkdtemp(join(tmpdir(), 'schedulers-'));
const set = new SchedulerSet({
  logDir,
  env: { ZK_CONNECT: '127.0.0.1:1' },
  inherit: { PATH: '/usr/bin:/bin', HOME: '/home/x', SECRET_OF_THE_TEST: 'leak' },
  main: FAKE,
});
after(async () => {
  await set.stopAll(2_000);
  await rm(logDir, { recursive: true, force: true });
});

async function environOf(pid: number): Promise<Record<string, string>> {
  const text = await readFile(`/proc/${pid}/environ`, 'utf8');
  return Object.fromEntries(
    text
      .split('\0')
      .filter((kv) => kv !== '')
      .map((kv) => [kv.slice(0, kv.indexOf('=')), kv.slice(kv.indexOf('=') + 1)]),
  );
}

void test('finds the leader among schedulers by asking each one’s /v1/status', async () => {
  const standby = await set.start();
  const leader = await set.start({ FAKE_LEADER: '1' });
  const found = await set.leader(5_000);
  assert.equal(found.scheduler.index, leader.index);
  assert.equal(found.status.reconciliation, 'settled');
  assert.notEqual(standby.apiUrl, leader.apiUrl);
});

void test('a scheduler gets only PATH/HOME from the host plus the ring’s variables', async () => {
  const [first] = set.schedulers;
  assert.ok(first);
  const env = await environOf(first.process.pid);
  assert.equal(env['SECRET_OF_THE_TEST'], undefined);
  assert.equal(env['HOME'], '/home/x');
  assert.equal(env['ZK_CONNECT'], '127.0.0.1:1');
  assert.equal(env['API_PORT'], new URL(first.apiUrl).port);
});

void test('kill -9 of the leader: it dies of SIGKILL and nobody else leads', async () => {
  const { scheduler } = await set.leader(5_000);
  const exit = await scheduler.process.kill9();
  assert.deepEqual(exit, { code: null, signal: 'SIGKILL' });
  assert.equal(set.running.length, 1);
  await assert.rejects(set.leader(500), (error: unknown) => {
    assert.ok(error instanceof WaitTimeoutError);
    assert.match(error.message, /waiting for one of scheduler-0 to lead/);
    return true;
  });
});

void test('SIGTERM stops a scheduler, and its output was captured to its log files', async () => {
  const [standby] = set.running;
  assert.ok(standby);
  const exit = await standby.process.stop(5_000);
  assert.deepEqual(exit, { code: 0, signal: null });
  const tail = await standby.process.logTail();
  assert.match(tail, /--- stdout ---\nfake scheduler on 127\.0\.0\.1:\d+/);
  assert.match(tail, /--- stderr ---\nfake scheduler: SIGTERM/);
});

void test('a scheduler that exits before its API answers fails the start with its output', async () => {
  const broken = new SchedulerSet({
    logDir,
    env: {},
    inherit: {},
    main: join(logDir, 'no-such-main.js'),
  });
  await assert.rejects(
    broken.start(),
    /scheduler-0 exited \(\{"code":1,"signal":null\}\) before its API answered[^]*--- stderr ---[^]*Cannot find module/,
  );
});
