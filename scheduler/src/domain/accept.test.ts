import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { cmf, mesos } from '@cmf/proto';
import { buildLaunch, type LaunchInput } from './accept.js';
import { applyOperations } from './pool.js';
import { evaluateOffer, type OfferContext } from './offers.js';
import { EXECUTOR, FRAMEWORK, node, offer, reservedFor, spec } from '../testing/builders.js';
import { recordedOfferView } from '../testing/fixtures.js';
import { isReservedFor, rangesOf } from './resources.js';

const encode = (c: cmf.v1.NodeConfig.$Properties): Uint8Array =>
  cmf.v1.NodeConfig.encode(c).finish();

function input(overrides: Partial<LaunchInput> = {}): LaunchInput {
  return {
    spec: spec(),
    framework: FRAMEWORK,
    executor: EXECUTOR,
    node: node(0),
    offer: offer(),
    mode: 'fresh',
    rack: 'r1',
    launchId: 'l1',
    seedAddresses: [],
    encodeNodeConfig: encode,
    ...overrides,
  };
}

void test('a fresh placement is one ACCEPT: RESERVE, CREATE, LAUNCH, in that order', () => {
  const plan = buildLaunch(input());
  assert.deepEqual(
    plan.operations.map((o) => o.type),
    [
      mesos.v1.Offer.Operation.Type.RESERVE,
      mesos.v1.Offer.Operation.Type.CREATE,
      mesos.v1.Offer.Operation.Type.LAUNCH,
    ],
  );
  const reserved = plan.operations[0]?.reserve?.resources ?? [];
  assert.ok(
    reserved.every((r) => isReservedFor(r, 'cassandra', { cmf_ring: 'ring1', cmf_node: 'node-0' })),
  );
  assert.deepEqual(rangesOf(reserved, 'ports'), [
    [7000, 7000],
    [7199, 7199],
    [8778, 8778],
    [9042, 9042],
  ]);
  const volume = plan.operations[1]?.create?.volumes?.[0];
  assert.equal(volume?.disk?.persistence?.id, 'ring1.node-0.volume.l1');
  assert.equal(volume.disk.volume?.container_path, 'data');
});

void test("the fresh ACCEPT fits the real master's first offer, and encodes as a valid Call", () => {
  const real = recordedOfferView('event-03-offers-unreserved');
  const plan = buildLaunch(input({ offer: real }));
  const fit = applyOperations(real.resources, plan.operations, real.allocationRole);
  assert.ok(fit.ok, fit.ok ? '' : fit.reason);
  const call = mesos.v1.scheduler.Call.create({
    framework_id: { value: 'f' },
    type: mesos.v1.scheduler.Call.Type.ACCEPT,
    accept: { offer_ids: [{ value: real.offerId }], operations: [...plan.operations] },
  });
  const bytes = mesos.v1.scheduler.Call.encode(call).finish();
  const back = mesos.v1.scheduler.Call.decode(bytes);
  const task = back.accept?.operations[2]?.launch?.task_infos[0];
  assert.equal(task?.executor?.type, mesos.v1.ExecutorInfo.Type.CUSTOM);
  assert.equal(task.agent_id.value, real.agentId);
  assert.equal(task.command, null, 'a task has an executor or a command, never both');
});

void test('TaskInfo.data carries the NodeConfig: seeds, address, ports, rack', () => {
  const plan = buildLaunch(
    input({ node: node(1), offer: offer({ agentId: 'agent-2' }), seedAddresses: ['10.0.0.1'] }),
  );
  const task = plan.operations[2]?.launch?.task_infos?.[0];
  const config = cmf.v1.NodeConfig.decode(task?.data ?? new Uint8Array());
  assert.deepEqual(config.seeds, ['10.0.0.1', '10.0.0.2']);
  assert.equal(config.listen_address, '10.0.0.2');
  assert.equal(config.node_id, 'node-1');
  assert.equal(config.rack, 'r1');
  assert.equal(config.ports?.native, 9042);
  assert.equal(config.data_dir, 'data');
});

