// Mesos enum numbers the core needs as values. The core imports proto types only (no protobufjs at
// run time), so the few numbers it writes are spelled out here; wire.test.ts checks each against
// the generated enums.
/* eslint-disable @typescript-eslint/no-unsafe-enum-assignment -- numbers spelled out so the core
   needs no protobufjs at run time; wire.test.ts checks each against the generated enum. */
import type { mesos } from '@cmf/proto';

export type Resource = mesos.v1.Resource.$Properties;
export type Attribute = mesos.v1.Attribute.$Properties;
export type Operation = mesos.v1.Offer.Operation.$Properties;
export type TaskInfo = mesos.v1.TaskInfo.$Properties;
export type Label = mesos.v1.Label.$Properties;

export const VALUE_SCALAR = 0 as mesos.v1.Value.Type.SCALAR;
export const VALUE_RANGES = 1 as mesos.v1.Value.Type.RANGES;
export const VALUE_SET = 2 as mesos.v1.Value.Type.SET;
export const VALUE_TEXT = 3 as mesos.v1.Value.Type.TEXT;

export const RESERVATION_DYNAMIC = 2 as mesos.v1.Resource.ReservationInfo.Type.DYNAMIC;

export const OPERATION_LAUNCH = 1 as mesos.v1.Offer.Operation.Type.LAUNCH;
export const OPERATION_RESERVE = 2 as mesos.v1.Offer.Operation.Type.RESERVE;
export const OPERATION_CREATE = 4 as mesos.v1.Offer.Operation.Type.CREATE;

export const EXECUTOR_CUSTOM = 2 as mesos.v1.ExecutorInfo.Type.CUSTOM;
export const VOLUME_RW = 1 as mesos.v1.Volume.Mode.RW;
