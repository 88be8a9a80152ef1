// The RepairStore contract: what the repair loop relies on, run against the store on memory (unit)
// and on a real ZooKeeper (integration).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, T0, trigger } from '../domain/repair/testing/builders.js';
import type { RepairRun } from '../domain/repair/index.js';
import { epochMs } from '../domain/time.js';
import { isStoreError } from './errors.js';
import { INITIAL_SCHEDULE, type RepairStore } from './repair-store.js';

type Case = readonly [string, (store: RepairStore) => Promise<void>];

async function emptyStore(store: RepairStore): Promise<void> {
  assert.deepEqual((await store.schedule()).value, INITIAL_SCHEDULE);
  assert.deepEqual(await store.runs(), []);
  assert.equal(await store.run('r1'), null);
}

async function scheduleCas(store: RepairStore): Promise<void> {
  const paused = { ...INITIAL_SCHEDULE, paused: true, lastCheckedMs: T0 };
  const v0 = await store.saveSchedule(paused, null);
  assert.deepEqual(await store.schedule(), { value: paused, version: v0 });
  const v1 = await store.saveSchedule({ ...paused, paused: false }, v0);
  assert.equal((await store.schedule()).value.paused, false);
  await assert.rejects(store.saveSchedule(paused, v0), (e) => isStoreError(e, 'CONFLICT'));
  assert.equal((await store.schedule()).version, v1);
}

async function startIsAtomic(store: RepairStore): Promise<void> {
  const v0 = await store.saveSchedule({ ...INITIAL_SCHEDULE, trigger: trigger() }, null);
  const planned = run();
  await store.startRun(planned, { ...INITIAL_SCHEDULE, lastOutcome: 'started r1' }, v0);
  assert.deepEqual((await store.run('r1'))?.value, planned);
  assert.equal((await store.schedule()).value.trigger, null);
  // A stale schedule version fails the whole transaction: no second run appears.
  await assert.rejects(store.startRun({ ...planned, runId: 'r2' }, INITIAL_SCHEDULE, v0), (e) =>
    isStoreError(e),
  );
  assert.equal(await store.run('r2'), null);
}

async function runCas(store: RepairStore): Promise<void> {
  const v0 = await store.saveRun(run(), null);
  const first = (s: RepairRun['steps'][number], i: number) =>
    i === 0 ? { ...s, status: 'running' as const, attempts: 1, confirmedTerm: 't1' } : s;
  const started = { ...run(), steps: run().steps.map(first) };
  const v1 = await store.saveRun(started, v0);
  assert.deepEqual(await store.run('r1'), { value: started, version: v1 });
  await assert.rejects(store.saveRun(run(), v0), (e) => isStoreError(e, 'CONFLICT'));
  await assert.rejects(store.saveRun(run(), null), (e) => isStoreError(e, 'EXISTS'));
}

async function listAndTrim(store: RepairStore): Promise<void> {
  const at = (m: number) => epochMs(T0 + m * 60_000);
  await store.saveRun({ ...run(), runId: 'b', createdAtMs: at(2), result: 'succeeded' }, null);
  await store.saveRun({ ...run(), runId: 'a', createdAtMs: at(1), result: 'failed' }, null);
  await store.saveRun({ ...run(), runId: 'c', createdAtMs: at(3), result: 'succeeded' }, null);
  await store.saveRun({ ...run(), runId: 'd', createdAtMs: at(0) }, null);
  const ids = async () => (await store.runs()).map((r) => r.value.runId);
  assert.deepEqual(await ids(), ['d', 'a', 'b', 'c']);
  await store.trimRuns(1);
  assert.deepEqual(await ids(), ['d', 'c']);
}

const CASES: readonly Case[] = [
  ['an empty store has the initial schedule and no runs', emptyStore],
  ['the schedule round-trips, and only the holder of its version replaces it', scheduleCas],
  ['a run starts together with its schedule write, or not at all', startIsAtomic],
  ['a step recorded as running reads back exactly; only its version replaces it', runCas],
  ['runs list oldest first; trimming drops only the oldest finished ones', listAndTrim],
];

export function repairStoreContract(name: string, fresh: () => Promise<RepairStore>): void {
  for (const [title, check] of CASES) {
    void test(`${name}: ${title}`, async () => {
      await check(await fresh());
    });
  }
}
