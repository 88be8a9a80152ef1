import assert from 'node:assert/strict';
import { test } from 'node:test';
import { mesos, uuidFromString } from '@cmf/proto';
import { callError } from './call-checks.js';

const T = mesos.v1.scheduler.Call.Type;
type Call = mesos.v1.scheduler.Call.$Properties;
const info = (
  extra: Partial<mesos.v1.FrameworkInfo.$Properties> = {},
): mesos.v1.FrameworkInfo.$Properties => ({
  user: 'u',
  name: 'n',
  ...extra,
});
const fid = { value: 'f' };
const uuid = uuidFromString('8ec6f939-4b8c-426b-bc89-cd4a6c8b9c51');

const cases: { name: string; call: Call; principal?: string; want: string | null }[] = [
  { name: 'no type', call: {}, want: "Expecting 'type' to be present" },
  {
    name: 'SUBSCRIBE without subscribe',
    call: { type: T.SUBSCRIBE },
    want: "Expecting 'subscribe' to be present",
  },
  {
    name: 'a first SUBSCRIBE',
    call: { type: T.SUBSCRIBE, subscribe: { framework_info: info() } },
    want: null,
  },
  {
    name: 'SUBSCRIBE with framework_id only in the call',
    call: { type: T.SUBSCRIBE, framework_id: fid, subscribe: { framework_info: info() } },
    want: "'framework_id' differs from 'subscribe.framework_info.id'",
  },
  {
    name: 'SUBSCRIBE with framework_id only in the info',
    call: { type: T.SUBSCRIBE, subscribe: { framework_info: info({ id: fid }) } },
    want: "'framework_id' differs from 'subscribe.framework_info.id'",
  },
  {
    name: 'a re-SUBSCRIBE',
    call: {
      type: T.SUBSCRIBE,
      framework_id: fid,
      subscribe: { framework_info: info({ id: fid }) },
    },
    want: null,
  },
  {
    name: 'SUBSCRIBE claiming another principal than the authenticated one',
    call: { type: T.SUBSCRIBE, subscribe: { framework_info: info({ principal: 'b' }) } },
    principal: 'a',
    want: "Authenticated principal 'a' does not match principal 'b' set in `FrameworkInfo`",
  },
  {
    name: 'SUBSCRIBE without principal when authenticated',
    call: { type: T.SUBSCRIBE, subscribe: { framework_info: info() } },
    principal: 'a',
    want: null,
  },
  {
    name: 'TEARDOWN without framework_id',
    call: { type: T.TEARDOWN },
    want: "Expecting 'framework_id' to be present",
  },
  { name: 'TEARDOWN', call: { type: T.TEARDOWN, framework_id: fid }, want: null },
  { name: 'REVIVE without revive', call: { type: T.REVIVE, framework_id: fid }, want: null },
  {
    name: 'ACCEPT without accept',
    call: { type: T.ACCEPT, framework_id: fid },
    want: "Expecting 'accept' to be present",
  },
  {
    name: 'KILL without kill',
    call: { type: T.KILL, framework_id: fid },
    want: "Expecting 'kill' to be present",
  },
  {
    name: 'ACKNOWLEDGE with a version-4 uuid',
    call: {
      type: T.ACKNOWLEDGE,
      framework_id: fid,
      acknowledge: { agent_id: fid, task_id: fid, uuid },
    },
    want: null,
  },
  {
    name: 'ACKNOWLEDGE with 15 bytes',
    call: {
      type: T.ACKNOWLEDGE,
      framework_id: fid,
      acknowledge: { agent_id: fid, task_id: fid, uuid: uuid.subarray(1) },
    },
    want: 'Not a valid UUID',
  },
  { name: 'UNKNOWN with framework_id', call: { type: T.UNKNOWN, framework_id: fid }, want: null },
];

for (const c of cases) {
  void test(`call checks: ${c.name}`, () => {
    assert.equal(callError(c.call, c.principal ?? null), c.want);
  });
}
