// §5, §11 and §16 items 24 and 27: offers as a real master makes them — shapes as recorded, roles and
// reservation formats, DECLINE filters, SUPPRESS/REVIVE, offer timeout, RESCIND, reservations and
// persistent volumes, and invalid RESERVE/UNRESERVE/CREATE/DESTROY silently dropped.
import assert from 'node:assert/strict';
import { mesos } from '@cmf/proto';
import { waitFor } from '../../runtime/wait-for.js';
import { DYNAMIC } from '../common/reservations.js';
import { scalarTotal } from '../common/resources.js';
import {
  acceptCall,
  cpus,
  create,
  declineCall,
  destroy,
  disk,
  launch,
  mem,
  ports,
  reserve,
  task,
  unreserve,
  volume,
} from '../testing/calls.js';
import {
  Cap,
  allocationPasses,
  frameworkInfo,
  masterTest,
  withOffer,
  type Framework,
  type Offer,
} from '../testing/master-harness.js';
import { CallType, EventType } from '../testing/scheduler-wire.js';
import { eventShape, fieldPaths, fixtureEvent } from '../testing/shape.js';

const Op = mesos.v1.Offer.Operation.Type;
const PRINCIPAL = 'cassandra-principal';

function offerShape(offer: Offer): string[] {
  return fieldPaths(mesos.v1.Offer.toObject(mesos.v1.Offer.fromObject(offer), { defaults: false }));
}

function fixtureOffer(name: string): Offer {
  const offer = fixtureEvent(name).offers?.offers[0];
  assert.ok(offer);
  return offer;
}

/** Accepts with refuse_seconds 0 and returns the next offer (from the same agent). */
async function acceptThenNext(
  fw: Framework,
  offer: Offer,
  operations: Parameters<typeof acceptCall>[1],
): Promise<Offer> {
  const mark = fw.stream.events.length;
  assert.equal((await fw.call(acceptCall([offer.id.value], operations, 0))).status, 202);
  const [next] = await fw.nextOffers(mark);
  assert.ok(next);
  return next;
}

masterTest(
  'the first offer has the shape of the recorded one: all resources, attributes, url, allocation role',
  async (scope) => {
    scope.agent();
    const fw = await scope.subscribe();
    const event = await fw.stream.nextOfType(EventType.OFFERS);
    assert.deepEqual(eventShape(event), eventShape(fixtureEvent('event-03-offers-unreserved.pb')));
    const offer = event.offers?.offers[0];
    assert.ok(offer);
    assert.equal(scalarTotal(offer.resources, 'cpus'), 2);
    assert.equal(scalarTotal(offer.resources, 'mem'), 4096);
    assert.equal(scalarTotal(offer.resources, 'disk'), 10000);
    assert.deepEqual(offer.attributes, fixtureOffer('event-03-offers-unreserved.pb').attributes);
    assert.equal(offer.url?.path, '/slave(1)');
    assert.equal(offer.allocation_info?.role, 'cassandra');
    assert.ok(offer.resources.every((r) => r.allocation_info?.role === 'cassandra'));
  },
);

masterTest(
  'after a launch the remainder is offered, shaped like the recorded remainder',
  async (scope) => {
    const { fw, offer } = await withOffer(scope);
    const next = await acceptThenNext(fw, offer, [
      launch(
        task('t1', offer.agent_id.value, [cpus(0.4), mem(224), disk(100), ports([[9042, 9042]])]),
      ),
    ]);
    // The recording launched a command task; ours runs a custom executor, which the offer lists.
    assert.deepEqual(
      offerShape(next).filter((p) => p !== 'executor_ids.value'),
      offerShape(fixtureOffer('event-07-offers-remainder.pb')),
    );
    assert.deepEqual(
      next.executor_ids.map((e) => e.value),
      ['t1-executor'],
    );
    assert.equal(scalarTotal(next.resources, 'cpus'), 1.5, 'task 0.4 + executor 0.1 taken');
    assert.equal(scalarTotal(next.resources, 'mem'), 3840);
  },
);

masterTest(
  'a framework without MULTI_ROLE sees no allocation_info; its role is "*"',
  async (scope) => {
    const { offer } = await withOffer(scope, frameworkInfo({ roles: [], capabilities: [] }));
    assert.equal(offer.allocation_info, null);
    assert.ok(offer.resources.every((r) => r.allocation_info === null));
  },
);

