import { COUNCIL_POLICIES, codeCompliance, localAreasOf } from '@redress/policy';
import type { ContactDetails, CouncilPolicy } from '@redress/policy';
import type { Council, CouncilContact } from './council.types';

const contactOf = (c: ContactDetails): CouncilContact => ({
  email: c.email,
  postalAddress: c.postalAddress,
  phone: c.telephone,
  website: c.website,
});

/** The published view of a council and its policy (policy data lives in libs/policy). */
export function toCouncil(policy: CouncilPolicy): Council {
  const ombudsman = policy.ombudsman;
  return {
    id: policy.councilId,
    name: policy.councilName,
    tier: policy.tier,
    referencePrefix: policy.referencePrefix,
    serviceAreas: policy.serviceAreas.map((a) => ({ code: a.code, name: a.name, providedBy: a.referral?.route ?? null })),
    localAreas: localAreasOf(policy, COUNCIL_POLICIES),
    policy: {
      name: policy.name,
      timeLimitMonths: policy.timeLimitMonths,
      anonymousComplaints: policy.anonymousComplaints,
      stages: policy.stages.map((s) => ({ ...s })),
      outcomes: [...policy.outcomes],
      remedies: [...policy.remedies],
      codeCompliance: codeCompliance(policy).map((f) => ({ ...f })),
      representativeConsent: [...policy.representativeConsent],
      referralRoutes: policy.matterRules.map((r) => ({ matter: r.matter, route: r.route, detail: r.detail })),
      contact: contactOf(policy.contact),
      // The Ombudsman publishes a postal address, a telephone number and a website (its email is a web form).
      ombudsman: {
        name: ombudsman.name,
        postalAddress: ombudsman.postalAddress ?? '',
        phone: ombudsman.telephone ?? '',
        website: ombudsman.website ?? '',
      },
    },
  };
}
