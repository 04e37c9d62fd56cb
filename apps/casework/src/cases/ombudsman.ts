import { OmbudsmanDecision, endOfLondonDay, londonDate } from '@redress/policy';
import type { Remedy } from '@redress/policy';
import { badInput } from '@redress/platform';
import type { CommandResult, CommandScope } from './case-command';

/** The customer went to the Local Government and Social Care Ombudsman; the coordinator handles the enquiry. */
export function referToOmbudsman(
  { c, now, decision }: CommandScope,
  ombudsmanReference: string,
  enquiryRespondBy: string | null = null,
): CommandResult {
  if (enquiryRespondBy && enquiryRespondBy < londonDate(now))
    throw badInput('enquiryRespondBy is in the past: give the date the Ombudsman asked for an answer by.', 'enquiryRespondBy');
  // The enquiry's own deadline is tracked by the SLA timers and chased to the complaints coordinator.
  c.ombudsmanEnquiryRespondBy = enquiryRespondBy;
  c.ombudsmanEnquiryDueAt = enquiryRespondBy ? endOfLondonDay(enquiryRespondBy) : null;
  c.status = decision.to;
  c.ombudsmanReference = ombudsmanReference.trim();
  c.referredToOmbudsmanAt = now;
  const due = enquiryRespondBy ? `; answer to their enquiry due by ${enquiryRespondBy}` : '';
  return {
    change: 'REFERRED_TO_OMBUDSMAN',
    detail: `Referred to the Local Government and Social Care Ombudsman (their reference ${c.ombudsmanReference})${due}`,
  };
}

/** The council has answered the Ombudsman's enquiry: its timers stop. */
export function answerOmbudsmanEnquiry({ c, now }: CommandScope, summary: string): CommandResult {
  c.ombudsmanEnquiryAnsweredAt = now;
  return { change: 'OMBUDSMAN_ENQUIRY_ANSWERED', detail: `Answered the Ombudsman's enquiry: ${summary.trim()}` };
}

export interface OmbudsmanDecisionInput {
  decision: OmbudsmanDecision;
  summary: string;
  remedies?: Remedy[] | null;
  reason?: string | null;
}

/** The Ombudsman's finding and any remedies it recommends; the case then closes. */
export function recordOmbudsmanDecision({ c, decision }: CommandScope, input: OmbudsmanDecisionInput): CommandResult {
  if (input.decision === OmbudsmanDecision.NOT_INVESTIGATED && !input.reason?.trim()) {
    throw badInput('reason is required when the Ombudsman did not investigate.', 'input.reason');
  }
  c.ombudsmanDecision = input.decision;
  c.ombudsmanSummary = input.summary.trim();
  c.ombudsmanRemedies = [...new Set(input.remedies ?? [])];
  c.status = decision.to;
  const remedies = c.ombudsmanRemedies.length
    ? `; recommended: ${c.ombudsmanRemedies.map((r) => r.toLowerCase().replace(/_/g, ' ')).join(', ')}`
    : '';
  return { change: 'OMBUDSMAN_DECISION', detail: `Ombudsman decision: ${input.decision.toLowerCase().replace(/_/g, ' ')}${remedies}` };
}