masterTest(
  'RESERVE + CREATE in one ACCEPT: the next offer carries reservations and the volume as recorded',
  async (scope) => {
    const { fw, offer } = await withOffer(scope);
    const r = { reservedBy: PRINCIPAL };
    // Decline the unreserved rest for long, so the next offer holds only what was reserved.
    await fw.call(
      acceptCall(
        [offer.id.value],
        [
          reserve(cpus(0.5, r), mem(256, r), disk(100, r), ports([[9042, 9042]], r)),
          create(volume('vol-1', 100)),
        ],
        300,
      ),
    );
    await waitFor(
      () =>
        scope.master.core.agents
          .values()
          .next()
          .value?.total.some((x) => x.disk?.persistence?.id === 'vol-1'),
      {
        what: 'the volume on the agent',
        timeoutMs: 2000,
        intervalMs: 5,
      },
    );
    const mark = fw.stream.events.length;
    await fw.call({ type: CallType.REVIVE, revive: { roles: [] } });
    const offers = await fw.nextOffers(mark);
    const reserved = offers[0];
    assert.ok(reserved);
    const vol = reserved.resources.find((x) => x.disk?.persistence?.id === 'vol-1');
    assert.ok(vol, 'the volume is offered');
    const recordedVolume = fixtureOffer('event-09-offers-reserved-with-volume.pb').resources.find(
      (x) => x.disk?.persistence,
    );
    assert.ok(recordedVolume);
    assert.deepEqual(
      fieldPaths(
        mesos.v1.Resource.toObject(mesos.v1.Resource.fromObject(vol), { defaults: false }),
      ),
      fieldPaths(
        mesos.v1.Resource.toObject(mesos.v1.Resource.fromObject(recordedVolume), {
          defaults: false,
        }),
      ),
    );
    const reservedCpus = reserved.resources.find(
      (x) => x.name === 'cpus' && x.reservations.length > 0,
    );
    assert.deepEqual(
      reservedCpus?.reservations.map((x) => [x.type, x.role, x.principal]),
      [[2, 'cassandra', PRINCIPAL]],
    );
    assert.equal(
      scalarTotal(reserved.resources, 'cpus'),
      2,
      'reserved 0.5 and unreserved 1.5 in one offer',
    );
  },
);

masterTest(
  'without RESERVATION_REFINEMENT reservations are shown as role + reservation{principal}',
  async (scope) => {
    const { fw, offer } = await withOffer(
      scope,
      frameworkInfo({ capabilities: [{ type: Cap.MULTI_ROLE }, { type: Cap.PARTITION_AWARE }] }),
    );
    const next = await acceptThenNext(fw, offer, [reserve(cpus(0.5, { reservedBy: PRINCIPAL }))]);
    const old = next.resources.find((x) => x.name === 'cpus' && x.role === 'cassandra');
    assert.ok(old, 'reserved cpus in the old form');
    assert.equal(old.reservation?.principal, PRINCIPAL);
    assert.equal(old.reservations.length, 0);
    assert.ok(next.resources.some((x) => x.name === 'cpus' && x.role === '*'));
  },
);

masterTest(
  'UNRESERVE and DESTROY give the resources back; DESTROY then UNRESERVE in one ACCEPT',
  async (scope) => {
    const { fw, offer } = await withOffer(scope);
    const r = { reservedBy: PRINCIPAL };
    const withVolume = await acceptThenNext(fw, offer, [
      reserve(disk(100, r)),
      create(volume('vol-1', 100)),
    ]);
    assert.ok(withVolume.resources.some((x) => x.disk?.persistence?.id === 'vol-1'));
    const plain = await acceptThenNext(fw, withVolume, [
      destroy(volume('vol-1', 100)),
      unreserve(disk(100, r)),
    ]);
    assert.ok(plain.resources.every((x) => x.reservations.length === 0));
    assert.equal(scalarTotal(plain.resources, 'disk'), 10000);
  },
);

