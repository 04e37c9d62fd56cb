import { codeCompliance } from '@redress/policy';
import type { CouncilPolicy } from '@redress/policy';
import type { Council } from './council.types';

/** The published view of a council and its policy (policy data lives in libs/policy). */
export function toCouncil(policy: CouncilPolicy): Council {
  return {
    id: policy.councilId,
    name: policy.councilName,
    tier: policy.tier,
    referencePrefix: policy.referencePrefix,
    serviceAreas: policy.serviceAreas.map((a) => ({ code: a.code, name: a.name, providedBy: a.referral?.route ?? null })),
    policy: {
      name: policy.name,
      timeLimitMonths: policy.timeLimitMonths,
      anonymousComplaints: policy.anonymousComplaints,
      stages: policy.stages.map((s) => ({ ...s })),
      outcomes: [...policy.outcomes],
      remedies: [...policy.remedies],
      codeCompliance: codeCompliance(policy).map((f) => ({ ...f })),
    },
  };
}
