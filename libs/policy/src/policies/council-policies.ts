import { HAMPSHIRE_POLICY } from './hampshire.policy';
import { HART_POLICY } from './hart.policy';
import { LGSCO_CODE_POLICY } from './lgsco-code.policy';
import type { CouncilPolicy } from './policy.types';

/** Policies are shared by every request: frozen, so no caller can change a council's rules for the next one. */
function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

/** The councils hosted on this deployment, each with its own published procedure. */
export const COUNCIL_POLICIES: readonly CouncilPolicy[] = deepFreeze([HART_POLICY, HAMPSHIRE_POLICY]);
deepFreeze(LGSCO_CODE_POLICY);

export function findCouncilPolicy(councilId: string): CouncilPolicy | undefined {
  return COUNCIL_POLICIES.find((p) => p.councilId === councilId);
}

export function findStage(policy: CouncilPolicy, stage: number): CouncilPolicy['stages'][number] | undefined {
  return policy.stages.find((s) => s.number === stage);
}
