import { IntakeOutcome } from '../enums';
import { badInput } from '../coded-error';
import type { CouncilPolicy, LocalAreaPolicy, Referral } from '../policies/policy.types';
import type { FeedbackKind } from '../enums';
import type { PassOn, TriageInput, TriageResult } from './triage';
import { contactYourselfMessage, localAreaNeededMessage, notTakenMessage, passedOnMessage } from './triage-messages';

/*
 * Across the tiers (Hart §4 "Services provided by other layers of local government"; Hampshire "services or matters
 * which fall outside of the control of the County Council"): which council provides the service, whether it is on
 * this platform, and whether its own policy would take the submission. Only then is it passed on, and nobody else
 * receives the resident's details.
 */

/** A triage result that opens nothing here: no stage, no deadlines, no flags. */
export const triageResult = (
  outcome: IntakeOutcome,
  message: string,
  referral: Referral | null,
  late = false,
  passOn: PassOn | null = null,
): TriageResult => ({
  outcome,
  message,
  referral,
  stage: null,
  deadlines: null,
  flags: [],
  late,
  passOn,
});

/** What the receiving council's policy made of it, for which it is passed on: a case, or a record of the contact. */
const TAKEN: readonly IntakeOutcome[] = [IntakeOutcome.ACCEPTED, IntakeOutcome.RECORDED, IntakeOutcome.ROUTED_TO_SERVICE];

/** The local area named by `code`, or null when none was given; a code the council does not list is refused. */
export function requireLocalArea(policy: CouncilPolicy, code: string | null | undefined, field = 'localArea'): LocalAreaPolicy | null {
  if (!code) return null;
  const area = policy.localAreas.find((a) => a.code === code);
  if (area) return area;
  const valid = policy.localAreas.length
    ? `Valid: ${policy.localAreas.map((a) => a.code).join(', ')}.`
    : `${policy.councilName} has no local areas: leave it out.`;
  throw badInput(`localArea "${code}" is not one of ${policy.councilName}'s local areas. ${valid}`, field);
}

/** A county's districts and boroughs as published, each with the council's id when that council is on this platform. */
export function localAreasOf(
  policy: CouncilPolicy,
  hosted: readonly CouncilPolicy[],
): { code: string; name: string; councilId: string | null }[] {
  return policy.localAreas.map((a) => ({
    code: a.code,
    name: a.name,
    councilId: hosted.some((p) => p.councilId === a.councilId) ? a.councilId : null,
  }));
}

export interface CrossTierInput {
  input: TriageInput;
  policy: CouncilPolicy;
  /** The referral to another council: `councilId`, or `byLocalArea`. */
  referral: Referral;
  localArea: LocalAreaPolicy | null;
  hosted: readonly CouncilPolicy[];
}

/** The receiving council's own triage (never passed on a second time). */
export type TriageHere = (input: TriageInput, policy: CouncilPolicy) => TriageResult;

/**
 * A matter of another council. Without the local area a county cannot tell which district: NEEDS_LOCAL_AREA. A
 * council not on this platform (or that does not list the service): REFERRED, told to contact it themselves. A
 * hosted one triages it under its own policy: when it would take it (a case, a comment or compliment recorded, a
 * request routed) it is passed on (`passOn`); otherwise nothing is passed and the resident is told why, in its words.
 */
export function crossTier(c: CrossTierInput, triageHere: TriageHere): TriageResult {
  const { input, policy, referral, localArea } = c;
  const why = referral.detail;
  if (referral.byLocalArea && !localArea)
    return triageResult(IntakeOutcome.NEEDS_LOCAL_AREA, localAreaNeededMessage(policy, why), { route: referral.route, detail: why });
  const council = localArea
    ? { councilId: localArea.councilId, councilName: localArea.councilName, website: localArea.website, where: localArea.name }
    : { councilId: referral.councilId!, councilName: referral.route, website: null };
  const serviceArea = referral.serviceArea ?? input.serviceArea;
  const receiver = c.hosted.find((p) => p.councilId === council.councilId);
  if (!receiver?.serviceAreas.some((a) => a.code === serviceArea)) {
    const message = contactYourselfMessage(why, council, input.kind);
    return triageResult(IntakeOutcome.REFERRED, message, { route: council.councilName, detail: message });
  }
  const decision = triageHere({ ...input, serviceArea, localArea: null }, receiver);
  const to = (message: string): Referral => ({ route: receiver.councilName, detail: message, councilId: receiver.councilId });
  if (!TAKEN.includes(decision.outcome)) {
    const message = notTakenMessage(why, receiver.councilName, decision.message, input.kind);
    return triageResult(IntakeOutcome.REFERRED, message, to(message), decision.late);
  }
  const passOn: PassOn = { councilId: receiver.councilId, councilName: receiver.councilName, serviceArea, why, decision };
  const message = passedOnReply(passOn, input.kind, null);
  return triageResult(IntakeOutcome.REFERRED, message, to(message), decision.late, passOn);
}

/** The first council's reply to a submission passed on, with the reference the receiving council gave it (a case opened there). */
export const passedOnReply = (passOn: PassOn, kind: FeedbackKind, reference: string | null): string =>
  passedOnMessage(passOn.why, passOn.councilName, passOn.decision.outcome, passOn.decision.message, kind, reference);
