import { Outcome, Remedy } from '../enums';
import type { CouncilPolicy } from '../policies/policy.types';
import { badInput } from '../coded-error';

export interface CaseResponseInput {
  outcome: Outcome;
  remedies?: readonly Remedy[] | null;
  notInvestigatedReason?: string | null;
}

export interface CheckedResponse {
  outcome: Outcome;
  /** The remedies to record: each once, in the contract's order. */
  remedies: Remedy[];
}

const AT_FAULT: readonly Outcome[] = [Outcome.UPHELD, Outcome.PARTIALLY_UPHELD];

/** Remedies a policy requires for an outcome (Hart §11: found at fault → an apology). */
export function requiredRemedies(policy: CouncilPolicy, outcome: Outcome): Remedy[] {
  return policy.apologyWhenAtFault && AT_FAULT.includes(outcome) ? [Remedy.APOLOGY] : [];
}

/** Whether an outcome means the council was at fault, in whole or in part. */
export const isAtFault = (outcome: Outcome): boolean => AT_FAULT.includes(outcome);

/**
 * Checks a stage response against the policy: the outcome must be one the policy uses, NOT_INVESTIGATED needs
 * its reason, and the remedies must include those the policy requires (Hart: an apology where at fault).
 * The seeds' remedy lists are examples ("examples of remedies which complainants might expect"), so other
 * remedies are allowed.
 */
export function checkResponse(policy: CouncilPolicy, input: CaseResponseInput): CheckedResponse {
  if (!policy.outcomes.includes(input.outcome)) {
    throw badInput(
      `${policy.councilName}'s policy does not use the outcome ${input.outcome}; use one of ${policy.outcomes.join(', ')}.`,
      'input.outcome',
    );
  }
  if (input.outcome === Outcome.NOT_INVESTIGATED && !input.notInvestigatedReason?.trim()) {
    throw badInput(
      'Say why the complaint was not investigated (for example: made anonymously, or out of time).',
      'input.notInvestigatedReason',
    );
  }
  const given = new Set(input.remedies ?? []);
  const missing = requiredRemedies(policy, input.outcome).filter((r) => !given.has(r));
  if (missing.length > 0) {
    throw badInput(
      `${policy.councilName}'s policy: where the council is found at fault, the response ` +
        `includes an apology. Add ${missing.join(', ')} to the remedies.`,
      'input.remedies',
    );
  }
  return { outcome: input.outcome, remedies: Object.values(Remedy).filter((r) => given.has(r)) };
}
