import { OmbudsmanDecision, statusAfter } from '@redress/policy';
import type { Remedy } from '@redress/policy';
import { badInput } from '@redress/platform';
import type { CommandResult, CommandScope } from './case-command';

/** The customer went to the Local Government and Social Care Ombudsman; the coordinator handles the enquiry. */
export function referToOmbudsman({ c, policy, now }: CommandScope, ombudsmanReference: string): CommandResult {
  if (!ombudsmanReference.trim()) throw badInput("ombudsmanReference is the Ombudsman's own case reference.", 'ombudsmanReference');
  c.status = statusAfter(policy, { status: c.status, stage: c.currentStage }, 'REFER_TO_OMBUDSMAN');
  c.ombudsmanReference = ombudsmanReference.trim();
  c.referredToOmbudsmanAt = now;
  return { change: 'REFERRED_TO_OMBUDSMAN', detail: `Referred to the Local Government and Social Care Ombudsman (their reference ${c.ombudsmanReference})` };
}

export interface OmbudsmanDecisionInput { decision: OmbudsmanDecision; summary: string; remedies?: Remedy[] | null; reason?: string | null }

/** The Ombudsman's finding and any remedies it recommends; the case then closes. */
export function recordOmbudsmanDecision({ c, policy }: CommandScope, input: OmbudsmanDecisionInput): CommandResult {
  if (!input.summary.trim()) throw badInput("summary must say what the Ombudsman decided.", 'input.summary');
  if (input.decision === OmbudsmanDecision.NOT_INVESTIGATED && !input.reason?.trim()) {
    throw badInput('reason is required when the Ombudsman did not investigate.', 'input.reason');
  }
  c.ombudsmanDecision = input.decision;
  c.ombudsmanSummary = input.summary.trim();
  c.ombudsmanRemedies = [...new Set(input.remedies ?? [])];
  c.status = statusAfter(policy, { status: c.status, stage: c.currentStage }, 'RECORD_OMBUDSMAN_DECISION');
  const remedies = c.ombudsmanRemedies.length ? `; recommended: ${c.ombudsmanRemedies.map((r) => r.toLowerCase().replace(/_/g, ' ')).join(', ')}` : '';
  return { change: 'OMBUDSMAN_DECISION', detail: `Ombudsman decision: ${input.decision.toLowerCase().replace(/_/g, ' ')}${remedies}` };
}
