import { Role } from '../enums';
import type { PolicyViolationCode } from '../coded-error';
import { CodedError } from '../coded-error';
import type { CouncilPolicy } from '../policies/policy.types';
import { CONTACT_RESTRICTERS } from '../roles';
import type { CaseActor, CaseSnapshot } from '../cases/case-machine';
import { CASE_ACTION_RULES, CaseAction, checkTransition } from '../cases/case-machine';

/** Actions on a person rather than one case: a contact restriction, a reasonable adjustment, a contact preference. */
export type PersonAction = typeof CaseAction.RESTRICT_CONTACT | typeof CaseAction.RECORD_ADJUSTMENT;

/**
 * Who acts on someone with no case at all (a restriction "even where a formal complaint has not been received"):
 * nobody handles them, so it is the roles that act beyond their own cases: the coordinator and the Heads of Service,
 * and for adjustments the contact centre too, who take most first contacts.
 */
export const PERSON_WITHOUT_CASE_ROLES: Readonly<Record<PersonAction, readonly Role[]>> = {
  [CaseAction.RESTRICT_CONTACT]: CONTACT_RESTRICTERS,
  [CaseAction.RECORD_ADJUSTMENT]: [Role.CONTACT_CENTRE, ...CONTACT_RESTRICTERS],
};

export type PersonActionCheck = { allowed: true } | { allowed: false; code: PolicyViolationCode; reason: string };

const words = (v: string): string => v.toLowerCase().replace(/_/g, ' ');

/**
 * Whether `actor` may take a person action: through the case machine, allowed when it would allow the action on
 * any one of the person's cases (their handler, the Head of Service of its area, the coordinator; the contact
 * centre for adjustments); for someone with no case, by role. The first refusal is the one given.
 */
export function checkPersonAction(input: {
  policy: CouncilPolicy;
  action: PersonAction;
  actor: CaseActor;
  now: Date;
  cases: readonly CaseSnapshot[];
}): PersonActionCheck {
  const { policy, action, actor, now, cases } = input;
  if (!cases.length) {
    const roles = PERSON_WITHOUT_CASE_ROLES[action];
    return actor.roles.some((r) => r === Role.ADMIN || roles.includes(r))
      ? { allowed: true }
      : {
          allowed: false,
          code: 'FORBIDDEN',
          reason: `Only ${roles.map(words).join(' or ')} can ${CASE_ACTION_RULES[action].verb} for someone with no case.`,
        };
  }
  const refusals: { code: PolicyViolationCode; reason: string }[] = [];
  for (const state of cases) {
    const check = checkTransition({ policy, state, action, actor, now });
    if (check.allowed) return { allowed: true };
    refusals.push(check);
  }
  return { allowed: false, code: refusals[0].code, reason: refusals[0].reason };
}

/** checkPersonAction, throwing a CodedError when it is not allowed. */
export function assertPersonAction(input: Parameters<typeof checkPersonAction>[0]): void {
  const check = checkPersonAction(input);
  if (!check.allowed) throw new CodedError(check.code, check.reason);
}