const droppedOps: [
  string,
  (agentId: string) => mesos.v1.Offer.Operation.$Properties[],
  string[]?,
][] = [
  [
    'RESERVE for role "*"',
    () => [
      reserve({ ...cpus(0.5), reservations: [{ type: DYNAMIC, role: '*', principal: PRINCIPAL }] }),
    ],
  ],
  [
    "RESERVE for a role not the framework's",
    () => [
      reserve({
        ...cpus(0.5),
        reservations: [{ type: DYNAMIC, role: 'other', principal: PRINCIPAL }],
      }),
    ],
  ],
  ['RESERVE with another principal', () => [reserve(cpus(0.5, { reservedBy: 'someone-else' }))]],
  [
    "RESERVE without the framework's principal",
    () => [reserve({ ...cpus(0.5), reservations: [{ type: DYNAMIC, role: 'cassandra' }] })],
  ],
  [
    'RESERVE with source',
    () => [
      {
        type: Op.RESERVE,
        reserve: { resources: [cpus(0.5, { reservedBy: PRINCIPAL })], source: [cpus(0.5)] },
      },
    ],
  ],
  ['UNRESERVE of unreserved resources', () => [unreserve(cpus(0.5))]],
  ['CREATE on unreserved disk', () => [create({ ...volume('v', 100), reservations: [] })]],
  [
    'CREATE without volume',
    () => [
      reserve(disk(100, { reservedBy: PRINCIPAL })),
      create({
        ...disk(100, { reservedBy: PRINCIPAL }),
        disk: { persistence: { id: 'v', principal: PRINCIPAL } },
      }),
    ],
    ['disk', 'mem'],
  ],
  ['DESTROY of a missing volume', () => [destroy(volume('missing', 100))]],
];

for (const [name, ops, reserved = ['mem']] of droppedOps) {
  masterTest(
    `§16.24 ${name} is silently dropped; a valid operation in the same ACCEPT still applies`,
    async (scope) => {
      scope.agent();
      const fw = await scope.subscribe();
      const [offer] = await fw.nextOffers(0);
      assert.ok(offer);
      const next = await acceptThenNext(fw, offer, [
        ...ops(offer.agent_id.value),
        reserve(mem(64, { reservedBy: PRINCIPAL })),
      ]);
      const reservedNames = next.resources
        .filter((x) => x.reservations.length > 0)
        .map((x) => x.name);
      assert.deepEqual(reservedNames.sort(), reserved, 'only the valid RESERVE took effect');
      assert.ok(next.resources.every((x) => !x.disk?.persistence));
      assert.equal(fw.stream.ofType(EventType.UPDATE_OPERATION_STATUS).length, 0);
    },
  );
}

masterTest(
  '§16.24 a duplicate persistence id, UNRESERVE of a volume and DESTROY of a volume in use are dropped',
  async (scope) => {
    const { agent, fw, offer } = await withOffer(scope);
    const r = { reservedBy: PRINCIPAL };
    const first = await acceptThenNext(fw, offer, [
      reserve(disk(200, r)),
      create(volume('vol-1', 100)),
    ]);
    const second = await acceptThenNext(fw, first, [
      create(volume('vol-1', 100)),
      unreserve(volume('vol-1', 100)),
    ]);
    assert.equal(second.resources.filter((x) => x.disk?.persistence?.id === 'vol-1').length, 1);
    assert.equal(
      scalarTotal(
        second.resources.filter((x) => x.reservations.length > 0),
        'disk',
      ),
      200,
    );
    const third = await acceptThenNext(fw, second, [
      launch(task('t1', second.agent_id.value, [cpus(0.5), volume('vol-1', 100)])),
      destroy(volume('vol-1', 100)),
    ]);
    await waitFor(() => agent.of('runTask').length === 1, {
      what: 'the launch',
      timeoutMs: 2000,
      intervalMs: 5,
    });
    assert.ok(
      scope.master.core.agents
        .get(third.agent_id.value)
        ?.total.some((x) => x.disk?.persistence?.id === 'vol-1'),
      'volume in use survives',
    );
  },
);

masterTest(
  '§16.24 with an operation id the drop is an UPDATE_OPERATION_STATUS OPERATION_ERROR without uuid',
  async (scope) => {
    const { fw, offer } = await withOffer(scope);
    await fw.call(
      acceptCall([offer.id.value], [{ ...unreserve(cpus(0.5)), id: { value: 'op-7' } }]),
    );
    const event = await fw.stream.nextOfType(EventType.UPDATE_OPERATION_STATUS);
    const status = event.update_operation_status?.status;
    assert.equal(status?.operation_id?.value, 'op-7');
    assert.equal(status.state, mesos.v1.OperationState.OPERATION_ERROR);
    assert.equal(status.uuid, null);
  },
);