void test('a non-seed never lists itself as a seed', () => {
  const plan = buildLaunch(
    input({
      node: node(3, { seed: false }),
      offer: offer({ agentId: 'agent-4' }),
      seedAddresses: ['10.0.0.1'],
    }),
  );
  assert.deepEqual(plan.nodeConfig.seeds, ['10.0.0.1']);
});

void test('a node coming back to its data gets only a LAUNCH, on its reservation and volume', () => {
  const fresh = buildLaunch(input());
  const back = node(0, {
    placement: fresh.launch.placement,
    phase: 'Pending',
    launchMode: 'restart',
  });
  const vol = fresh.launch.placement.persistenceId;
  for (const format of ['refined', 'legacy'] as const) {
    const o = offer({ extra: reservedFor('node-0', vol, format) });
    const plan = buildLaunch(input({ node: back, offer: o, mode: 'inPlace', launchId: 'l2' }));
    assert.deepEqual(
      plan.operations.map((op) => op.type),
      [mesos.v1.Offer.Operation.Type.LAUNCH],
    );
    const fit = applyOperations(o.resources, plan.operations, o.allocationRole);
    assert.ok(fit.ok, fit.ok ? format : `${format}: ${fit.reason}`);
    const task = plan.operations[0]?.launch?.task_infos?.[0];
    assert.ok(
      task?.resources?.some((r) => r.disk?.persistence?.id === vol),
      format,
    );
    assert.equal(plan.launch.taskId, 'node-0.task.l2');
  }
});

void test('a reservation made by someone else (the real recorded volume) is not ours', () => {
  const real = recordedOfferView('event-09-offers-reserved-with-volume');
  assert.ok(real.resources.every((r) => !isReservedFor(r, 'cassandra', { cmf_node: 'node-0' })));
});

const sizes = fc.record({
  cpus: fc.integer({ min: 1, max: 80 }).map((n) => n / 10),
  memMb: fc.integer({ min: 32, max: 16_384 }),
  diskMb: fc.integer({ min: 1, max: 50_000 }),
});
const portSets = fc
  .uniqueArray(fc.integer({ min: 1024, max: 40_000 }), { minLength: 4, maxLength: 4 })
  .map(([storage = 0, native = 0, jmx = 0, jolokia = 0]) => ({ storage, native, jmx, jolokia }));
const offers = fc.record({
  cpus: fc.integer({ min: 1, max: 160 }).map((n) => n / 10),
  memMb: fc.integer({ min: 64, max: 32_768 }),
  diskMb: fc.integer({ min: 1, max: 100_000 }),
  ports: fc.array(
    fc
      .tuple(fc.integer({ min: 1024, max: 40_000 }), fc.integer({ min: 0, max: 3000 }))
      .map(([b, n]) => [b, b + n] as const),
    { maxLength: 5 },
  ),
});

void test('property: whenever the evaluator says an offer fits, the ACCEPT lies inside it', () => {
  const ctx: OfferContext = {
    role: 'cassandra',
    ringName: 'ring1',
    defaultRack: 'r0',
    agentsInUse: new Map(),
    rackUse: new Map(),
  };
  fc.assert(
    fc.property(sizes, portSets, offers, (node0, ports, o) => {
      const s = spec({ node: node0, ports });
      const candidate = offer(o);
      const demand = {
        nodeId: 'node-0',
        node: s.node,
        executor: s.executor,
        ports,
        placement: null,
      };
      const outcome = evaluateOffer(demand, candidate, ctx);
      if (!outcome.ok) return;
      const plan = buildLaunch(input({ spec: s, offer: candidate }));
      const fit = applyOperations(candidate.resources, plan.operations, candidate.allocationRole);
      assert.ok(fit.ok, fit.ok ? '' : fit.reason);
    }),
    { numRuns: 300 },
  );
});
