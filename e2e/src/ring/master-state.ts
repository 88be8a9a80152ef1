// What the Mesos master says about the ring's tasks (GET /state), to check that nothing was
// launched behind the scheduler's back: every task id, running or finished, with its state.
import { getJson } from './status.js';

export interface MasterTask {
  readonly id: string;
  readonly state: string;
  readonly agentId: string;
}

type Json = Readonly<Record<string, unknown>>;

const list = (raw: Json, key: string): Json[] =>
  Array.isArray(raw[key]) ? (raw[key] as Json[]) : [];

/** Tasks of every framework in a /state body: live, unreachable and completed ones. */
export function tasksInState(state: unknown): MasterTask[] {
  const root = typeof state === 'object' && state !== null ? (state as Json) : {};
  return list(root, 'frameworks').flatMap((framework) =>
    ['tasks', 'unreachable_tasks', 'completed_tasks'].flatMap((key) =>
      list(framework, key).map((task) => ({
        id: String(task['id']),
        state: String(task['state']),
        agentId: String(task['slave_id']),
      })),
    ),
  );
}

export async function masterTasks(masterUrl: string): Promise<MasterTask[]> {
  return tasksInState(await getJson(`${masterUrl}/state`, 5_000));
}
