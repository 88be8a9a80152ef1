import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mesos } from '@cmf/proto';
import * as wire from './wire.js';

void test('every enum number the core spells out equals the generated enum value', () => {
  const cases: [string, number, number][] = [
    ['SCALAR', wire.VALUE_SCALAR, mesos.v1.Value.Type.SCALAR],
    ['RANGES', wire.VALUE_RANGES, mesos.v1.Value.Type.RANGES],
    ['SET', wire.VALUE_SET, mesos.v1.Value.Type.SET],
    ['TEXT', wire.VALUE_TEXT, mesos.v1.Value.Type.TEXT],
    ['DYNAMIC', wire.RESERVATION_DYNAMIC, mesos.v1.Resource.ReservationInfo.Type.DYNAMIC],
    ['LAUNCH', wire.OPERATION_LAUNCH, mesos.v1.Offer.Operation.Type.LAUNCH],
    ['RESERVE', wire.OPERATION_RESERVE, mesos.v1.Offer.Operation.Type.RESERVE],
    ['CREATE', wire.OPERATION_CREATE, mesos.v1.Offer.Operation.Type.CREATE],
    ['CUSTOM', wire.EXECUTOR_CUSTOM, mesos.v1.ExecutorInfo.Type.CUSTOM],
    ['RW', wire.VOLUME_RW, mesos.v1.Volume.Mode.RW],
  ];
  for (const [name, ours, generated] of cases) assert.equal(ours, generated, name);
});