masterTest(
  'DECLINE with refuse_seconds keeps the agent away for that long; REVIVE clears the filter',
  async (scope) => {
    const { fw, offer } = await withOffer(scope);
    await fw.call(declineCall([offer.id.value], 0.3));
    const mark = fw.stream.events.length;
    await allocationPasses(scope.master);
    assert.equal(fw.stream.ofType(EventType.OFFERS).length, 1, 'not re-offered inside the filter');
    const [again] = await fw.nextOffers(mark);
    assert.ok(again, 're-offered once the filter expired');
    const mark2 = fw.stream.events.length;
    await fw.call(declineCall([again.id.value], 3600));
    await allocationPasses(scope.master);
    assert.equal(
      fw.stream.events.slice(mark2).filter((e) => e.type === EventType.OFFERS).length,
      0,
    );
    await fw.call({ type: CallType.REVIVE, revive: { roles: ['cassandra'] } });
    assert.ok((await fw.nextOffers(mark2)).length > 0);
  },
);

masterTest('DECLINE without filters applies the default 5 s', async (scope) => {
  scope.agent();
  const fw = await scope.subscribe();
  const [offer] = await fw.nextOffers(0);
  assert.ok(offer);
  const mark = fw.stream.events.length;
  await fw.call(declineCall([offer.id.value]));
  await allocationPasses(scope.master, 5);
  assert.equal(fw.stream.events.slice(mark).filter((e) => e.type === EventType.OFFERS).length, 0);
});

masterTest(
  'SUPPRESS stops offers; REVIVE brings them back; §16.27 an unknown role makes either a no-op',
  async (scope) => {
    const { fw, offer } = await withOffer(scope);
    assert.equal(
      (await fw.call({ type: CallType.SUPPRESS, suppress: { roles: ['cassandra', 'nope'] } }))
        .status,
      202,
    );
    await fw.call(declineCall([offer.id.value], 0));
    const [still] = await fw.nextOffers();
    assert.ok(still, 'suppress with an unknown role was ignored');
    await fw.call({ type: CallType.SUPPRESS, suppress: { roles: [] } });
    const mark = fw.stream.events.length;
    await fw.call(declineCall([still.id.value], 0));
    await allocationPasses(scope.master);
    assert.equal(fw.stream.events.slice(mark).filter((e) => e.type === EventType.OFFERS).length, 0);
    await fw.call({ type: CallType.REVIVE, revive: { roles: ['a b'] } });
    await allocationPasses(scope.master);
    assert.equal(
      fw.stream.events.slice(mark).filter((e) => e.type === EventType.OFFERS).length,
      0,
      'invalid role: ignored',
    );
    await fw.call({ type: CallType.REVIVE, revive: { roles: [] } });
    assert.ok((await fw.nextOffers(mark)).length > 0);
  },
);

masterTest(
  'an offer outliving the offer timeout is rescinded and its resources offered again under a new id',
  async (scope) => {
    const { fw, offer } = await withOffer(scope);
    const rescind = await fw.stream.nextOfType(EventType.RESCIND);
    assert.equal(rescind.rescind?.offer_id.value, offer.id.value);
    const [again] = await fw.nextOffers(fw.stream.events.indexOf(rescind));
    assert.ok(again);
    assert.notEqual(again.id.value, offer.id.value);
  },
  { timings: { offerTimeoutMs: 150 } },
);

masterTest('an agent whose link drops has its offers rescinded at once', async (scope) => {
  const agent = scope.agent();
  const fw = await scope.subscribe();
  const [offer] = await fw.nextOffers(0);
  assert.ok(offer);
  agent.die();
  const rescind = await fw.stream.nextOfType(EventType.RESCIND);
  assert.equal(rescind.rescind?.offer_id.value, offer.id.value);
});

masterTest(
  "nothing is offered twice: two frameworks of one role never hold the same agent's resources",
  async (scope) => {
    const a = await scope.subscribe(frameworkInfo({ name: 'a' }));
    const b = await scope.subscribe(frameworkInfo({ name: 'b' }));
    scope.agent({ hostname: '127.0.2.1' });
    scope.agent({ hostname: '127.0.2.2' });
    await waitFor(
      () =>
        a.stream.ofType(EventType.OFFERS).length > 0 &&
        b.stream.ofType(EventType.OFFERS).length > 0,
      {
        what: 'offers to both frameworks',
        timeoutMs: 3000,
        intervalMs: 5,
      },
    );
    const offered = [...scope.master.core.offers.values()];
    for (const agentId of new Set(offered.map((o) => o.agentId))) {
      const onAgent = offered.filter((o) => o.agentId === agentId);
      assert.ok(
        scalarTotal(
          onAgent.flatMap((o) => o.resources),
          'cpus',
        ) <= 2,
        "at most the agent's cpus are out",
      );
    }
  },
);
