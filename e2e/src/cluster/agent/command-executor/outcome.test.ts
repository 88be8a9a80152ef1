import assert from 'node:assert/strict';
import { test } from 'node:test';
import { mesos } from '@cmf/proto';
import {
  DEFAULT_KILL_GRACE_MS,
  describeExit,
  killGraceMs,
  shutdownKillGraceMs,
  terminalStatus,
} from './outcome.js';

const S = mesos.v1.TaskState;
const R = mesos.v1.TaskStatus.Reason;

void test('exit statuses and signals read as Mesos writes them', () => {
  assert.equal(describeExit({ code: 0, signal: null }), 'exited with status 0');
  assert.equal(describeExit({ code: 127, signal: null }), 'exited with status 127');
  assert.equal(
    describeExit({ code: null, signal: 'SIGTERM' }),
    'terminated with signal Terminated',
  );
  assert.equal(describeExit({ code: null, signal: 'SIGKILL' }), 'terminated with signal Killed');
  assert.equal(
    describeExit({ code: null, signal: 'SIGSEGV' }),
    'terminated with signal Segmentation fault',
  );
});

void test('the terminal state: success, failure, and a kill that wins over both', () => {
  const ok = { code: 0, signal: null };
  const bad = { code: 2, signal: null };
  const term = { code: null, signal: 'SIGTERM' as const };
  assert.deepEqual(terminalStatus(ok, 'none'), {
    state: S.TASK_FINISHED,
    message: 'Command exited with status 0',
  });
  assert.equal(terminalStatus(bad, 'none').state, S.TASK_FAILED);
  assert.equal(terminalStatus(term, 'none').state, S.TASK_FAILED, 'signalled by someone else');
  assert.deepEqual(terminalStatus(term, 'kill'), {
    state: S.TASK_KILLED,
    message: 'Command terminated with signal Terminated',
  });
  assert.equal(
    terminalStatus(ok, 'kill').state,
    S.TASK_KILLED,
    'exited 0 on SIGTERM: still killed',
  );
  assert.deepEqual(terminalStatus(term, 'max-completion-time'), {
    state: S.TASK_FAILED,
    message: 'Command terminated with signal Terminated',
    reason: R.REASON_MAX_COMPLETION_TIME_REACHED,
  });
});

void test('kill grace: the KILL event’s policy, else the task’s, else 3 s', () => {
  const policy = (ms: number): mesos.v1.KillPolicy.$Properties => ({
    grace_period: { nanoseconds: ms * 1e6 },
  });
  assert.equal(killGraceMs(undefined, undefined), DEFAULT_KILL_GRACE_MS);
  assert.equal(killGraceMs(null, policy(500)), 500);
  assert.equal(killGraceMs(policy(100), policy(500)), 100);
  assert.equal(killGraceMs({}, policy(500)), 500, 'a policy without a grace period does not count');
  assert.equal(killGraceMs(policy(0), undefined), 0);
});

void test('on SHUTDOWN the task gets the executor’s grace less 2 s, never less than nothing', () => {
  assert.equal(shutdownKillGraceMs(5000), 3000);
  assert.equal(shutdownKillGraceMs(1000), 0);
});
