import assert from 'node:assert/strict';
import { test } from 'node:test';
import { planTask, taskData } from './test-executor-plan.js';

void test('the task data decides the mode; the executor environment is the fallback; run otherwise', () => {
  assert.deepEqual(planTask(taskData('exit', { exitCode: 3 }), undefined), {
    mode: 'exit',
    exitCode: 3,
    finishAfterMs: 0,
  });
  assert.equal(planTask(null, 'finish').mode, 'finish');
  assert.equal(planTask(Buffer.from('not json'), undefined).mode, 'run');
  assert.equal(planTask(Buffer.from('{"mode":"dance"}'), 'silent').mode, 'silent');
  assert.equal(planTask(taskData('finish', { finishAfterMs: 250 }), undefined).finishAfterMs, 250);
});
