import { HAMPSHIRE_POLICY } from './hampshire.policy';
import { HART_POLICY } from './hart.policy';
import { LGSCO_CODE_POLICY } from './lgsco-code.policy';
import type { CouncilPolicy } from './policy.types';
import { CodedError } from '../coded-error';

/** Policies are shared by every request: frozen, so no caller can change a council's rules for the next one. */
function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

const hosted: CouncilPolicy[] = [deepFreeze(HART_POLICY), deepFreeze(HAMPSHIRE_POLICY)];
deepFreeze(LGSCO_CODE_POLICY);

/** The councils hosted on this deployment, each with its own published procedure. */
export const COUNCIL_POLICIES: readonly CouncilPolicy[] = hosted;

/**
 * Hosts one more council on this deployment (its procedure written as data, e.g. from a deployment's policy
 * file). Each council and reference prefix is hosted once; the policy is copied and frozen.
 */
export function hostCouncilPolicy(policy: CouncilPolicy): CouncilPolicy {
  const clash = hosted.find((p) => p.councilId === policy.councilId || p.referencePrefix === policy.referencePrefix);
  if (clash)
    throw new CodedError(
      'CONFLICT',
      `Council ${policy.councilId} (${policy.referencePrefix}) clashes with ${clash.councilId} (${clash.referencePrefix}), already hosted.`,
    );
  const copy = deepFreeze(structuredClone(policy));
  hosted.push(copy);
  return copy;
}

export function findCouncilPolicy(councilId: string): CouncilPolicy | undefined {
  return COUNCIL_POLICIES.find((p) => p.councilId === councilId);
}

export function findStage(policy: CouncilPolicy, stage: number): CouncilPolicy['stages'][number] | undefined {
  return policy.stages.find((s) => s.number === stage);
}
