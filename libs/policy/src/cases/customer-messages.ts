import { formatLongDate } from '../calendar/london-time';
import { Outcome } from '../enums';
import type { Remedy } from '../enums';
import type { CouncilPolicy } from '../policies/policy.types';
import { ombudsmanRoute } from './escalation';

/** The moments the procedures promise to tell the customer something (Hart s.6.4; Hampshire service standards). */
export type CustomerMessageKind = 'ACKNOWLEDGED' | 'EXTENDED' | 'HELD' | 'RESPONDED' | 'ESCALATION_REFUSED';

export interface CustomerMessageInput {
  kind: CustomerMessageKind;
  policy: CouncilPolicy;
  reference: string;
  stage: number;
  respondBy: string;
  outcome?: Outcome | null;
  findings?: string | null;
  remedies?: readonly Remedy[];
  reason?: string | null;
}

const OUTCOME_WORDS: Record<Outcome, string> = {
  [Outcome.UPHELD]: 'we have upheld your complaint',
  [Outcome.PARTIALLY_UPHELD]: 'we have upheld part of your complaint',
  [Outcome.NOT_UPHELD]: 'we have not upheld your complaint',
  [Outcome.NOT_INVESTIGATED]: 'we have not investigated your complaint',
};

/** What happens next after a response at this stage: the next stage, or the Ombudsman after the last. */
export function nextStepsAfterResponse(policy: CouncilPolicy, stage: number): string {
  const next = policy.stages.find((s) => s.number > stage);
  return next
    ? `If you remain dissatisfied you can ask for ${next.name}, quoting your reference.`
    : `This is our final response. ${ombudsmanRoute(policy)}`;
}

/** The text of a message to the customer: reference, target date, outcome with reasons, remedies, next steps. */
export function customerMessage(m: CustomerMessageInput): string {
  const stageName = m.policy.stages.find((s) => s.number === m.stage)?.name ?? `Stage ${m.stage}`;
  const ref = `Your reference: ${m.reference}.`;
  switch (m.kind) {
    case 'ACKNOWLEDGED':
      return `${ref} We have received your complaint under ${stageName} and will reply by ${formatLongDate(m.respondBy)}.`;
    case 'EXTENDED':
      return (
        `${ref} We need more time to look into your complaint${m.reason ? ` (${m.reason})` : ''}. ` +
        `We will now reply by ${formatLongDate(m.respondBy)}.`
      );
    case 'HELD':
      return (
        `${ref} We have paused work on your complaint${m.reason ? ` (${m.reason})` : ''}. ` +
        'We will tell you when it restarts and when to expect our reply.'
      );
    case 'ESCALATION_REFUSED':
      return `${ref} We cannot move your complaint on from ${stageName}: ${m.reason ?? 'the policy does not allow it now'}`;
    default: {
      const outcome = m.outcome ? `${OUTCOME_WORDS[m.outcome].charAt(0).toUpperCase()}${OUTCOME_WORDS[m.outcome].slice(1)}.` : '';
      const findings = m.findings ? ` ${m.findings}` : '';
      const remedies = m.remedies?.length
        ? ` To put things right: ${m.remedies.map((r) => r.toLowerCase().replace(/_/g, ' ')).join(', ')}.`
        : '';
      return `${ref} Our response under ${stageName}: ${outcome}${findings}${remedies} ${nextStepsAfterResponse(m.policy, m.stage)}`;
    }
  }
}
