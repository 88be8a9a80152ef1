// What a trigger's run repairs: which nodes, which keyspace scope, full or incremental, with or
// without -pr. Pure, so the choice is table-tested apart from the loop that starts the run.
import type { RepairConfig, RepairType } from './config.js';
import type { KeyspaceScope } from './keyspaces.js';
import type { RepairTrigger } from './run.js';

export interface RunShape {
  readonly scope: KeyspaceScope;
  readonly nodeIds: readonly string[];
  readonly type: RepairType;
  readonly primaryRange: boolean;
}

/**
 * After a replace: the replacement alone, full and over all its ranges (with -pr one node would
 * leave most of what it holds unrepaired); otherwise the ring (`ringNodeIds`, in ring order) as
 * configured. Keyspaces come from the trigger when it names them, else the configured scope.
 */
export function runShape(
  trigger: RepairTrigger,
  config: Pick<RepairConfig, 'scope' | 'type' | 'primaryRange'>,
  ringNodeIds: readonly string[],
): RunShape {
  const scope: KeyspaceScope =
    trigger.keyspaces === null ? config.scope : { include: trigger.keyspaces, exclude: [] };
  if (trigger.replace) {
    return { scope, nodeIds: [trigger.replace.nodeId], type: 'full', primaryRange: false };
  }
  return { scope, nodeIds: ringNodeIds, type: config.type, primaryRange: config.primaryRange };
}
