import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cmf, mesos } from '@cmf/proto';
import { requestRun } from './repair-control.js';
import { RepairService } from './repair-service.js';
import { repairHarness, State } from './testing/harness.js';

const Type = mesos.v1.scheduler.Event.Type;

function message(request_id: string, state: cmf.v1.AdminReport.State): mesos.v1.scheduler.Event {
  const data = cmf.v1.AdminReport.encode({ request_id, node_id: 'node-0', state }).finish();
  return mesos.v1.scheduler.Event.create({
    type: Type.MESSAGE,
    message: { agent_id: { value: 'agent-0' }, executor_id: { value: 'exec-0' }, data },
  });
}

void test('the event hook takes repair reports out, passes everything else on, and wakes on SUBSCRIBED', async () => {
  const h = repairHarness();
  await requestRun(h.loop, null);
  const service = new RepairService({ ...h.loop.options, leaderTerm: 'term-2' });
  await service.loop.load();
  const passed: number[] = [];
  const handler = service.wrap((event) => {
    passed.push(event.type ?? -1);
    return Promise.resolve();
  });
  await handler(message('op-3.drain.1', State.SUCCEEDED));
  assert.deepEqual(passed, [Type.MESSAGE], 'an ops answer goes on to the ops handler');
  assert.equal(h.sent.length, 1, 'the new term asks nothing before it is woken');
  await handler(mesos.v1.scheduler.Event.create({ type: Type.SUBSCRIBED }));
  assert.deepEqual(passed, [Type.MESSAGE, Type.SUBSCRIBED]);
  // The pass SUBSCRIBED started is queued on the loop's chain: wait for it, not for a tick.
  await service.loop.serially(() => Promise.resolve());
  assert.equal(h.sent.at(-1)?.request.query?.request_id, 'repair.run-1.node-0.1');
  await handler(message('repair.run-1.node-0.1', State.SUCCEEDED));
  assert.equal(passed.length, 2, 'a repair report is consumed');
  await service.loop.wake();
  assert.equal(service.loop.run?.value.steps[0]?.status, 'succeeded');
  assert.equal(h.repairs().at(-1)?.request.request_id, 'repair.run-1.node-1.1');
  service.stop();
});
