import type { CouncilPolicy } from '@redress/policy';
import { STANDARD_TEMPLATE_PARTS } from './standard-wording';
import type { CouncilLetterhead, CouncilMessageTemplate, Signatory } from './template.types';

/** "Hart District Council, Civic Offices, Harlington Way, Fleet GU51 4AE" → ["Civic Offices", "Harlington Way", "Fleet GU51 4AE"]. */
export function addressLines(postalAddress: string | null, councilName: string): string[] {
  const lines = (postalAddress ?? '')
    .split(/,|\n/)
    .map((l) => l.trim())
    .filter(Boolean);
  return lines[0] === councilName ? lines.slice(1) : lines;
}

/** The letterhead a council's policy gives: its name and the complaints contact (Hart §7; Hampshire "Access and Equalities"). */
export function letterheadFromPolicy(policy: CouncilPolicy): CouncilLetterhead {
  const { contact } = policy;
  return {
    councilName: policy.councilName,
    postalAddress: addressLines(contact.postalAddress, policy.councilName),
    email: contact.email,
    telephone: contact.telephone,
    website: contact.website,
  };
}

const COMPLAINTS_TEAM: Signatory = { named: false, asService: false, office: 'Complaints Team' };
/** At each stage the officer dealing with it signs for the service (the point of contact). */
const HANDLER: Signatory = { named: true, asService: true, office: 'Complaints Team' };

/**
 * The template of a council hosted from a policy file with none of its own: the standard wording, the letterhead
 * from its policy, each stage signed by the officer dealing with it, everything else by the Complaints Team.
 */
export function defaultMessageTemplate(policy: CouncilPolicy): CouncilMessageTemplate {
  return {
    councilId: policy.councilId,
    version: 1,
    letterhead: letterheadFromPolicy(policy),
    signatories: { coordinator: COMPLAINTS_TEAM, byStage: Object.fromEntries(policy.stages.map((s) => [s.number, HANDLER])) },
    ...STANDARD_TEMPLATE_PARTS,
  };
}
