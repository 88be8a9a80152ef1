// "The ring is up" as Cassandra itself says it: every node's own `nodetool status` lists every
// node of the ring as UN (up, normal). The check is pure; the runner asks each node over JMX with
// the nodetool of the distribution `make deps` built.
import {
  buildNodetoolCommand,
  parseNodetoolStatus,
  runNodetool,
  statusCode,
  type Distribution,
  type StatusRow,
} from '@cmf/executor';
import { waitFor } from '../runtime/wait-for.js';

/** One node's answer: its rows, or why it gave none. */
export type NodeView =
  | { readonly ok: true; readonly rows: readonly StatusRow[] }
  | { readonly ok: false; readonly error: string };

/** `127.0.2.1:7000` (with --print-port) and `127.0.2.1` are the same node. */
function hostOf(address: string): string {
  return address.replace(/:\d+$/, '');
}

/**
 * What keeps the ring from being all-UN in every node's eyes; empty when it is. Lists a node
 * that did not answer, a missing node, a node not UN, and a node nobody expected.
 */
export function ringProblems(
  views: ReadonlyMap<string, NodeView>,
  expected: readonly string[],
): string[] {
  const problems: string[] = [];
  for (const observer of expected) {
    const view = views.get(observer);
    if (!view?.ok) {
      problems.push(`${observer}: no answer (${view === undefined ? 'not asked' : view.error})`);
      continue;
    }
    const seen = new Map(view.rows.map((row) => [hostOf(row.address), statusCode(row)]));
    for (const node of expected) {
      const code = seen.get(node);
      if (code !== 'UN') problems.push(`${observer} sees ${node} as ${code ?? 'absent'}`);
    }
    for (const node of seen.keys()) {
      if (!expected.includes(node)) problems.push(`${observer} sees an unexpected node ${node}`);
    }
  }
  return problems;
}

export interface NodetoolTarget {
  readonly distribution: Distribution;
  readonly jmxPort: number;
}

export async function nodetoolView(
  target: NodetoolTarget,
  address: string,
  timeoutMs = 30_000,
): Promise<NodeView> {
  const command = buildNodetoolCommand({
    distribution: target.distribution,
    host: address,
    jmxPort: target.jmxPort,
    args: ['status'],
  });
  try {
    const result = await runNodetool(command, timeoutMs);
    if (result.exitCode !== 0) {
      const why = (result.stderr.trim() || result.stdout.trim()).split('\n')[0] ?? '';
      return { ok: false, error: `nodetool exit ${result.exitCode}: ${why}` };
    }
    return { ok: true, rows: parseNodetoolStatus(result.stdout) };
  } catch (error) {
    return { ok: false, error: String(error) };
  }
}

/** Asks every node, one after the other (each nodetool is a JVM: in parallel they fight for CPU). */
export async function ringViews(
  target: NodetoolTarget,
  addresses: readonly string[],
): Promise<Map<string, NodeView>> {
  const views = new Map<string, NodeView>();
  for (const address of addresses) views.set(address, await nodetoolView(target, address));
  return views;
}

/** Waits until every node's nodetool status shows every node UN; the timeout names what was not. */
export async function waitForAllUn(
  target: NodetoolTarget,
  addresses: readonly string[],
  options: { readonly timeoutMs: number; readonly signal?: AbortSignal },
): Promise<void> {
  await waitFor(
    async () => {
      const problems = ringProblems(await ringViews(target, addresses), addresses);
      if (problems.length > 0) throw new Error(problems.join('; '));
      return true;
    },
    {
      timeoutMs: options.timeoutMs,
      intervalMs: 2_000,
      what: `every node's nodetool status to show ${addresses.join(', ')} as UN`,
      ...(options.signal ? { signal: options.signal } : {}),
    },
  );
}
