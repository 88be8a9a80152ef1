// The availability guard, asked before a step takes a node down (restart, rolling change,
// decommission, replace) or lets one join: would any replica set lose QUORUM? The answer is ok
// (with notes) or wait, naming the node and the state that blocks.
//
// The rule is deliberately simple and conservative. With vnodes every node shares some range with
// nearly every other, so any two nodes are assumed to share a replica set; with RF 3 a range keeps
// QUORUM (2 of 3) with one replica down but not with two. So nothing goes down while any other
// member is not UN. Joining, leaving and moving members block too: a joining node is not yet a
// full replica, and Cassandra refuses a second range movement while one is under way. RF 1 and 2
// keyspaces lose QUORUM on the target's ranges whatever we do; they are noted, not waited on.
import { isUpNormal, type Member, type MemberStatus } from './ring.js';

/** A keyspace's replication factor in this ring's datacenter. */
export interface KeyspaceRf {
  readonly name: string;
  readonly rf: number;
}

export type GuardPurpose = 'restart' | 'decommission' | 'replace' | 'join' | 'cleanup';

export type GuardAnswer =
  | { readonly kind: 'ok'; readonly notes: readonly string[] }
  | {
      readonly kind: 'wait';
      readonly reason: string;
      readonly nodeId: string;
      readonly status: MemberStatus | 'absent';
    };

export interface GuardInput {
  /** The node about to go down, be replaced or join. */
  readonly target: string;
  readonly purpose: GuardPurpose;
  readonly members: readonly Member[];
  readonly keyspaces: readonly KeyspaceRf[];
}

export const quorumOf = (rf: number): number => Math.floor(rf / 2) + 1;

function wait(member: Member, reason: string): GuardAnswer {
  return { kind: 'wait', nodeId: member.nodeId, status: member.status, reason };
}

/** What the target itself must look like for the purpose; null when it does. */
function targetProblem(target: Member | undefined, input: GuardInput): GuardAnswer | null {
  const { purpose } = input;
  if (purpose === 'join') return null;
  if (target === undefined) {
    return {
      kind: 'wait',
      nodeId: input.target,
      status: 'absent',
      reason: `${input.target} is not in the ring`,
    };
  }
  const up = target.status.startsWith('U');
  if (purpose === 'replace' && up) {
    return wait(
      target,
      `${target.nodeId} is ${target.status}: Cassandra refuses to replace a live node`,
    );
  }
  if ((purpose === 'decommission' || purpose === 'cleanup') && !isUpNormal(target)) {
    return wait(
      target,
      `${target.nodeId} is ${target.status} (${target.why}): ${purpose} needs it UN`,
    );
  }
  return null;
}

function othersProblem(input: GuardInput): GuardAnswer | null {
  const other = input.members.find((m) => m.nodeId !== input.target && !isUpNormal(m));
  if (other === undefined) return null;
  const doing =
    input.purpose === 'join' ? `${input.target} joining` : `${input.purpose} of ${input.target}`;
  return wait(
    other,
    `${other.nodeId} is ${other.status} (${other.why}); ${doing} waits until every other node is UN, so no replica set loses QUORUM`,
  );
}

/** Keyspaces whose replica sets could not keep QUORUM with the target down (fewer nodes than RF). */
function capacityProblem(target: Member, input: GuardInput): GuardAnswer | null {
  const size = input.members.length;
  for (const ks of input.keyspaces) {
    if (ks.rf < 3) continue;
    const left = Math.min(ks.rf, size) - 1;
    if (left < quorumOf(ks.rf)) {
      return wait(
        target,
        `keyspace ${ks.name} (RF ${ks.rf}) needs ${quorumOf(ks.rf)} replicas for QUORUM; with ${target.nodeId} down only ${left} of ${size} nodes remain`,
      );
    }
  }
  return null;
}

function lowRfNotes(target: string, keyspaces: readonly KeyspaceRf[]): string[] {
  return keyspaces
    .filter((ks) => ks.rf < 3)
    .map(
      (ks) =>
        `keyspace ${ks.name} (RF ${ks.rf}) cannot keep QUORUM on ${target}'s ranges while it is down`,
    );
}

export function checkAvailability(input: GuardInput): GuardAnswer {
  const target = input.members.find((m) => m.nodeId === input.target);
  const problem = targetProblem(target, input) ?? othersProblem(input);
  if (problem !== null) return problem;
  if (target === undefined || input.purpose !== 'restart') return { kind: 'ok', notes: [] };
  const capacity = capacityProblem(target, input);
  return capacity ?? { kind: 'ok', notes: lowRfNotes(target.nodeId, input.keyspaces) };
}
