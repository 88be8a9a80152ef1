import assert from 'node:assert/strict';
import { test } from 'node:test';
import { mesos } from '@cmf/proto';
import { offer, reservedFor } from '../../testing/builders.js';
import {
  OPERATION_DESTROY,
  OPERATION_UNRESERVE,
  releaseOperations,
  releaseStale,
  staleAgents,
  staleFrom,
} from './release.js';
import { EMPTY_OPS_STATE, type OpsState } from './state.js';
import { later, ring, SECOND, T0, upNode } from './testing/builders.js';

const ROLE = 'cassandra';
const PERSISTENCE = 'ring1.node-1.volume.l1';
const [, node1] = ring(2);
const stale = node1 && staleFrom(node1, 'ring1', T0);

void test('the operation numbers spelled out equal the generated enum values', () => {
  assert.equal(OPERATION_UNRESERVE, mesos.v1.Offer.Operation.Type.UNRESERVE);
  assert.equal(OPERATION_DESTROY, mesos.v1.Offer.Operation.Type.DESTROY);
});

void test("a retired node's placement becomes a stale entry labelled with its ring and node", () => {
  assert.deepEqual(stale, {
    nodeId: 'node-1',
    agentId: 'agent-1',
    persistenceId: PERSISTENCE,
    labels: { cmf_ring: 'ring1', cmf_node: 'node-1' },
    sinceMs: T0,
    sentAtMs: null,
  });
});

void test('an offer from the old agent with the volume gets DESTROY of the volume, then UNRESERVE of everything', () => {
  assert.ok(stale);
  const back = offer({ agentId: 'agent-1', extra: reservedFor('node-1', PERSISTENCE) });
  const ops = releaseOperations(stale, back, ROLE);
  assert.deepEqual(
    ops.map((o) => o.type),
    [OPERATION_DESTROY, OPERATION_UNRESERVE],
  );
  assert.deepEqual(
    ops[0]?.destroy?.volumes?.map((v) => v.disk?.persistence?.id),
    [PERSISTENCE],
  );
  const unreserved = ops[1]?.unreserve?.resources ?? [];
  assert.deepEqual(unreserved.map((r) => r.name).sort(), ['cpus', 'disk', 'mem', 'ports']);
  // After DESTROY the disk is plain reserved disk: UNRESERVE must name it without the volume.
  assert.ok(unreserved.every((r) => r.disk?.persistence === undefined));
});

void test("another node's reservation on the same agent is never touched", () => {
  assert.ok(stale);
  const mixed = offer({
    agentId: 'agent-1',
    extra: reservedFor('node-4', 'ring1.node-4.volume.x'),
  });
  assert.deepEqual(releaseOperations(stale, mixed, ROLE), []);
});

void test('an offer from another agent says nothing about the entry', () => {
  assert.ok(stale);
  const elsewhere = offer({ agentId: 'agent-9', extra: reservedFor('node-1', PERSISTENCE) });
  assert.deepEqual(releaseOperations(stale, elsewhere, ROLE), []);
});

void test('an entry is released once, then dropped when its agent offers without it', () => {
  assert.ok(stale);
  const state: OpsState = { ...EMPTY_OPS_STATE, stale: [stale] };
  const first = releaseStale(
    state,
    offer({ agentId: 'agent-1', extra: reservedFor('node-1', PERSISTENCE) }),
    ROLE,
    later(SECOND),
  );
  assert.deepEqual(first.released, ['node-1']);
  assert.equal(first.state.stale[0]?.sentAtMs, later(SECOND));
  const after = releaseStale(first.state, offer({ agentId: 'agent-1' }), ROLE, later(2 * SECOND));
  assert.deepEqual([after.gone, after.state.stale, after.operations], [['node-1'], [], []]);
});

void test('an entry never released survives an offer without it: its resources may just be in use', () => {
  assert.ok(stale);
  const state: OpsState = { ...EMPTY_OPS_STATE, stale: [stale] };
  const result = releaseStale(state, offer({ agentId: 'agent-1' }), ROLE, later(SECOND));
  assert.deepEqual(result.state.stale, [stale]);
  assert.deepEqual(result.gone, []);
});

void test('agents holding stale reservations are kept from new placements', () => {
  assert.ok(stale);
  assert.deepEqual([...staleAgents([stale])], [['agent-1', 'node-1 (stale reservation)']]);
  assert.equal(staleFrom({ ...upNode(0, []), placement: null }, 'ring1', T0), null);
});
