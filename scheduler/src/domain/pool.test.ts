import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyOperations } from './pool.js';
import { rangesResource, scalarResource, type ReservationSpec } from './resources.js';
import {
  OPERATION_CREATE,
  OPERATION_LAUNCH,
  OPERATION_RESERVE,
  type Operation,
  type Resource,
} from './wire.js';

const reservation: ReservationSpec = {
  role: 'r',
  principal: 'p',
  labels: { k: 'v' },
  format: 'refined',
};
const offered: Resource[] = [
  scalarResource('cpus', 2, { allocationRole: 'r' }),
  scalarResource('disk', 100, { allocationRole: 'r' }),
  rangesResource('ports', [[7000, 7001]], { allocationRole: 'r' }),
];
const reserved = (name: string, value: number): Resource =>
  scalarResource(name, value, { reservation, allocationRole: 'r' });
const launch = (resources: Resource[]): Operation => ({
  type: OPERATION_LAUNCH,
  launch: {
    task_infos: [{ name: 't', task_id: { value: 't' }, agent_id: { value: 'a' }, resources }],
  },
});
const reserve = (resources: Resource[]): Operation => ({
  type: OPERATION_RESERVE,
  reserve: { resources },
});

const cases: [string, Operation[], string | null][] = [
  ['launch within unreserved resources', [launch([scalarResource('cpus', 2)])], null],
  [
    'launch asking more cpus than offered',
    [launch([scalarResource('cpus', 2.5)])],
    'operation 0: cpus: want 2.5, have 2 of that kind',
  ],
  [
    'a port outside the offered ranges',
    [launch([rangesResource('ports', [[9042, 9042]])])],
    'operation 0: ports: [[9042,9042]] not inside [[7000,7001]]',
  ],
  [
    'reserve then launch on the reservation',
    [reserve([reserved('cpus', 1)]), launch([reserved('cpus', 1)])],
    null,
  ],
  [
    'launch on a reservation that was never made',
    [launch([reserved('cpus', 1)])],
    'operation 0: cpus: want 1, have 0 of that kind',
  ],
  [
    'resources consumed by an earlier operation are gone',
    [launch([scalarResource('cpus', 1.5)]), launch([scalarResource('cpus', 1)])],
    'operation 1: cpus: want 1, have 0.5 of that kind',
  ],
  [
    'a volume needs reserved disk',
    [
      {
        type: OPERATION_CREATE,
        create: {
          volumes: [{ ...scalarResource('disk', 10), disk: { persistence: { id: 'v' } } }],
        },
      },
    ],
    'operation 0: a volume needs reserved disk',
  ],
  ['a task without resources', [launch([])], 'operation 0: a task has no resources'],
];

for (const [name, operations, want] of cases) {
  void test(`applyOperations: ${name}`, () => {
    const result = applyOperations(offered, operations, 'r');
    assert.equal(result.ok ? null : result.reason, want);
  });
}
