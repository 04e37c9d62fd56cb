import { randomUUID } from 'node:crypto';
import { OmbudsmanDecision, endOfLondonDay, londonDate, ombudsmanRemedyPlan } from '@redress/policy';
import type { Remedy } from '@redress/policy';
import { badInput } from '@redress/platform';
import { RemedyAction } from '../remedies/remedy-action.entity';
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
  /** The date the Ombudsman set for the council to comply by. */
  dueOn?: string | null;
}

/**
 * The Ombudsman's finding and any remedies it recommends; the case then closes. Hart 6.5: "appropriate action is
 * taken to resolve them": each recommendation becomes a remedy action, owned and chased like a stage's promises.
 */
export async function recordOmbudsmanDecision(scope: CommandScope, input: OmbudsmanDecisionInput): Promise<CommandResult> {
  const { c, decision, tx, staff, now, policy } = scope;
  if (input.decision === OmbudsmanDecision.NOT_INVESTIGATED && !input.reason?.trim()) {
    throw badInput('reason is required when the Ombudsman did not investigate.', 'input.reason');
  }
  const remedies = [...new Set(input.remedies ?? [])];
  const plan = ombudsmanRemedyPlan(policy, { remedies, complyBy: input.dueOn, recordedBy: staff.sub, recordedAt: now });
  c.ombudsmanDecision = input.decision;
  c.ombudsmanSummary = input.summary.trim();
  c.ombudsmanRemedies = remedies;
  c.status = decision.to;
  // A case referred again may have had the same recommendation before: that one stays the piece of work.
  const tracked = new Set((await tx.find(RemedyAction, { case: c.id, stage: plan.stage }, { fields: ['remedy'] })).map((a) => a.remedy));
  for (const remedy of remedies.filter((r) => !tracked.has(r))) {
    tx.create(RemedyAction, {
      id: randomUUID(),
      case: c,
      councilId: c.councilId,
      stage: plan.stage,
      remedy,
      ownerId: plan.ownerId,
      dueOn: plan.dueOn,
      completedAt: null,
      completedBy: null,
      note: null,
      createdAt: now,
      chasedAt: null,
    });
  }
  const recommended = remedies.length
    ? `; recommended: ${remedies.map(words).join(', ')}, to be done by ${plan.dueOn} (${plan.ownerId} sees it through)`
    : '';
  return { change: 'OMBUDSMAN_DECISION', detail: `Ombudsman decision: ${words(input.decision)}${recommended}` };
}

const words = (v: string): string => v.toLowerCase().replace(/_/g, ' ');
